using System.Globalization;
using System.Security.Cryptography;

namespace Patcher.Agent.Ndr;

/// <summary>The local identifier of an NDR: IA5String 1..32, unique within the reporting domain (X.411 MTSIdentifier).</summary>
internal static class ReportIdentifiers
{
    /// <summary>
    /// <c>NDR</c>, the report time to the second, and the first 8 hex digits of the subject's SHA-256: two NDRs share an
    /// identifier only when they answer the same bytes in the same second. 24 characters.
    /// </summary>
    public static string For(ReadOnlySpan<byte> subject, DateTimeOffset now)
    {
        var hash = SHA256.HashData(subject);
        return string.Create(CultureInfo.InvariantCulture, $"NDR{now.UtcDateTime:yyMMddHHmmss}-{Convert.ToHexString(hash, 0, 4)}");
    }
}
