namespace Patcher.Packaging.Verification;

/// <summary>
/// A hotfix package was refused (or could not be built). <see cref="Code"/> is a stable code (<see cref="HotfixPackageErrorCodes"/>,
/// or a manifest's <c>PKG00x</c>); the message names the package and says what to do.
/// </summary>
public sealed class HotfixPackageException : Exception
{
    /// <summary>Creates the exception; the message is <c>CODE: PATH: detail</c>.</summary>
    public HotfixPackageException(string code, string packagePath, string detail, Exception? innerException = null)
        : base($"{code}: {packagePath}: {detail}", innerException)
    {
        Code = code;
        PackagePath = packagePath;
        Detail = detail;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The package (or input) the refusal is about.</summary>
    public string PackagePath { get; }

    /// <summary>The message without code and path.</summary>
    public string Detail { get; }

    /// <summary>The signer's SHA-256 fingerprint when the signature was read (always set for <see cref="HotfixPackageErrorCodes.UntrustedSigner"/>).</summary>
    public string? SignerFingerprint { get; init; }

    /// <summary>The NuGet codes underneath (e.g. <c>NU3008</c>), when NuGet's verification refused the package.</summary>
    public IReadOnlyList<string> NuGetCodes { get; init; } = [];
}
