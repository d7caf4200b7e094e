using System.IO.Compression;
using Patcher.Core.Packages;
using Patcher.Packaging.Building;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Tests.Verification;

public sealed class PackageContentCheckTests
{
    [Fact]
    public void ReadPayload_DeclaredSizeOverTheCap_RefusedUnread()
    {
        var manifest = HotfixPackageBuilder.CreateManifest(PackageFixture.Content);
        var huge = manifest.Files[0] with { Size = 2L * 1024 * 1024 * 1024 };
        manifest = manifest with { Files = [huge, .. manifest.Files.Skip(1)] };
        using var buffer = new MemoryStream();
        using (var writer = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = writer.CreateEntry(huge.Source).Open();
            entry.Write(new byte[1024]); // what it really holds does not matter: it is never read
        }

        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);

        var refusal = Assert.Throws<HotfixPackageException>(() => PackageContentCheck.ReadPayload("p.nupkg", zip, manifest));

        Assert.Equal(HotfixPackageErrorCodes.PayloadSizeMismatch, refusal.Code);
        Assert.Contains($"over {PayloadImageCheck.MaxPayloadSize} bytes", refusal.Message, StringComparison.Ordinal);
    }
}
