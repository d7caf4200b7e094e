using System.Security.Cryptography;
using Patcher.Core.Packages;
using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Building;

/// <summary>
/// Builds the payload: the patched engine stamped as X400OM.DLL at the SP4 build, and an EMSMTA.EXE stand-in at the same
/// build (the MTA binary the fix replaces in the lab). Each file's version is read back from its bytes, not assumed.
/// </summary>
internal static class HotfixPayload
{
    public const string EngineTarget = @"BIN\X400OM.DLL";

    public const string MtaTarget = @"BIN\EMSMTA.EXE";

    /// <summary>The payload files, EMSMTA.EXE first (the order of the baseline's fix files).</summary>
    public static IReadOnlyList<StagedPayloadFile> Build(string engineAssemblyPath)
    {
        var version = Q248732Hotfix.Baseline.Baseline;
        var mta = PeImageWriter.Build(PeImageSpec.ForExchangeFile("EMSMTA.EXE", version));
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

        return [Stage("payload/EMSMTA.EXE", MtaTarget, mta), Stage("payload/X400OM.DLL", EngineTarget, engine)];
    }

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
                $"the patched engine cannot be read ({exception.Message}). It ships next to the agent as Patcher.X411.dll: rebuild or reinstall the agent.",
                exception);
        }
    }

    private static StagedPayloadFile Stage(string source, string target, byte[] bytes)
    {
        var version = PeVersionReader.Read(bytes, source).FileVersion;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new StagedPayloadFile(new PayloadFile(source, target, version, sha256, bytes.Length), bytes);
    }
}
