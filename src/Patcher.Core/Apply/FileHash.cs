using System.Security.Cryptography;

namespace Patcher.Core.Apply;

/// <summary>SHA-256 of files, lowercase hex, as manifests and journals write it.</summary>
internal static class FileHash
{
    /// <summary>The SHA-256 of <paramref name="localPath"/>, or null when there is no such file.</summary>
    public static string? Of(string localPath)
    {
        if (!File.Exists(localPath))
        {
            return null;
        }

        using var stream = new FileStream(localPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Whether two hashes (or two absences) are the same.</summary>
    public static bool Same(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
