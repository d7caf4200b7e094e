namespace Patcher.Core.Reporting;

/// <summary>One MTA installation found on the host, and where it stood before and after the run.</summary>
/// <param name="ServiceName">Its service, e.g. <c>MSExchangeMTA</c>; null when no service runs it.</param>
/// <param name="InstallRoot">The installation root, e.g. <c>C:\EXCHSRVR</c>.</param>
/// <param name="Files">Its MTA files as found, with versions and hashes.</param>
/// <param name="Before">Its fix verdict and health as found.</param>
/// <param name="FilesAfter">Its MTA files at the end of the run; null when the run changed none (then <paramref name="Files"/> holds).</param>
/// <param name="After">Its fix verdict and health at the end of the run; null when the run did not look again.</param>
public sealed record ReportedInstallation(
    string? ServiceName,
    string InstallRoot,
    IReadOnlyList<ReportedFile> Files,
    ReportedVerdict Before,
    IReadOnlyList<ReportedFile>? FilesAfter = null,
    ReportedVerdict? After = null);
