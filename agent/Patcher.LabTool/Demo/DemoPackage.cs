using Patcher.Lab.Packages;
using Patcher.Packaging.Building;
using Patcher.Packaging.Signing;

namespace Patcher.LabTool.Demo;

/// <summary>The demo's Q248732 package: the lab's engine, signed by the development certificate kept in <c>DIR/package</c>.</summary>
internal static class DemoPackage
{
    public static async Task<HotfixPackageBuildResult> BuildAsync(string folder, TimeProvider time, CancellationToken cancellationToken)
    {
        var packageFolder = Path.Combine(folder, "package");
        using var certificate = DevelopmentCertificate.LoadOrCreate(packageFolder, time, out _);
        return await LabHotfixPackage.BuildAsync(Path.Combine(AppContext.BaseDirectory, LabHotfixPackage.EngineFileName), packageFolder, certificate, cancellationToken).ConfigureAwait(false);
    }
}
