using System.Security.Cryptography.X509Certificates;
using Patcher.Core.Assessment;
using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;
using Patcher.Packaging.Building;
using Patcher.Packaging.Verification;

namespace Patcher.Lab.Packages;

/// <summary>
/// The lab's hotfix package: our engine (Patcher.X411.dll) stamped as X400OM.DLL at the SP4 build, which the lab MTA loads
/// from its folder, and a stand-in EMSMTA.EXE (a version-stamped image without code) at the same build, both i386.
/// Marked <c>labOnly</c> with its own identity, so no production agent ever installs it.
/// </summary>
public static class LabHotfixPackage
{
    /// <summary>The lab package's id.</summary>
    public const string PackageId = HotfixPackageBuilder.PackageId + ".Lab";

    /// <summary>The lab package's version.</summary>
    public const string PackageVersion = HotfixPackageBuilder.PackageVersion;

    /// <summary>The lab package's file name, <c>Patcher.Hotfix.Q248732.Lab.1.0.0.nupkg</c>.</summary>
    public const string FileName = PackageId + "." + PackageVersion + ".nupkg";

    /// <summary>The patched engine's file name; the agent ships it next to itself.</summary>
    public const string EngineFileName = Hosts.LabEngineAssemblies.FixedEngineFileName;

    /// <summary>The lab package's content for the engine at <paramref name="engineAssemblyPath"/>.</summary>
    /// <exception cref="HotfixPackageException">The engine is missing or has no version resource (PKG032).</exception>
    public static HotfixPackageContent Content(string engineAssemblyPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(engineAssemblyPath);
        var version = FixBaseline.Q248732.Baseline;
        var engine = ReadEngine(engineAssemblyPath);
        try
        {
            PeVersionStamper.Stamp(engine, "X400OM.DLL", version);
        }
        catch (PeFormatException exception)
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.BuildInputMissing,
                engineAssemblyPath,
                $"the engine has no version resource to stamp ({exception.Message}). Rebuild Patcher.X411.",
                exception);
        }

        var mta = PeImageWriter.Build(PeImageSpec.ForExchangeFile("EMSMTA.EXE", version));
        return new HotfixPackageContent(PackageId, PackageVersion, LabOnly: true, [StagedPayloadFile.Create(@"BIN\EMSMTA.EXE", mta), StagedPayloadFile.Create(@"BIN\X400OM.DLL", engine)]);
    }

    /// <summary>The unsigned lab package's bytes: the same engine always gives the same bytes.</summary>
    /// <exception cref="HotfixPackageException">The engine is missing or has no version resource (PKG032).</exception>
    public static byte[] BuildUnsigned(string engineAssemblyPath) => HotfixPackageBuilder.BuildUnsigned(Content(engineAssemblyPath));

    /// <summary>Builds the lab package into <paramref name="outputDirectory"/> as <see cref="FileName"/>, signed by <paramref name="certificate"/>.</summary>
    /// <exception cref="HotfixPackageException">The engine is missing or unusable (PKG032), or signing failed (PKG031).</exception>
    public static Task<HotfixPackageBuildResult> BuildAsync(string engineAssemblyPath, string outputDirectory, X509Certificate2 certificate, CancellationToken cancellationToken = default) =>
        HotfixPackageBuilder.BuildAsync(Content(engineAssemblyPath), outputDirectory, certificate, cancellationToken);

    private static byte[] ReadEngine(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.BuildInputMissing,
                path,
                $"the patched engine cannot be read ({exception.Message}). It ships next to the agent as {EngineFileName}: rebuild or reinstall the agent.",
                exception);
        }
    }
}
