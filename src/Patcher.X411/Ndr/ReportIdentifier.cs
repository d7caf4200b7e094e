using System.Globalization;
using System.Security.Cryptography;

namespace Patcher.X411.Ndr;

/// <summary>The local identifier of an NDR: IA5String 1..32, unique within the reporting domain (X.411 MTSIdentifier).</summary>
public static class ReportIdentifier
{
    /// <summary>
    /// <c>NDR</c>, the report time to the second and the first 8 hex digits of the subject's SHA-256 (24 characters):
    /// two NDRs share an identifier only when they answer the same octets in the same second.
    /// </summary>
    /// <param name="subject">The octets of the rejected message, as they arrived.</param>
    /// <param name="now">The report's time; taken in UTC, to the second.</param>
    public static string For(ReadOnlySpan<byte> subject, DateTimeOffset now)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(subject, hash);
        return string.Create(CultureInfo.InvariantCulture, $"NDR{now.UtcDateTime:yyMMddHHmmss}-{Convert.ToHexString(hash[..4])}");
    }
}
