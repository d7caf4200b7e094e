using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;

namespace Patcher.Core.Tests.Versioning;

/// <summary>The EMSMTA.EXE builds DOMAIN.md lists (KB Q158530, Q163294, Q243604, Q251137, Q283238) and stand-in images of them.</summary>
internal static class ExchangeBuilds
{
    public static readonly string[] MtaVersions =
    [
        "5.5.1960.3",   // RTM
        "5.5.2232.18",  // SP1
        "5.5.2448.1",   // SP2
        "5.5.2650.24",  // SP3
        "5.5.2651.69",  // Q248732 hotfix
        "5.5.2651.71",
        "5.5.2651.92",
        "5.5.2652.16",
        "5.5.2652.44",
        "5.5.2653.15",
        "5.5.2653.23",  // SP4, the fix baseline
        "5.5.2654.39",
        "5.5.2654.50",
        "5.5.2654.89",
    ];

    public static readonly string[] MtaFiles = ["emsmta.exe", "x400om.dll", "mtamsg.dll"];

    /// <summary>A stand-in of <paramref name="fileName"/> at <paramref name="version"/>: an i386 build unless <paramref name="machine"/> says otherwise.</summary>
    public static byte[] Image(string fileName = "emsmta.exe", string version = "5.5.2650.24", PeMachine? machine = null, string productName = "Microsoft Exchange")
    {
        var spec = PeImageSpec.ForExchangeFile(fileName, FileVersion.Parse(version)) with { ProductName = productName };
        return PeImageWriter.Build(machine is { } m ? spec with { Machine = m } : spec);
    }
}
