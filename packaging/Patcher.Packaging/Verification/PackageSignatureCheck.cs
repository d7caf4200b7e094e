using NuGet.Common;
using NuGet.Packaging;
using NuGet.Packaging.Signing;
using Patcher.Packaging.Signing;

namespace Patcher.Packaging.Verification;

/// <summary>
/// NuGet's signature verification (integrity, then signature validity) followed by our own allow-list of signer fingerprints.
/// Untrusted roots are allowed at NuGet's level (development and enterprise certificates are self-signed or privately
/// rooted); trust is decided by the fingerprint alone, as <c>trustedSigners</c> does in a NuGet config.
/// </summary>
internal static class PackageSignatureCheck
{
    private const string UnsignedCode = "NU3004";
    private const string IntegrityCode = "NU3008";

    private static readonly SignedPackageVerifierSettings Settings = new(
        allowUnsigned: false,
        allowIllegal: false,
        allowUntrusted: true,
        allowIgnoreTimestamp: true,
        allowMultipleTimestamps: true,
        allowNoTimestamp: true,             // offline build: no timestamp authority
        allowUnknownRevocation: true,       // self-signed: no CRL to ask
        reportUnknownRevocation: false,
        VerificationTarget.Author,
        SignaturePlacement.PrimarySignature,
        SignatureVerificationBehavior.Never,
        RevocationMode.Offline);

    /// <summary>Verifies the package's signature and returns the trusted signer's fingerprint.</summary>
    /// <exception cref="HotfixPackageException">
    /// PKG011 unsigned, PKG012 tampered, PKG013 invalid signature, PKG014 untrusted signer, PKG015 this machine cannot
    /// verify RSA signatures (the package was not judged).
    /// </exception>
    public static Task<string> VerifyAsync(string path, byte[] package, IReadOnlySet<string> trustedFingerprints, CancellationToken cancellationToken) =>
        VerifyAsync(path, package, trustedFingerprints, RsaSelfTest.Problem, cancellationToken);

    /// <summary>The same, with the platform's self-test given (tests).</summary>
    internal static async Task<string> VerifyAsync(
        string path, byte[] package, IReadOnlySet<string> trustedFingerprints, Func<string?> platformProblem, CancellationToken cancellationToken)
    {
        using var reader = new PackageArchiveReader(new MemoryStream(package, writable: false), leaveStreamOpen: false);
        var verifier = new PackageSignatureVerifier(
        [
            new IntegrityVerificationProvider(),
            new SignatureTrustAndValidityVerificationProvider(allowUntrustedRootList: null),
        ]);
        var result = await verifier.VerifySignaturesAsync(reader, Settings, cancellationToken, Guid.NewGuid()).ConfigureAwait(false);
        var errors = result.Results.SelectMany(r => r.Issues).Where(i => i.Level >= LogLevel.Error).ToArray();
        var codes = errors.Select(e => e.Code.ToString()).Distinct(StringComparer.Ordinal).ToArray();
        if (!result.IsSigned || codes.Contains(UnsignedCode))
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.NotSigned,
                path,
                $"the package is not signed ({UnsignedCode}). Only signed packages are applied: build it with 'patcher package build', which signs it.")
            { NuGetCodes = codes.Length > 0 ? codes : [UnsignedCode] };
        }

        var fingerprint = await SignerFingerprintAsync(reader, cancellationToken).ConfigureAwait(false);
        if (codes.Contains(IntegrityCode))
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.IntegrityFailed,
                path,
                $"the package was changed after it was signed ({IntegrityCode}: integrity check failed). Do not use it: get the package again from its publisher.")
            { NuGetCodes = codes, SignerFingerprint = fingerprint };
        }

        var invalid = !result.IsValid || errors.Length > 0;
        var platform = invalid ? platformProblem() : null;
#if PATCHER_WINE_TEST_BUILD
        // The Wine suite's test-only build (-p:PatcherWineTestBuild=true, never shipped): where this machine cannot do RSA
        // and that failed check is NuGet's only objection, the signature is verified by managed code instead (it is not
        // skipped); integrity above and the trusted signer below are checked as always.
        if (platform is not null && codes.Length > 0 && codes.All(WineTestBuildRsaVerifier.AnsweredCodes.Contains)
            && (await reader.GetPrimarySignatureAsync(cancellationToken).ConfigureAwait(false))?.SignedCms is { } cms)
        {
            if (WineTestBuildRsaVerifier.Problem(cms, DateTimeOffset.UtcNow) is { } managed)
            {
                throw new HotfixPackageException(
                    HotfixPackageErrorCodes.SignatureInvalid,
                    path,
                    $"the package's signature is not valid (the Wine test build's managed RSA verifier: {managed}).")
                { NuGetCodes = codes, SignerFingerprint = fingerprint };
            }

            invalid = false;
        }
#endif
        if (invalid)
        {
            if (platform is not null)
            {
                // Blame neither the package nor its publisher: this machine cannot check any RSA signature.
                throw new HotfixPackageException(
                    HotfixPackageErrorCodes.PlatformCannotVerify,
                    path,
                    $"this machine could not verify the package's signature: its cryptography cannot check an RSA signature ({platform}). The package was not judged; verify it on a host whose cryptography works (Windows CNG), then apply it there.")
                { NuGetCodes = codes, SignerFingerprint = fingerprint };
            }

            // Warnings carry NuGet's reasons too (a chain or certificate problem), so the operator sees them all.
            var detail = string.Join("; ", result.Results.SelectMany(r => r.Issues).Where(i => i.Level >= LogLevel.Warning).Select(e => $"{e.Code}: {e.Message}"));
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.SignatureInvalid,
                path,
                $"the package's signature is not valid ({(detail.Length > 0 ? detail : "no valid signature")}). Do not use it: ask its publisher to sign it again with a valid code-signing certificate.")
            { NuGetCodes = codes, SignerFingerprint = fingerprint };
        }

        if (fingerprint is null || !trustedFingerprints.Contains(fingerprint))
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.UntrustedSigner,
                path,
                $"the package is signed by {fingerprint ?? "an unknown certificate"} (SHA-256), which is not a trusted signer. If you trust this publisher, add the fingerprint to the trusted signers (--trusted-signer or policy); otherwise do not use the package.")
            { SignerFingerprint = fingerprint };
        }

        return fingerprint;
    }

    private static async Task<string?> SignerFingerprintAsync(PackageArchiveReader reader, CancellationToken cancellationToken)
    {
        try
        {
            var signature = await reader.GetPrimarySignatureAsync(cancellationToken).ConfigureAwait(false);
            return signature?.SignerInfo.Certificate is { } certificate ? CertificateFingerprint.Of(certificate) : null;
        }
        catch (SignatureException)
        {
            return null;
        }
    }
}
