using Patcher.Core.Discovery;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Assessment;

/// <summary>Installations built from evidence directly, for assessment rules that need no files.</summary>
internal static class Installations
{
    public const string Missing = "missing";
    public const string Malformed = "malformed";

    /// <summary>An MTA whose EMSMTA.EXE and X400OM.DLL are at the given versions (or <see cref="Missing"/>, <see cref="Malformed"/>).</summary>
    public static MtaInstallation With(string emsmta, string? x400om = null, int? newestBuild = null, string? mtamsg = null)
    {
        List<MtaFileEvidence> files = [File(MtaFiles.Emsmta, emsmta), File(MtaFiles.X400om, x400om ?? emsmta)];
        if (mtamsg is not null)
        {
            files.Add(File(MtaFiles.Mtamsg, mtamsg));
        }

        return new MtaInstallation(
            "MSExchangeMTA",
            "Microsoft Exchange Message Transfer Agent",
            @"C:\EXCHSRVR\BIN\EMSMTA.EXE",
            @"C:\EXCHSRVR",
            ["MSExchangeDS"],
            @"C:\EXCHSRVR\MTADATA",
            null,
            true,
            @"C:\EXCHSRVR",
            newestBuild,
            files,
            [],
            []);
    }

    private static MtaFileEvidence File(string name, string version) => version switch
    {
        Missing => new MtaFileEvidence(name, @"C:\EXCHSRVR\BIN\" + name, FileEvidenceStatus.Missing, null, Error: $"C:\\EXCHSRVR\\BIN\\{name} does not exist."),
        Malformed => new MtaFileEvidence(name, @"C:\EXCHSRVR\BIN\" + name, FileEvidenceStatus.Malformed, null, ErrorCode: PeErrorCodes.BadPeSignature, Error: "PE005: no PE signature."),
        _ => new MtaFileEvidence(name, @"C:\EXCHSRVR\BIN\" + name, FileEvidenceStatus.Read, FileVersion.Parse(version), "Microsoft Exchange"),
    };
}
