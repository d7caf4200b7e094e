using Patcher.Core.Versioning;

namespace Patcher.Core.RunningModules;

/// <summary>One file a running process loaded: from where, its own version resource, its SHA-256.</summary>
/// <param name="Name">The file name, upper-case, e.g. <c>X400OM.DLL</c>.</param>
/// <param name="HostPath">Where the process loaded it from, e.g. <c>C:\EXCHSRVR\BIN\X400OM.DLL</c>.</param>
/// <param name="Version">The file version from its VS_VERSIONINFO, when read.</param>
/// <param name="Sha256">Its SHA-256, lowercase hex, when read.</param>
/// <param name="Problem">Why the version or hash could not be read; null when both were.</param>
public sealed record LoadedModule(string Name, string HostPath, FileVersion? Version, string? Sha256, string? Problem = null)
{
    /// <summary>One line for evidence: <c>X400OM.DLL from C:\EXCHSRVR\BIN\X400OM.DLL (5.5.2653.23, sha256 0123abcd…)</c>.</summary>
    public string Describe() => Problem is { } problem
        ? $"{Name} from {HostPath} ({problem})"
        : $"{Name} from {HostPath} ({Version?.ToString() ?? "no version"}, sha256 {Abbreviate(Sha256)})";

    /// <summary>The first 12 hex digits of a hash, enough to tell files apart in a sentence (reports carry all 64).</summary>
    public static string Abbreviate(string? sha256) => sha256 is { Length: > 12 } ? sha256[..12] + "…" : sha256 ?? "unknown";
}
