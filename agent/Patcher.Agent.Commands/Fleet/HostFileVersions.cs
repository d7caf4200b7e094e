using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>One MTA file of a host, before and after the run, as the fleet views show it.</summary>
/// <param name="Installation">The installation's service (or root when it has none).</param>
/// <param name="File">The file's name.</param>
/// <param name="Before">Its version as found, or <c>missing</c>.</param>
/// <param name="After">Its version at the end, or <c>missing</c>; the same as <paramref name="Before"/> when nothing changed it.</param>
internal sealed record HostFileVersions(string Installation, string File, string Before, string After)
{
    /// <summary>Every MTA file of <paramref name="report"/>'s installations.</summary>
    public static IReadOnlyList<HostFileVersions> Of(HostReport report) =>
        [.. report.Installations.SelectMany(i => i.Files.Select(f => new HostFileVersions(
            i.ServiceName ?? i.InstallRoot,
            f.Name,
            Version(f),
            Version((i.FilesAfter ?? i.Files).FirstOrDefault(a => a.Name.Equals(f.Name, StringComparison.OrdinalIgnoreCase))))))];

    /// <summary>The files as one line, e.g. <c>EMSMTA.EXE 5.5.2650.21→5.5.2651.69; X400OM.DLL …</c>.</summary>
    public static string Summary(HostReport report) =>
        string.Join("; ", Of(report).Select(v => v.Before == v.After ? $"{v.File} {v.Before}" : $"{v.File} {v.Before}→{v.After}"));

    private static string Version(ReportedFile? file) => file?.Version?.ToString() ?? "missing";
}
