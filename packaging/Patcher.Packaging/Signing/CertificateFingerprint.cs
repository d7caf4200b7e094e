using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Patcher.Packaging.Signing;

/// <summary>A certificate's SHA-256 fingerprint, uppercase hex without separators: the identity package trust is decided on.</summary>
public static class CertificateFingerprint
{
    /// <summary>The SHA-256 fingerprint of <paramref name="certificate"/> (of its DER encoding), e.g. <c>3F2A…</c> (64 hex digits).</summary>
    public static string Of(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.GetCertHashString(HashAlgorithmName.SHA256).ToUpperInvariant();
    }

    /// <summary>
    /// Normalizes a fingerprint an operator typed: separators (<c>:</c>, space, <c>-</c>) removed, uppercase. Returns false
    /// when the result is not 64 hex digits.
    /// </summary>
    public static bool TryNormalize(string? text, out string fingerprint)
    {
        fingerprint = new string((text ?? "").Where(c => c is not (':' or ' ' or '-')).ToArray()).ToUpperInvariant();
        return fingerprint.Length == 64 && fingerprint.All(char.IsAsciiHexDigit);
    }
}
