using Patcher.Packaging.Verification;

namespace Patcher.Packaging.Tests.Verification;

/// <summary>
/// A signature NuGet finds invalid is blamed on the package only when this machine can verify RSA signatures at all;
/// otherwise the refusal names the platform (Wine 8's bcrypt: "unsupported algorithm").
/// </summary>
[Collection(SharedPackages.Name)]
public sealed class PackageSignatureCheckTests(PackageFixture fixture)
{
    [Fact]
    public async Task VerifyAsync_InvalidSignatureOnAPlatformWithoutRsa_RefusedAsPlatformCannotVerify()
    {
        var package = await File.ReadAllBytesAsync(RezippedSignature());

        var refusal = await Assert.ThrowsAsync<HotfixPackageException>(() => PackageSignatureCheck.VerifyAsync(
            "p.nupkg", package, new HashSet<string> { fixture.TrustedFingerprint }, () => "unsupported algorithm 9", CancellationToken.None));

        Assert.Equal(HotfixPackageErrorCodes.PlatformCannotVerify, refusal.Code);
        Assert.Contains("this machine could not verify", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("unsupported algorithm 9", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ask its publisher", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_InvalidSignatureWhereRsaWorks_RefusedAsInvalidSignature()
    {
        var package = await File.ReadAllBytesAsync(RezippedSignature());

        var refusal = await Assert.ThrowsAsync<HotfixPackageException>(() => PackageSignatureCheck.VerifyAsync(
            "p.nupkg", package, new HashSet<string> { fixture.TrustedFingerprint }, () => null, CancellationToken.None));

        Assert.Equal(HotfixPackageErrorCodes.SignatureInvalid, refusal.Code);
        Assert.Contains("NU3005", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RsaSelfTest_ThisMachine_CanVerify() =>
        Assert.Null(RsaSelfTest.Problem());

    /// <summary>The real package re-zipped with its signature kept: NuGet refuses the signature entry (NU3005).</summary>
    private string RezippedSignature()
    {
        var package = fixture.CopyOfPackage();
        PackageSurgery.Rezip(package, _ => { }, keepSignature: true);
        return package;
    }
}
