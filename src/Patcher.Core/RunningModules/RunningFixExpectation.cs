using Patcher.Core.Apply;
using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Platform;

namespace Patcher.Core.RunningModules;

/// <summary>
/// What <c>running-the-fix</c> holds the running MTA to: each fix file loaded from its installed path with the expected
/// hash, and, with a <see cref="Baseline"/>, at a version that carries the fix.
/// </summary>
/// <param name="Modules">The fix files (<c>EMSMTA.EXE</c>, <c>X400OM.DLL</c>).</param>
/// <param name="Baseline">The fix the loaded files must carry; null after a rollback, when the originals are expected.</param>
/// <param name="Source">Where the expected hashes come from, for the evidence: <c>the package's payload</c>, <c>the installed files</c>.</param>
public sealed record RunningFixExpectation(IReadOnlyList<ExpectedModule> Modules, FixBaseline? Baseline, string Source)
{
    /// <summary>After an apply: the plan's targets, with the payload's hashes.</summary>
    public static RunningFixExpectation FromPlan(ApplyPlan plan, FixBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(baseline);
        var modules = plan.Files
            .Select(f => new ExpectedModule(LoadedModuleFile.NameOf(f.HostPath), f.HostPath, f.Payload.Sha256.ToLowerInvariant()))
            .Where(m => baseline.FixFiles.Contains(m.Name, StringComparer.OrdinalIgnoreCase))
            .ToArray();
        return new RunningFixExpectation(modules, baseline, "the package's payload");
    }

    /// <summary>
    /// The fix files as installed now (<c>verify</c>, <c>check</c>, after a rollback): their host paths from discovery, their
    /// hashes read from disk. With a null <paramref name="baseline"/> any version is accepted.
    /// </summary>
    public static RunningFixExpectation Installed(IFileSystem files, MtaInstallation installation, IReadOnlyList<string> fixFiles, FixBaseline? baseline, string source = "the installed files")
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(fixFiles);
        var bin = HostPath.Combine(installation.InstallRoot, "BIN");
        var modules = fixFiles.Select(name =>
        {
            var path = installation.FindFile(name)?.HostPath ?? HostPath.Combine(bin, name.ToUpperInvariant());
            return new ExpectedModule(name.ToUpperInvariant(), path, HashOf(files, path));
        }).ToArray();
        return new RunningFixExpectation(modules, baseline, source);
    }

    private static string? HashOf(IFileSystem files, string hostPath)
    {
        try
        {
            return FileHash.Of(files.ToLocalPath(hostPath));
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
