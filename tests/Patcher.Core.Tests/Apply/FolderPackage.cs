using System.Security.Cryptography;
using Patcher.Core.Assessment;
using Patcher.Core.Packages;
using Patcher.Core.Versioning;

namespace Patcher.Core.Tests.Apply;

/// <summary>A verified package held in memory: payload bytes by source, and a Q248732 manifest describing them.</summary>
internal sealed class FolderPackage : IHotfixPackage
{
    private readonly Dictionary<string, byte[]> _payload;

    public FolderPackage(HotfixManifest manifest, Dictionary<string, byte[]> payload)
    {
        Manifest = manifest;
        _payload = payload;
    }

    public string PackagePath => "/packages/Patcher.Hotfix.Q248732.1.0.0.nupkg";

    public string PackageSha256 => new('a', 64);

    public string SignerFingerprint => new('B', 64);

    public HotfixManifest Manifest { get; }

    /// <summary>When set, the bytes handed out for this source differ from the manifest's hash (a damaged payload).</summary>
    public string? CorruptSource { get; set; }

    public static readonly string[] StopOrder = ["MSExchangeIMC", "MSExchangeDX", "MSExchangeMTA"];

    /// <summary>
    /// The Q248732 hotfix: EMSMTA.EXE and X400OM.DLL at 5.5.2651.69 for each of <paramref name="machines"/> (i386 unless
    /// told), as <c>payload/&lt;machine&gt;/&lt;file&gt;</c>, for MTAs from RTM up to just below the hotfix.
    /// </summary>
    public static FolderPackage Q248732(
        string version = "5.5.2651.69",
        string maximum = "5.5.2651.68",
        IEnumerable<(string Source, string Target)>? extra = null,
        IEnumerable<PeMachine>? machines = null,
        bool labOnly = false)
    {
        var payload = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var files = new List<PayloadFile>();
        var named = new[] { ("EMSMTA.EXE", @"BIN\EMSMTA.EXE"), ("X400OM.DLL", @"BIN\X400OM.DLL") }.Concat(extra ?? []).ToArray();
        foreach (var machine in machines ?? [PeMachine.I386])
        {
            foreach (var (name, target) in named)
            {
                var source = $"payload/{machine}/{name}";
                var bytes = Versioning.ExchangeBuilds.Image(name.ToLowerInvariant(), version, machine);
                payload[source] = bytes;
                files.Add(new PayloadFile(source, target, FileVersion.Parse(version), machine, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length));
            }
        }

        var manifest = new HotfixManifest(
            HotfixManifest.CurrentSchemaVersion,
            "Patcher.Hotfix.Q248732",
            "1.0.0",
            "Q248732: MTA stops responding on a zero-length arrival time",
            FixBaseline.Q248732,
            new PackageApplicability("Exchange 5.5 MTA", FileVersion.Parse("5.5.1960.3"), FileVersion.Parse(maximum)),
            files,
            new ServicePlan(StopOrder),
            new VerificationRequirements("MSExchangeMTA", 1067, [7031, 7034], true, true, 11))
        {
            LabOnly = labOnly,
        };
        return new FolderPackage(manifest, payload);
    }

    /// <summary>The same payload under another manifest (one that lies, or applies elsewhere).</summary>
    public FolderPackage With(HotfixManifest manifest) => new(manifest, _payload);

    /// <summary>
    /// <paramref name="source"/> carries <paramref name="bytes"/> instead, and its manifest entry the matching hash and size
    /// (but still the declared version and machine): what a signer who lies about the file would ship.
    /// </summary>
    public FolderPackage Replacing(string source, byte[] bytes)
    {
        var payload = new Dictionary<string, byte[]>(_payload, StringComparer.Ordinal) { [source] = bytes };
        var files = Manifest.Files
            .Select(f => f.Source == source ? f with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Size = bytes.Length } : f)
            .ToArray();
        return new FolderPackage(Manifest with { Files = files }, payload);
    }

    public Task CopyPayloadToAsync(PayloadFile file, Stream destination, CancellationToken cancellationToken = default)
    {
        var bytes = _payload[file.Source];
        if (file.Source == CorruptSource)
        {
            bytes = [.. bytes, 0x42];
        }

        return destination.WriteAsync(bytes, cancellationToken).AsTask();
    }
}
