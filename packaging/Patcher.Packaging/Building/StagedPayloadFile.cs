using System.Security.Cryptography;
using Patcher.Core.Packages;
using Patcher.Core.Versioning;

namespace Patcher.Packaging.Building;

/// <summary>One payload file built in memory, with its manifest entry (version and machine read back from the bytes, hash, size).</summary>
/// <param name="Entry">The manifest entry.</param>
/// <param name="Bytes">The file's bytes, exactly as the package carries them.</param>
public sealed record StagedPayloadFile(PayloadFile Entry, byte[] Bytes)
{
    /// <summary>The folder of the package's payload entries.</summary>
    public const string PayloadFolder = "payload/";

    /// <summary>
    /// Stages <paramref name="bytes"/> for <paramref name="target"/> (e.g. <c>BIN\X400OM.DLL</c>) as the entry
    /// <c>payload/&lt;machine&gt;/&lt;file name&gt;</c>, with the version and machine its own headers declare.
    /// </summary>
    /// <exception cref="PeFormatException">The bytes are not a PE image with a version resource.</exception>
    public static StagedPayloadFile Create(string target, byte[] bytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(bytes);
        var fileName = target[(target.LastIndexOf('\\') + 1)..];
        var info = PeVersionReader.Read(bytes, fileName);
        var source = $"{PayloadFolder}{info.Machine.Name}/{fileName}";
        return new StagedPayloadFile(new PayloadFile(source, target, info.FileVersion, info.Machine, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length), bytes);
    }
}
