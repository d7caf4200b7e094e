using Patcher.Agent.Cli;
using Patcher.Core.Apply;
using Patcher.Core.Platform;
using Patcher.Packaging.Verification;

namespace Patcher.Agent.Apply;

/// <summary>Maps what can go wrong in <c>apply</c> and <c>rollback</c> to a result name and an exit code.</summary>
internal static class ApplyFailures
{
    /// <summary>Whether <paramref name="exception"/> is an outcome to report (not a bug to let escape).</summary>
    public static bool IsReportable(Exception exception) =>
        exception is ApplyException or HotfixPackageException or ServiceControlException or HostPlatformException
            or IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException;

    /// <summary>Reports <paramref name="exception"/> through <paramref name="report"/> and returns the exit code.</summary>
    public static int Report(CliContext context, ApplyReport report, Exception exception) => exception switch
    {
        HotfixPackageException refused => report.Finish(context, "refused", ExitCodes.Refused, refused.Message, refused.Code),
        ApplyException { IsRefusal: true } refused => report.Finish(context, "refused", ExitCodes.Refused, refused.Message, refused.Code),
        ApplyException { Code: ApplyException.ServicesLeftStopped } stopped => report.Finish(context, "services-left-stopped", ExitCodes.ServicesLeftStopped, stopped.Message, stopped.Code),
        ApplyException { Code: ApplyException.RecoveryFailed } failed => report.Finish(context, "needs-attention", ExitCodes.Failed, failed.Message, failed.Code),
        ApplyException failed => report.Finish(context, "error", ExitCodes.Error, failed.Message, failed.Code),
        ArgumentException bad => report.Finish(context, "error", ExitCodes.Error, bad.Message),
        _ => report.Finish(context, "error", ExitCodes.Error, exception.Message),
    };
}
