using Patcher.Core.Versioning;

namespace Patcher.Lab.Versioning;

/// <summary>What <see cref="PeImageWriter"/> puts into a stand-in image: versions, version strings, kind, payload.</summary>
public sealed record PeImageSpec
{
    /// <summary>Longest version string accepted, in UTF-16 units; keeps every block under 64 KiB.</summary>
    public const int MaxStringLength = 1024;

    /// <summary>Largest payload accepted (64 MiB).</summary>
    public const int MaxPayloadLength = 64 * 1024 * 1024;

    /// <summary>The file version (VS_FIXEDFILEINFO and, unless overridden, the FileVersion string).</summary>
    public required FileVersion FileVersion { get; init; }

    /// <summary>The product version; defaults to <see cref="FileVersion"/>.</summary>
    public FileVersion? ProductVersion { get; init; }

    /// <summary>The file name the image stands in for, such as <c>EMSMTA.EXE</c> (the OriginalFilename string).</summary>
    public required string OriginalFilename { get; init; }

    /// <summary>Executable or DLL; defaults to <see cref="PeImageKind.Executable"/>.</summary>
    public PeImageKind Kind { get; init; } = PeImageKind.Executable;

    /// <summary>The COFF machine; defaults to <see cref="PeMachine.Amd64"/>. A 32-bit machine (i386, alpha) gives a PE32 image.</summary>
    public PeMachine Machine { get; init; } = PeMachine.Amd64;

    /// <summary>The CompanyName string; defaults to <c>Microsoft Corporation</c>.</summary>
    public string CompanyName { get; init; } = "Microsoft Corporation";

    /// <summary>The ProductName string; defaults to <c>Microsoft Exchange</c>.</summary>
    public string ProductName { get; init; } = "Microsoft Exchange";

    /// <summary>The FileDescription string; defaults to empty.</summary>
    public string FileDescription { get; init; } = string.Empty;

    /// <summary>The InternalName string; defaults to <see cref="OriginalFilename"/> without its extension.</summary>
    public string? InternalName { get; init; }

    /// <summary>The FileVersion string; defaults to <see cref="FileVersion"/> formatted.</summary>
    public string? FileVersionText { get; init; }

    /// <summary>The ProductVersion string; defaults to the product version formatted.</summary>
    public string? ProductVersionText { get; init; }

    /// <summary>Bytes to carry in a <c>.data</c> section; none when empty.</summary>
    public ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>The COFF TimeDateStamp; 0 by default so builds are reproducible.</summary>
    public uint TimeDateStamp { get; init; }

    /// <summary>A spec for a stand-in of an Exchange 5.5 binary, e.g. <c>emsmta.exe</c> at 5.5.2653.23.</summary>
    public static PeImageSpec ForExchangeFile(string fileName, FileVersion version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var upper = fileName.ToUpperInvariant();
        return new PeImageSpec
        {
            FileVersion = version,
            OriginalFilename = upper,
            Kind = upper.EndsWith(".DLL", StringComparison.Ordinal) ? PeImageKind.Library : PeImageKind.Executable,

            // Exchange 5.5 shipped for Intel and Alpha only: the stand-ins are Intel builds, as the lab's hosts are.
            Machine = PeMachine.I386,
            FileDescription = $"Patcher lab stand-in for {upper}",
        };
    }

    /// <summary>The StringFileInfo entries in the order rc.exe writes them.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> VersionStrings()
    {
        var product = ProductVersion ?? FileVersion;
        return
        [
            new("CompanyName", CompanyName),
            new("FileDescription", FileDescription),
            new("FileVersion", FileVersionText ?? FileVersion.ToString()),
            new("InternalName", InternalName ?? Path.GetFileNameWithoutExtension(OriginalFilename)),
            new("OriginalFilename", OriginalFilename),
            new("ProductName", ProductName),
            new("ProductVersion", ProductVersionText ?? product.ToString()),
        ];
    }

    internal void Validate()
    {
        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentException($"Kind {Kind} is not a PeImageKind.", nameof(Kind));
        }

        if (!Machine.IsKnown)
        {
            throw new ArgumentException($"Machine {Machine} is not one the writer knows (i386, alpha, amd64, arm64).", nameof(Machine));
        }

        if (Payload.Length > MaxPayloadLength)
        {
            throw new ArgumentException($"The payload is {Payload.Length} bytes; at most {MaxPayloadLength} are accepted.", nameof(Payload));
        }

        foreach (var (key, value) in VersionStrings())
        {
            if (value is null || value.Length > MaxStringLength || value.Contains('\0', StringComparison.Ordinal))
            {
                throw new ArgumentException($"The {key} string must be non-null, at most {MaxStringLength} characters and free of NULs.", key);
            }
        }
    }
}
