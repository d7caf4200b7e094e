using Patcher.Core.Discovery;
using Patcher.Core.Platform;

namespace Patcher.Core.Verification;

/// <summary>
/// Takes the <see cref="PoisonInventory"/> before a patch: each message file the agent can see in the MTA's queue
/// (<c>&lt;MTA database path&gt;\queue\*.p1</c>, a lab MTA's layout) validated with the engine. A real MTA's queue is an
/// opaque database (<c>DB*.DAT</c>): then the inventory says so and verification relies on event 9411.
/// </summary>
public static class PoisonSurvey
{
    /// <summary>The folder of queued messages inside the database folder.</summary>
    public const string QueueFolder = "queue";

    /// <summary>The extension of a queued message file.</summary>
    public const string MessageExtension = ".p1";

    /// <summary>The largest message file inspected; a P1 message in the lab is a few hundred bytes.</summary>
    public const long MaxMessageBytes = 16 * 1024 * 1024;

    /// <summary>The inventory of <paramref name="installation"/>'s queue now.</summary>
    public static PoisonInventory Take(HostPlatform host, MtaInstallation installation, IP1Inspector inspector)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(inspector);
        var now = host.Time.GetUtcNow();
        if (FindQueue(host.Files, installation.DatabasePath) is not { } queue || !Directory.Exists(queue))
        {
            return PoisonInventory.Opaque(now);
        }

        var files = Directory.EnumerateFiles(queue)
            .Where(f => Path.GetFileName(f) is { } name && !name.StartsWith('.') && name.EndsWith(MessageExtension, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var poison = new List<PoisonMessage>();
        var inspected = 0;
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                if (new FileInfo(file).Length > MaxMessageBytes)
                {
                    continue;
                }

                bytes = File.ReadAllBytes(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // taken off the queue while we looked
            }

            inspected++;
            if (inspector.Rejection(bytes) is { } rejection)
            {
                poison.Add(new PoisonMessage(Path.GetFileName(file), rejection));
            }
        }

        return new PoisonInventory(now, true, inspected, poison);
    }

    /// <summary>The local path of the database's queue folder (any case, as on Windows), or null when there is none.</summary>
    internal static string? FindQueue(IFileSystem files, string databasePath) => FindChild(files, databasePath, QueueFolder);

    /// <summary>The local path of <paramref name="name"/> inside the database folder, or null when there is none.</summary>
    internal static string? FindChild(IFileSystem files, string databasePath, string name)
    {
        string database;
        try
        {
            database = files.ToLocalPath(databasePath);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return Directory.Exists(database)
            ? Directory.EnumerateFileSystemEntries(database).FirstOrDefault(e => Path.GetFileName(e).Equals(name, StringComparison.OrdinalIgnoreCase))
            : null;
    }
}
