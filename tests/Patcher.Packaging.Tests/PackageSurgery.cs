using System.IO.Compression;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Patcher.Packaging.Manifest;
using Patcher.Packaging.Signing;

namespace Patcher.Packaging.Tests;

/// <summary>Changes a real package on disk the way an attacker or a broken build would: re-zipped, optionally re-signed.</summary>
internal static class PackageSurgery
{
    public const string SignatureEntry = ".signature.p7s";

    /// <summary>Reads every entry (name → bytes), in order.</summary>
    public static List<KeyValuePair<string, byte[]>> ReadEntries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return new KeyValuePair<string, byte[]>(e.FullName, copy.ToArray());
        }).ToList();
    }

    /// <summary>Rewrites <paramref name="package"/> with the entries <paramref name="change"/> leaves; the signature entry is dropped unless kept.</summary>
    public static void Rezip(string package, Action<List<KeyValuePair<string, byte[]>>> change, bool keepSignature = false)
    {
        var entries = ReadEntries(package);
        if (!keepSignature)
        {
            entries.RemoveAll(e => e.Key == SignatureEntry);
        }

        change(entries);
        File.Delete(package);
        using var zip = ZipFile.Open(package, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var stream = zip.CreateEntry(name, name == SignatureEntry ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
            stream.Write(bytes);
        }
    }

    /// <summary>Re-zips with <paramref name="change"/> applied to <c>hotfix.json</c> (as a JSON tree), without a signature.</summary>
    public static void EditManifest(string package, Action<JsonObject> change) =>
        Rezip(package, entries =>
        {
            var index = entries.FindIndex(e => e.Key == HotfixManifestJson.EntryName);
            var json = JsonNode.Parse(entries[index].Value)!.AsObject();
            change(json);
            entries[index] = new(HotfixManifestJson.EntryName, Encoding.UTF8.GetBytes(json.ToJsonString()));
        });

    /// <summary>Signs <paramref name="package"/> in place with <paramref name="certificate"/>: a trusted signer's bad package.</summary>
    public static async Task SignAsync(string package, X509Certificate2 certificate)
    {
        var unsigned = package + ".unsigned";
        File.Move(package, unsigned);
        await PackageSigner.SignAsync(unsigned, package, certificate, CancellationToken.None);
        File.Delete(unsigned);
    }

    /// <summary>Flips one byte inside <paramref name="entryName"/>'s stored data, in the file itself.</summary>
    public static void FlipByteIn(string package, string entryName)
    {
        var bytes = File.ReadAllBytes(package);
        var name = Encoding.ASCII.GetBytes(entryName);
        var header = bytes.AsSpan().IndexOf(name);      // the local file header's name comes first in the file
        Assert.True(header > 0, $"{entryName} not found");
        var offset = header + name.Length + 64;
        bytes[offset] ^= 0x01;
        File.WriteAllBytes(package, bytes);
    }
}
