using Patcher.Core.Versioning;
using Patcher.Lab.Versioning;

namespace Patcher.Wine.StandIn;

/// <summary>Writes the files a hotfix package is built from: i386 images of the fix's version, as the vendor ships them.</summary>
internal static class FixPayload
{
    public static void Write(string directory, FileVersion version)
    {
        Directory.CreateDirectory(directory);
        foreach (var name in new[] { "EMSMTA.EXE", "X400OM.DLL" })
        {
            var spec = PeImageSpec.ForExchangeFile(name, version) with { Machine = PeMachine.I386 };
            File.WriteAllBytes(Path.Combine(directory, name), PeImageWriter.Build(spec));
        }
    }
}
