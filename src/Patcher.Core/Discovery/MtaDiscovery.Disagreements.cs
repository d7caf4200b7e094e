using System.Globalization;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;

namespace Patcher.Core.Discovery;

public static partial class MtaDiscovery
{
    /// <summary>Where Setup's record of the installation disagrees with the service and the files.</summary>
    private static IEnumerable<Disagreement> CompareWithSetup(
        ServiceConfiguration? service,
        string imagePath,
        string root,
        string? setupRoot,
        int? newestBuild,
        MtaFileEvidence emsmta)
    {
        if (service is not null && setupRoot is null && newestBuild is null)
        {
            yield return new Disagreement(
                DisagreementKind.SetupKeyMissing,
                $"The service {service.Name} runs {imagePath}, but {ExchangeRegistry.SetupKey} records no installation.");
        }

        if (setupRoot is not null && !HostPath.Same(setupRoot, root))
        {
            yield return new Disagreement(
                DisagreementKind.ImagePathVsSetupRoot,
                $"The MTA runs from {imagePath}, outside the install root {setupRoot} that Setup's {ExchangeRegistry.ServicesValue} value records.");
        }

        // KB Q278518: hotfixes don't update NewestBuild, so after one this is expected; the file is what we believe.
        if (newestBuild is { } build && emsmta.Version is { } version && version.Build != build)
        {
            yield return new Disagreement(
                DisagreementKind.NewestBuildVsFiles,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Setup's {ExchangeRegistry.NewestBuildValue} says build {build}, but {emsmta.HostPath} is {version} (build {version.Build}); the file's version resource is believed (KB Q278518)."));
        }
    }
}
