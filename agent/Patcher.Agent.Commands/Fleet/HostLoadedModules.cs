using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>What the host's MTA was last seen running (the last verification round's <c>loadedModules</c>), as one line.</summary>
internal static class HostLoadedModules
{
    /// <summary>E.g. <c>X400OM.DLL C:\EXCHSRVR\BIN\X400OM.DLL 5.5.2653.23 sha256 0123456789ab…; EMSMTA.EXE …</c>; empty when not read.</summary>
    public static string Summary(HostReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var modules = report.Verifications.LastOrDefault(r => r.LoadedModules is not null)?.LoadedModules ?? [];
        return string.Join("; ", modules.Select(m =>
            $"{m.Name} {m.Path} {m.Version?.ToString() ?? "no version"} sha256 {Core.RunningModules.LoadedModule.Abbreviate(m.Sha256)}"));
    }
}
