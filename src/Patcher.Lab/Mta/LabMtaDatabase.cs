using Patcher.Lab.Files;
using Patcher.Core.Files;

namespace Patcher.Lab.Mta;

/// <summary>
/// The lab MTA's database (the folder the registry's <c>MTA database path</c> names, <c>mtadata</c>): the queue, what
/// left it, and the files that say what the MTA is doing. Nothing in it is ever deleted except a relayed message's
/// queue entry (its relayed copy holds it) and the in-flight marker.
/// </summary>
public sealed class LabMtaDatabase
{
    /// <summary>The extension of a queued message: one BER-encoded MTS-APDU per file, processed in ordinal name order.</summary>
    public const string MessageExtension = ".p1";

    /// <summary>The extension of a non-delivery report written for a rejected message: <c>ndr/NAME.p1.ndr</c>.</summary>
    public const string ReportExtension = ".ndr";

    private LabMtaDatabase(string folder)
    {
        Folder = folder;
        QueueFolder = Resolve(folder, "queue");
        RelayedFolder = Resolve(folder, "relayed");
        NdrFolder = Resolve(folder, "ndr");
        RejectedFolder = Resolve(folder, "rejected");
        InFlightFile = Resolve(folder, "INFLIGHT");
        ProgressFile = Resolve(folder, "progress.json");
        StartAttemptsFile = Resolve(folder, "start-attempts");
    }

    /// <summary>The database folder (local path).</summary>
    public string Folder { get; }

    /// <summary>Messages waiting: <c>queue/*.p1</c>.</summary>
    public string QueueFolder { get; }

    /// <summary>Valid messages as handed to the next MTA, with this MTA's trace: <c>relayed/NAME</c>.</summary>
    public string RelayedFolder { get; }

    /// <summary>The NDRs returned for rejected messages: <c>ndr/NAME.ndr</c>.</summary>
    public string NdrFolder { get; }

    /// <summary>Rejected messages, kept as they arrived: <c>rejected/NAME</c>.</summary>
    public string RejectedFolder { get; }

    /// <summary>Names the message being processed; left behind when the MTA stops in the middle of one.</summary>
    public string InFlightFile { get; }

    /// <summary>The progress the MTA publishes (<see cref="LabMtaProgress"/>).</summary>
    public string ProgressFile { get; }

    /// <summary>How many times the MTA has tried to start (for host.json <c>mtaStartFailures</c>).</summary>
    public string StartAttemptsFile { get; }

    /// <summary>The database at <paramref name="folder"/> (a local path); its parts are found in any case, as on Windows.</summary>
    public static LabMtaDatabase At(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return new LabMtaDatabase(Path.GetFullPath(folder));
    }

    /// <summary>The database at <paramref name="hostPath"/> (e.g. <c>C:\EXCHSRVR\MTADATA</c>) on a lab host.</summary>
    public static LabMtaDatabase At(LabFileSystem files, string hostPath)
    {
        ArgumentNullException.ThrowIfNull(files);
        return At(files.ToLocalPath(hostPath));
    }

    /// <summary>The names of the queued messages, in the order the MTA processes them.</summary>
    public IReadOnlyList<string> QueuedMessages() =>
        !Directory.Exists(QueueFolder)
            ? []
            : Directory.EnumerateFiles(QueueFolder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => !name.StartsWith('.') && name.EndsWith(MessageExtension, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToArray();

    /// <summary>The message named by the in-flight marker, or null when there is none.</summary>
    public string? ReadInFlight() =>
        File.Exists(InFlightFile) ? File.ReadAllText(InFlightFile).Trim() is { Length: > 0 } name ? name : null : null;

    /// <summary>Creates the folders the MTA writes to.</summary>
    internal void EnsureCreated()
    {
        foreach (var folder in new[] { QueueFolder, RelayedFolder, NdrFolder, RejectedFolder })
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>Marks <paramref name="name"/> as in flight (atomically: a reader sees the old marker or the new).</summary>
    internal void WriteInFlight(string name) => AtomicFile.WriteAllText(InFlightFile, name);

    /// <summary>Clears the in-flight marker.</summary>
    internal void ClearInFlight() => File.Delete(InFlightFile);

    private static string Resolve(string folder, string name)
    {
        if (Directory.Exists(folder))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
            {
                if (Path.GetFileName(entry).Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return entry;
                }
            }
        }

        return Path.Combine(folder, name);
    }
}
