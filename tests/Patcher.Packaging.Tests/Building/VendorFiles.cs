using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;

namespace Patcher.Packaging.Tests.Building;

/// <summary>A vendor payload folder as an admin fills it: EMSMTA.EXE and X400OM.DLL images (PeImageWriter) per build.</summary>
internal static class VendorFiles
{
    public const string Hotfix = "5.5.2651.69";

    public const string Sp4 = "5.5.2653.23";

    /// <summary>An Exchange 5.5 file image as Microsoft shipped it: ProductName "Microsoft Exchange", machine i386 unless told.</summary>
    public static byte[] Image(string fileName, string version = Sp4, PeMachine? machine = null, string productName = "Microsoft Exchange") =>
        PeImageWriter.Build(PeImageSpec.ForExchangeFile(fileName, FileVersion.Parse(version)) with
        {
            Machine = machine ?? PeMachine.I386,
            ProductName = productName,
        });

    /// <summary>Writes EMSMTA.EXE and X400OM.DLL of one build into <paramref name="folder"/> (created).</summary>
    public static string WriteBuild(string folder, string version = Sp4, PeMachine? machine = null)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "EMSMTA.EXE"), Image("EMSMTA.EXE", version, machine));
        File.WriteAllBytes(Path.Combine(folder, "X400OM.DLL"), Image("X400OM.DLL", version, machine));
        return folder;
    }

    /// <summary>A new empty folder under the temp folder; the caller deletes it.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "patcher-vendor-payload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
