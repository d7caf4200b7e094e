using System.Text.Json;
using Patcher.Core.Files;

namespace Patcher.Core.Rollout;

/// <summary>
/// Where a ring's gate lives and how it is written and read: <c>&lt;report share&gt;\gates\&lt;ring&gt;.json</c>, written
/// atomically by <c>patcher report</c> and read by the agent bounded (<see cref="BoundedFile"/>, <see cref="MaxBytes"/>),
/// as a file anyone on the share could have written.
/// </summary>
public static class RingGateFile
{
    /// <summary>The folder of gate files in the report share.</summary>
    public const string Folder = "gates";

    /// <summary>A gate is a few hundred bytes; anything past this is not one.</summary>
    public const int MaxBytes = 16 * 1024;

    /// <summary>The gate file of <paramref name="ring"/> in <paramref name="share"/>.</summary>
    public static string PathOf(string share, string ring)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(share);
        if (!RingName.IsValid(ring))
        {
            throw new ArgumentException($"'{ring}' is not a ring name.", nameof(ring));
        }

        return Path.Combine(share, Folder, ring + ".json");
    }

    /// <summary>Writes <paramref name="gate"/> into <paramref name="share"/>, replacing the old one atomically; returns its path.</summary>
    public static string Write(string share, RingGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var path = PathOf(share, gate.Ring);
        AtomicFile.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(gate, RingGateJsonContext.Default.RingGate));
        return path;
    }

    /// <summary>
    /// Reads the gate of <paramref name="ring"/> from <paramref name="share"/>. Returns null with <paramref name="problem"/>
    /// (one line) when it is missing, not a regular file, too large, not a gate, or a gate for another ring.
    /// </summary>
    public static RingGate? TryRead(string share, string ring, out string problem)
    {
        var path = PathOf(share, ring);
        problem = string.Empty;
        RingGate? gate;
        try
        {
            if (!File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
            {
                problem = $"its gate {path} does not exist (patcher report has not opened it)";
                return null;
            }

            gate = JsonSerializer.Deserialize(BoundedFile.Read(path, MaxBytes, refuseLinks: true), RingGateJsonContext.Default.RingGate);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            problem = $"its gate {path} is unreadable: {OneLine(e.Message)}";
            return null;
        }

        problem = gate switch
        {
            null => $"its gate {path} is not a gate (null)",
            { Format: not RingGate.CurrentFormat } => $"its gate {path} is not a gate (format '{OneLine(gate.Format)}', not '{RingGate.CurrentFormat}')",
            _ when !string.Equals(gate.Ring, ring, StringComparison.Ordinal) => $"its gate {path} is for ring '{OneLine(gate.Ring)}', not {ring}: forged or misplaced",
            { State: not (RingGate.Open or RingGate.Closed) } => $"its gate {path} has state '{OneLine(gate.State)}', neither open nor closed",
            _ => string.Empty,
        };
        return problem.Length == 0 ? gate : null;
    }

    /// <summary>A message from a hostile file cut to one short line.</summary>
    internal static string OneLine(string? text)
    {
        var line = new string((text ?? string.Empty).Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return line.Length <= 200 ? line : line[..200] + "...";
    }
}
