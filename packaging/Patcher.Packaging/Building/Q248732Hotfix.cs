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

    /// <summary>The oldest MTA the package replaces: 5.5 RTM (KB Q158530).</summary>
    public static FileVersion MinimumVersion { get; } = new(5, 5, 1960, 3);

    /// <summary>
    /// RTM up to the build just below the payload's oldest fix file (5.5.2651.68 for the hotfix, 5.5.2653.22 for SP4): an MTA
    /// at the payload's build or newer already has the fix and is never downgraded.
    /// </summary>
    public static PackageApplicability ApplicabilityFor(IReadOnlyCollection<PayloadFile> files)
    {
        var fixFiles = files.Where(f => Baseline.FixFiles.Contains(Path.GetFileName(f.Target.Replace('\\', '/')), StringComparer.OrdinalIgnoreCase)).ToArray();
        var oldest = fixFiles.Length == 0 ? Baseline.Baseline : fixFiles.Min(f => f.FileVersion);
        return new PackageApplicability(Baseline.Product, MinimumVersion, Predecessor(oldest));
    }

    private static FileVersion Predecessor(FileVersion version) => version.Revision > 0
        ? new FileVersion(version.Major, version.Minor, version.Build, version.Revision - 1)
        : new FileVersion(version.Major, version.Minor, Math.Max(0, version.Build - 1), ushort.MaxValue);

    /// <summary>KB Q143380: the MTA's dependents first, then the MTA.</summary>
    public static ServicePlan Services { get; } = new(
    [
        ExchangeServices.InternetMailConnector,
        ExchangeServices.DirectorySynchronization,
        ExchangeServices.MessageTransferAgent,
    ]);

    public static VerificationRequirements Verification => VerificationRequirements.Q248732;
}
