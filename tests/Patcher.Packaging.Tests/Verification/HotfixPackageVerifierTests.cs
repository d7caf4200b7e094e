using System.Text.Json.Nodes;
using Patcher.Packaging.Manifest;
using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Tests.Verification;

/// <summary>Every refusal, each from a real package changed on disk.</summary>
[Collection(SharedPackages.Name)]
public sealed class HotfixPackageVerifierTests(PackageFixture fixture)
{
    private const string Engine = "payload/i386/X400OM.DLL";

    [Fact]
    public async Task OpenAsync_UnsignedBuild_RefusedAsNotSigned()
    {
        var package = Path.Combine(fixture.NewFolder(), "unsigned.nupkg");
        await File.WriteAllBytesAsync(package, Patcher.Packaging.Building.HotfixPackageBuilder.BuildUnsigned(PackageFixture.Content));

        var refusal = await Refused(package);

        Assert.Equal(HotfixPackageErrorCodes.NotSigned, refusal.Code);
        Assert.Contains("NU3004", refusal.NuGetCodes);
        Assert.Contains("patcher package build", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ByteFlippedInPayload_RefusedAsTampered()
    {
        var package = fixture.CopyOfPackage();
        PackageSurgery.FlipByteIn(package, Engine);

        var refusal = await Refused(package);

        Assert.Equal(HotfixPackageErrorCodes.IntegrityFailed, refusal.Code);
        Assert.Contains("NU3008", refusal.NuGetCodes);
    }

    [Fact]
    public async Task OpenAsync_ManifestTamperedAndRezippedWithTheOldSignature_RefusedAsInvalidSignature()
    {
        var package = fixture.CopyOfPackage();
        PackageSurgery.Rezip(
            package,
            entries =>
            {
                var index = entries.FindIndex(e => e.Key == HotfixManifestJson.EntryName);
                var json = JsonNode.Parse(entries[index].Value)!.AsObject();
                json["applicability"]!["maximumVersion"] = "5.5.9999.0";
                entries[index] = new(HotfixManifestJson.EntryName, System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));
            },
            keepSignature: true);

        var refusal = await Refused(package);

        // Re-zipping rewrites the signature entry's headers, which NuGet checks before the content hash.
        Assert.Equal(HotfixPackageErrorCodes.SignatureInvalid, refusal.Code);
        Assert.Contains("NU3005", refusal.NuGetCodes);
    }

    [Fact]
    public async Task OpenAsync_ManifestTamperedAndNotResigned_RefusedAsNotSigned()
    {
        var package = fixture.CopyOfPackage();
        PackageSurgery.EditManifest(package, json => json["title"] = "harmless?");

        Assert.Equal(HotfixPackageErrorCodes.NotSigned, (await Refused(package)).Code);
    }

    [Fact]
    public async Task OpenAsync_CorruptSignatureEntry_RefusedAsInvalidSignature()
    {
        var package = fixture.CopyOfPackage();
        PackageSurgery.Rezip(
            package,
            entries =>
            {
                var index = entries.FindIndex(e => e.Key == PackageSurgery.SignatureEntry);
                var bytes = entries[index].Value.ToArray();
                bytes[bytes.Length / 2] ^= 0xFF;
                entries[index] = new(PackageSurgery.SignatureEntry, bytes);
            },
            keepSignature: true);

        var refusal = await Refused(package);

        Assert.Contains(refusal.Code, new[] { HotfixPackageErrorCodes.SignatureInvalid, HotfixPackageErrorCodes.IntegrityFailed });
    }

    [Fact]
    public async Task OpenAsync_SignedByAnotherCertificate_RefusedAsUntrustedShowingItsFingerprint()
    {
        var package = fixture.CopyOfPackage();
        PackageSurgery.Rezip(package, _ => { });
        await PackageSurgery.SignAsync(package, fixture.Stranger);
        var stranger = Patcher.Packaging.Signing.CertificateFingerprint.Of(fixture.Stranger);

        var refusal = await Refused(package);

        Assert.Equal(HotfixPackageErrorCodes.UntrustedSigner, refusal.Code);
        Assert.Equal(stranger, refusal.SignerFingerprint);
        Assert.Contains(stranger, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_NoTrustedSigners_RefusedAsUntrusted()
    {
        var refusal = await Assert.ThrowsAsync<HotfixPackageException>(() => HotfixPackageVerifier.OpenAsync(fixture.Built.PackagePath, []));

        Assert.Equal(HotfixPackageErrorCodes.UntrustedSigner, refusal.Code);
        Assert.Equal(fixture.TrustedFingerprint, refusal.SignerFingerprint);
    }

    [Fact]
    public async Task OpenAsync_FingerprintWithColonsAndLowercase_IsTrusted()
    {
        var typed = string.Join(':', fixture.TrustedFingerprint.ToLowerInvariant().Chunk(2).Select(c => new string(c)));

        var package = await HotfixPackageVerifier.OpenAsync(fixture.Built.PackagePath, [typed]);

        Assert.Equal(fixture.TrustedFingerprint, package.SignerFingerprint);
    }

    [Fact]
    public async Task OpenAsync_TrustedFingerprintMalformed_ThrowsArgumentException() =>
        await Assert.ThrowsAsync<ArgumentException>(() => HotfixPackageVerifier.OpenAsync(fixture.Built.PackagePath, ["not-a-fingerprint"]));

    [Theory]
    [InlineData("fileVersion", "5.5.2654.89")] // claims a newer build than the file is
    [InlineData("machine", "alpha")]           // claims the Alpha build for an Intel file
    public async Task OpenAsync_ManifestLiesAboutAPayloadAndResigned_RefusedAsNotAsDeclared(string field, string lie)
    {
        var package = await TrustedButBroken(p => PackageSurgery.EditManifest(p, json =>
        {
            foreach (var file in json["files"]!.AsArray())
            {
                file![field] = lie; // every file, so the manifest's own rules (one machine's build complete) still hold
            }

            json["applicability"]!["maximumVersion"] = "5.5.2653.22";
        }));

        var refusal = await Refused(package);

        Assert.Equal(HotfixPackageErrorCodes.PayloadNotAsDeclared, refusal.Code);
        Assert.Contains(lie, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_PayloadBelowTheHotfixDeclaredHonestlyAndResigned_RefusedAsInconsistent()
    {
        // SP3's own files, their versions, hashes and sizes declared as they are, signed by a trusted signer: applied, they
        // would put the defect back. The manifest's rule refuses them before anything reads a host.
        var package = await TrustedButBroken(p => PackageSurgery.Rezip(p, entries =>
        {
            var manifestIndex = entries.FindIndex(e => e.Key == HotfixManifestJson.EntryName);
            var json = JsonNode.Parse(entries[manifestIndex].Value)!.AsObject();
            foreach (var file in json["files"]!.AsArray())
            {
                var source = file!["source"]!.GetValue<string>();
                var image = Building.VendorFiles.Image(Path.GetFileName(source), "5.5.2650.24");
                var index = entries.FindIndex(e => e.Key == source);
                entries[index] = new(source, image);
                file["fileVersion"] = "5.5.2650.24";
                file["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(image));
                file["size"] = image.Length;
            }

            entries[manifestIndex] = new(HotfixManifestJson.EntryName, System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));
        }));

        var refusal = await Refused(package);

        Assert.Equal(HotfixManifestCodes.Inconsistent, refusal.Code);
        Assert.Contains("fileVersion", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("5.5.2650.24 must be at least 5.5.2651.69", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_PayloadHashChangedInManifestAndResigned_RefusedAsHashMismatch()
    {
        var package = await TrustedButBroken(p => PackageSurgery.EditManifest(p, json => json["files"]![1]!["sha256"] = new string('0', 64)));

        var refusal = await Refused(package);

        Assert.Equal(HotfixPackageErrorCodes.PayloadHashMismatch, refusal.Code);
        Assert.Contains(Engine, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_PayloadByteFlippedAndResigned_RefusedAsHashMismatch()
    {
        var package = await TrustedButBroken(p => PackageSurgery.Rezip(p, entries =>
        {
            var index = entries.FindIndex(e => e.Key == Engine);
            var bytes = entries[index].Value.ToArray();
            bytes[100] ^= 0x01;
            entries[index] = new(Engine, bytes);
        }));

        Assert.Equal(HotfixPackageErrorCodes.PayloadHashMismatch, (await Refused(package)).Code);
    }

    [Fact]
    public async Task OpenAsync_PayloadGrownAndResigned_RefusedAsSizeMismatch()
    {
        var package = await TrustedButBroken(p => PackageSurgery.Rezip(p, entries =>
        {
            var index = entries.FindIndex(e => e.Key == Engine);
            entries[index] = new(Engine, [.. entries[index].Value, 0]);
        }));

        Assert.Equal(HotfixPackageErrorCodes.PayloadSizeMismatch, (await Refused(package)).Code);
    }

    [Fact]
    public async Task OpenAsync_PayloadEntryRemovedAndResigned_RefusedAsPayloadMissing()
    {
        var package = await TrustedButBroken(p => PackageSurgery.Rezip(p, entries => entries.RemoveAll(e => e.Key == Engine)));

        Assert.Equal(HotfixPackageErrorCodes.PayloadMissing, (await Refused(package)).Code);
    }

    [Fact]
    public async Task OpenAsync_ManifestRemovedAndResigned_RefusedAsManifestMissing()
    {
        var package = await TrustedButBroken(p => PackageSurgery.Rezip(p, entries => entries.RemoveAll(e => e.Key == HotfixManifestJson.EntryName)));

        Assert.Equal(HotfixPackageErrorCodes.ManifestMissing, (await Refused(package)).Code);
    }

    [Fact]
    public async Task OpenAsync_ManifestInvalidAndResigned_RefusedWithTheManifestCodeAndPath()
    {
        var package = await TrustedButBroken(p => PackageSurgery.EditManifest(p, json => json.Remove("services")));

        var refusal = await Refused(package);

        Assert.Equal(HotfixManifestCodes.MissingField, refusal.Code);
        Assert.Contains("$.services", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_EntryAddedWithDotDotPathAndResigned_RefusedAsUnsafeEntry()
    {
        var package = await TrustedButBroken(p => PackageSurgery.Rezip(p, entries => entries.Add(new("payload/../../evil.dll", [1, 2, 3]))));

        var refusal = await Refused(package);

        Assert.Equal(HotfixPackageErrorCodes.UnsafeEntry, refusal.Code);
        Assert.Contains("..", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_EntryAddedWithDotDotPathNotResigned_RefusedAsInvalidSignature()
    {
        var package = fixture.CopyOfPackage();
        PackageSurgery.Rezip(package, entries => entries.Add(new("../evil.dll", [1, 2, 3])), keepSignature: true);

        Assert.Equal(HotfixPackageErrorCodes.SignatureInvalid, (await Refused(package)).Code);
    }

    [Fact]
    public async Task OpenAsync_ManifestByteFlippedInPlace_RefusedAsTampered()
    {
        var package = fixture.CopyOfPackage();
        PackageSurgery.FlipByteIn(package, HotfixManifestJson.EntryName);

        var refusal = await Refused(package);

        Assert.Equal(HotfixPackageErrorCodes.IntegrityFailed, refusal.Code);
        Assert.Contains("NU3008", refusal.NuGetCodes);
    }

    [Fact]
    public async Task OpenAsync_UnlistedPayloadEntryAndResigned_RefusedAsUnlisted()
    {
        var package = await TrustedButBroken(p => PackageSurgery.Rezip(p, entries => entries.Add(new("payload/MTAMSG.DLL", [1, 2, 3]))));

        Assert.Equal(HotfixPackageErrorCodes.UnlistedPayload, (await Refused(package)).Code);
    }

    [Theory]
    [InlineData(@"..\..\WINDOWS\SYSTEM32\X400OM.DLL")]
    [InlineData(@"C:\EXCHSRVR\BIN\X400OM.DLL")]
    [InlineData(@"\EXCHSRVR\BIN\X400OM.DLL")]
    [InlineData(@"BIN\X400OM.DLL:hidden")]
    [InlineData(@"BIN\NUL.DLL")]
    [InlineData(@"BIN\X400OM.DLL.")]
    public async Task OpenAsync_TargetEscapesAndResigned_RefusedAsUnsafePath(string target)
    {
        var package = await TrustedButBroken(p => PackageSurgery.EditManifest(p, json => json["files"]![1]!["target"] = target));

        var refusal = await Refused(package);

        Assert.Equal(HotfixManifestCodes.UnsafePath, refusal.Code);
        Assert.Contains("$.files[1].target", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_SourceEscapesAndResigned_RefusedAsUnsafePath()
    {
        var package = await TrustedButBroken(p => PackageSurgery.EditManifest(p, json => json["files"]![1]!["source"] = "payload/../hotfix.json"));

        Assert.Equal(HotfixManifestCodes.UnsafePath, (await Refused(package)).Code);
    }

    [Fact]
    public async Task OpenAsync_DuplicateTargetsAndResigned_RefusedAsDuplicate()
    {
        var package = await TrustedButBroken(p => PackageSurgery.EditManifest(p, json => json["files"]![1]!["target"] = @"bin\emsmta.exe"));

        var refusal = await Refused(package);

        Assert.Equal(HotfixManifestCodes.DuplicatePath, refusal.Code);
        Assert.Contains("$.files[1].target", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_NotAZip_RefusedAsUnreadable()
    {
        var package = Path.Combine(fixture.NewFolder(), "junk.nupkg");
        await File.WriteAllTextAsync(package, "this is not a package");

        Assert.Equal(HotfixPackageErrorCodes.Unreadable, (await Refused(package)).Code);
    }

    [Fact]
    public async Task OpenAsync_MissingFile_RefusedAsUnreadable() =>
        Assert.Equal(HotfixPackageErrorCodes.Unreadable, (await Refused(Path.Combine(fixture.NewFolder(), "none.nupkg"))).Code);

    private async Task<string> TrustedButBroken(Action<string> change)
    {
        var package = fixture.CopyOfPackage();
        change(package);
        await PackageSurgery.SignAsync(package, fixture.Trusted);
        return package;
    }

    private Task<HotfixPackageException> Refused(string package) =>
        Assert.ThrowsAsync<HotfixPackageException>(() => HotfixPackageVerifier.OpenAsync(package, [fixture.TrustedFingerprint]));
}
