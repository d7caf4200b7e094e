namespace Patcher.Packaging.Verification;

/// <summary>
/// The stable codes of <see cref="HotfixPackageException"/> (documented in <c>packaging/README.md</c>). A manifest that is
/// invalid is refused with its own <c>PKG001</c>..<c>PKG008</c> code (<see cref="Manifest.HotfixManifestCodes"/>).
/// </summary>
public static class HotfixPackageErrorCodes
{
    /// <summary>The package file cannot be read, or is not a zip/nupkg, or is too large.</summary>
    public const string Unreadable = "PKG010";

    /// <summary>The package is not signed (NuGet NU3004).</summary>
    public const string NotSigned = "PKG011";

    /// <summary>The package's contents changed after it was signed (NuGet NU3008, integrity check failed).</summary>
    public const string IntegrityFailed = "PKG012";

    /// <summary>The signature itself is invalid or unacceptable (corrupt signature, certificate not valid for code signing, expired...).</summary>
    public const string SignatureInvalid = "PKG013";

    /// <summary>The signature is valid, but the signer's SHA-256 fingerprint is not in the trusted list.</summary>
    public const string UntrustedSigner = "PKG014";

    /// <summary>
    /// This machine could not verify an RSA signature at all (its cryptography refused: Wine's bcrypt "unsupported
    /// algorithm", a broken CNG): the package was not judged, neither accepted nor blamed.
    /// </summary>
    public const string PlatformCannotVerify = "PKG015";

    /// <summary>The package has no manifest (<c>hotfix.json</c>).</summary>
    public const string ManifestMissing = "PKG020";

    /// <summary>A payload file the manifest lists is not in the package.</summary>
    public const string PayloadMissing = "PKG021";

    /// <summary>A payload file's size differs from the manifest's.</summary>
    public const string PayloadSizeMismatch = "PKG022";

    /// <summary>A payload file's SHA-256 differs from the manifest's.</summary>
    public const string PayloadHashMismatch = "PKG023";

    /// <summary>A package entry's name could point outside the package (<c>..</c>, rooted, drive, stream, device) or is duplicated.</summary>
    public const string UnsafeEntry = "PKG024";

    /// <summary>A payload entry is in the package but not in the manifest: nothing may travel unaccounted for.</summary>
    public const string UnlistedPayload = "PKG025";

    /// <summary>A payload file is not what the manifest declares: its own version resource or PE machine differs, or it is no PE image.</summary>
    public const string PayloadNotAsDeclared = "PKG026";

    /// <summary>Build: the signing certificate cannot be used (unreadable PFX, wrong password, no private key, not for code signing).</summary>
    public const string SigningCertificateUnusable = "PKG030";

    /// <summary>Build: NuGet refused to sign the package.</summary>
    public const string SigningFailed = "PKG031";

    /// <summary>Build: an input is missing or unusable (the payload folder, its layout, the lab engine and its version resource).</summary>
    public const string BuildInputMissing = "PKG032";

    /// <summary>Build: a vendor payload file is not a PE image with a version resource.</summary>
    public const string PayloadNotPeImage = "PKG033";

    /// <summary>Build: a vendor payload file's version is outside the fix's product line (5.5) or below the hotfix build (5.5.2651.69).</summary>
    public const string PayloadVersionRefused = "PKG034";

    /// <summary>Build: a vendor payload file's ProductName is not Exchange.</summary>
    public const string PayloadNotExchange = "PKG035";

    /// <summary>Build: a fix file (EMSMTA.EXE, X400OM.DLL) is missing from a build of the payload folder.</summary>
    public const string PayloadFixFileMissing = "PKG036";

    /// <summary>Build: a payload file or subfolder is for a machine no Exchange 5.5 build exists for (only i386 and alpha).</summary>
    public const string PayloadUnknownMachine = "PKG037";

    /// <summary>Build: the files of one build are for different machines, or not for the machine their subfolder names.</summary>
    public const string PayloadMixedMachines = "PKG038";

    /// <summary>Build: a vendor payload file is larger than <see cref="Core.Packages.PayloadImageCheck.MaxPayloadSize"/> (64 MiB).</summary>
    public const string PayloadTooLarge = "PKG039";
}
