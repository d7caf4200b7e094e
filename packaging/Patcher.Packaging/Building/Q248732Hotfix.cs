using Patcher.Core.Assessment;
using Patcher.Core.Exchange;
using Patcher.Core.Packages;
using Patcher.Core.Versioning;

namespace Patcher.Packaging.Building;

/// <summary>The Q248732 hotfix package's definition: everything in its manifest except the payload's measured facts.</summary>
internal static class Q248732Hotfix
{
    public const string PackageId = "Patcher.Hotfix.Q248732";

    public const string PackageVersion = "1.0.0";

    public const string Title = "Exchange 5.5 MTA hangs on a P1 message with a zero-length Arrival Time, then fails to restart with error 1067 (KB Q248732)";

    public static FixBaseline Baseline => FixBaseline.Q248732;

    /// <summary>RTM (5.5.1960.3) up to the build just below SP4: the SP4 baseline and anything newer is never downgraded.</summary>
    public static PackageApplicability Applicability { get; } = new(
        FixBaseline.Q248732.Product,
        new FileVersion(5, 5, 1960, 3),
        new FileVersion(5, 5, 2653, 22));

    /// <summary>KB Q143380: the MTA's dependents first, then the MTA.</summary>
    public static ServicePlan Services { get; } = new(
    [
        ExchangeServices.InternetMailConnector,
        ExchangeServices.DirectorySynchronization,
        ExchangeServices.MessageTransferAgent,
    ]);

    public static VerificationRequirements Verification { get; } = new(
        ExchangeServices.MessageTransferAgent,
        ForbiddenExitCode: 1067, // ERROR_PROCESS_ABORTED
        [ExchangeEvents.ServiceTerminatedWithRecovery, ExchangeEvents.ServiceTerminatedUnexpectedly],
        RequireQueueProgress: true,
        RequirePoisonRejected: true,
        ExpectedDiagnostic: 11); // X.411 invalid-arguments
}
