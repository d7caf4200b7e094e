using Patcher.Core.RunningModules;
using Patcher.Core.Versioning;

namespace Patcher.Core.Reporting;

/// <summary>A file the running MTA loaded, as the host report writes it (<c>loadedModules</c> of a verification round).</summary>
/// <param name="Name">The file name, e.g. <c>X400OM.DLL</c>.</param>
/// <param name="Path">Where the process loaded it from.</param>
/// <param name="Version">Its own file version, when read.</param>
/// <param name="Sha256">Its SHA-256, when read.</param>
/// <param name="Problem">Why the version or hash could not be read.</param>
public sealed record ReportedModule(string Name, string Path, FileVersion? Version, string? Sha256, string? Problem)
{
    /// <summary>The report's form of <paramref name="module"/>.</summary>
    public static ReportedModule From(LoadedModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new(module.Name, module.HostPath, module.Version, module.Sha256, module.Problem);
    }
}
