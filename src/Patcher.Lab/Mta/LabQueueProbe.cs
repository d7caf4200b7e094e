using Patcher.Core.Platform;
using Patcher.Lab.Files;

namespace Patcher.Lab.Mta;

/// <summary>
/// Reads a lab MTA's progress from its database (<c>progress.json</c>, see <see cref="LabMtaProgress"/>). The queue
/// length is counted in the queue folder itself when it exists, because a hung MTA publishes nothing while messages
/// keep arriving.
/// </summary>
/// <param name="files">The lab host's drives.</param>
public sealed class LabQueueProbe(LabFileSystem files) : IMtaQueueProbe
{
    /// <inheritdoc />
    public QueueProgress? Read(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        LabMtaDatabase database;
        try
        {
            database = LabMtaDatabase.At(files, databasePath);
        }
        catch (ArgumentException)
        {
            return null; // not a path on this lab host: unknown
        }

        if (LabMtaProgress.TryRead(database.ProgressFile) is not { } progress)
        {
            return null;
        }

        var queueLength = Directory.Exists(database.QueueFolder) ? database.QueuedMessages().Count : progress.QueueLength;
        return new QueueProgress(queueLength, progress.Processed, progress.Rejected, progress.LastProgressUtc);
    }
}
