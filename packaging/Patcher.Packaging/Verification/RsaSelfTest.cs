using System.Security.Cryptography;

namespace Patcher.Packaging.Verification;

/// <summary>
/// Whether this machine can verify an RSA signature at all: signs and verifies a few bytes with a throwaway key. Asked
/// only after NuGet found a package's signature invalid, so a platform that cannot do RSA (Wine 8's bcrypt) is reported
/// as such, not as a bad package.
/// </summary>
internal static class RsaSelfTest
{
    /// <summary>Null when RSA works here; else what the platform said.</summary>
    public static string? Problem()
    {
        try
        {
            using var rsa = RSA.Create(2048);
            byte[] data = [0x50, 0x31]; // "P1"
            var signature = rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                ? null
                : "an RSA signature this machine made itself does not verify";
        }
        catch (Exception e) when (e is CryptographicException or PlatformNotSupportedException)
        {
            return e.Message;
        }
    }
}
