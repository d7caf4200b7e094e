using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using Patcher.Core.Packages;
using Patcher.Packaging.Manifest;

namespace Patcher.Packaging.Verification;

/// <summary>The checks on a signed package's contents: entry names, the manifest, and every payload file against it.</summary>
internal static class PackageContentCheck
{
    /// <summary>Every entry name must be safe and unique (case-insensitively, as on Windows).</summary>
    public static void CheckEntryNames(string path, ZipArchive zip)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            var problem = PayloadPath.EntryProblem(entry.FullName) ?? (seen.Add(entry.FullName) ? null : "another entry has the same name");
            if (problem is not null)
            {
                throw new HotfixPackageException(
                    HotfixPackageErrorCodes.UnsafeEntry,
                    path,
                    $"the entry '{entry.FullName}' is refused: {problem}. A package must never write outside its place: do not use it.");
            }
        }
    }

    /// <summary>Reads and validates <c>hotfix.json</c>.</summary>
    public static HotfixManifest ReadManifest(string path, ZipArchive zip)
    {
        var entry = zip.GetEntry(HotfixManifestJson.EntryName)
            ?? throw new HotfixPackageException(
                HotfixPackageErrorCodes.ManifestMissing,
                path,
                $"the package has no manifest ({HotfixManifestJson.EntryName}); it is not a Patcher hotfix package. Build one with 'patcher package build'.");
        try
        {
            return HotfixManifestJson.Parse(ReadEntry(path, entry, HotfixManifestJson.MaxLength));
        }
        catch (HotfixManifestException exception)
        {
            throw new HotfixPackageException(
                exception.Code,
                path,
                $"the manifest is invalid at {exception.JsonPath}: {exception.Message} Do not use the package: rebuild it with 'patcher package build'.",
                exception);
        }
    }

    /// <summary>Every listed payload file present with the manifest's size and SHA-256; no payload entry unlisted.</summary>
    public static IReadOnlyDictionary<string, byte[]> ReadPayload(string path, ZipArchive zip, HotfixManifest manifest)
    {
        var payload = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in manifest.Files)
        {
            var entry = zip.GetEntry(file.Source)
                ?? throw new HotfixPackageException(
                    HotfixPackageErrorCodes.PayloadMissing,
                    path,
                    $"the manifest lists '{file.Source}' (for {file.Target}), but the package does not carry it. Do not use the package: rebuild it.");
            if (file.Size > PayloadImageCheck.MaxPayloadSize)
            {
                // Even a trusted signer's package is read within a stated bound: a payload is an MTA binary, megabytes.
                throw new HotfixPackageException(
                    HotfixPackageErrorCodes.PayloadSizeMismatch,
                    path,
                    string.Create(CultureInfo.InvariantCulture, $"'{file.Source}' is declared as {file.Size} bytes; payload files over {PayloadImageCheck.MaxPayloadSize} bytes (64 MiB) are refused unread. Do not use the package."));
            }

            var bytes = entry.Length == file.Size ? ReadEntry(path, entry, file.Size) : null;
            if (bytes is null || bytes.Length != file.Size)
            {
                throw new HotfixPackageException(
                    HotfixPackageErrorCodes.PayloadSizeMismatch,
                    path,
                    string.Create(CultureInfo.InvariantCulture, $"'{file.Source}' is {bytes?.Length ?? entry.Length} bytes; the manifest says {file.Size}. Do not use the package: rebuild it."));
            }

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (!sha256.Equals(file.Sha256, StringComparison.Ordinal))
            {
                throw new HotfixPackageException(
                    HotfixPackageErrorCodes.PayloadHashMismatch,
                    path,
                    $"'{file.Source}' has SHA-256 {sha256}; the manifest says {file.Sha256}. Do not use the package: rebuild it.");
            }

            // A trusted signer's package must still carry what it declares: the installed file's own version is what counts (KB Q278518).
            var problem = PayloadImageCheck.Problem(file, bytes);
            if (problem is not null)
            {
                throw new HotfixPackageException(HotfixPackageErrorCodes.PayloadNotAsDeclared, path, $"{problem} Do not use the package: rebuild it with 'patcher package build --payload DIR'.");
            }

            payload.Add(file.Source, bytes);
        }

        var unlisted = zip.Entries.FirstOrDefault(e => e.FullName.StartsWith(PayloadPath.PayloadFolder, StringComparison.OrdinalIgnoreCase) && !payload.ContainsKey(e.FullName));
        if (unlisted is not null)
        {
            throw new HotfixPackageException(
                HotfixPackageErrorCodes.UnlistedPayload,
                path,
                $"the package carries '{unlisted.FullName}', which the manifest does not list. Do not use the package: rebuild it.");
        }

        return payload;
    }

    private static byte[] ReadEntry(string path, ZipArchiveEntry entry, long maxLength)
    {
        try
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (copy.Length + read > maxLength)
                {
                    // The zip's declared size lied: stop before a decompression bomb fills memory.
                    copy.Write(buffer, 0, (int)(maxLength + 1 - copy.Length));
                    break;
                }

                copy.Write(buffer, 0, read);
            }

            return copy.ToArray();
        }
        catch (InvalidDataException exception)
        {
            throw new HotfixPackageException(HotfixPackageErrorCodes.Unreadable, path, $"the entry '{entry.FullName}' cannot be decompressed ({exception.Message}). Get the package again.", exception);
        }
    }
}
