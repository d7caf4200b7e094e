using Patcher.Core.Pipeline;
using Patcher.Core.Reporting;
using Patcher.Packaging.Verification;

namespace Patcher.Agent.Run;

/// <summary>
/// What <c>patcher run</c> does on one host, shared with <c>patcher-lab demo</c>: verify the package, run the pipeline, write
/// the host report (local folder, share when configured, event log).
/// </summary>
public static class HostRunner
{
    /// <summary>The local report folder when none is given.</summary>
    public const string DefaultReportFolder = "patcher-reports";

    public static async Task<(HostReport Report, HostReportWriteResult Written)> RunAsync(
        RunTarget target,
        string? packagePath,
        IReadOnlyCollection<string> trustedSigners,
        string reportFolder,
        Action<ReportedAction>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        Patcher.Core.Packages.IHotfixPackage? package = null;
        string? problem = null;
        if (packagePath is not null)
        {
            var started = target.Platform.Time.GetUtcNow();
            try
            {
                package = await HotfixPackageVerifier.OpenAsync(packagePath, trustedSigners, cancellationToken).ConfigureAwait(false);
                progress?.Invoke(new ReportedAction(ReportActions.VerifyPackage, started, target.Platform.Time.GetUtcNow(), ActionResult.Succeeded,
                    $"{package.Manifest.PackageId} {package.Manifest.PackageVersion}, signer {package.SignerFingerprint[..16]}..., every payload hash checked"));
            }
            catch (Exception e) when (e is HotfixPackageException or IOException or UnauthorizedAccessException)
            {
                problem = $"the package {packagePath} was refused: {e.Message}";
                progress?.Invoke(new ReportedAction(ReportActions.VerifyPackage, started, target.Platform.Time.GetUtcNow(), ActionResult.Failed, problem));
            }
        }

        var report = await new HostRun(target.Platform, EngineInspector.Instance, target.Options, progress)
            .RunAsync(package, problem, cancellationToken).ConfigureAwait(false);
        var writer = new HostReportWriter(new HostReportWriterOptions { LocalFolder = Path.GetFullPath(reportFolder), ShareFolder = target.ReportShare }, target.Platform.EventLog, target.Platform.Time);
        return (report, writer.Write(report));
    }
}
