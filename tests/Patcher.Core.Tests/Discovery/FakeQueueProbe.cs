using Patcher.Core.Platform;

namespace Patcher.Core.Tests.Discovery;

/// <summary>Queue progress per database path.</summary>
internal sealed class FakeQueueProbe : IMtaQueueProbe
{
    public Dictionary<string, QueueProgress> Progress { get; } = new(StringComparer.OrdinalIgnoreCase);

    public QueueProgress? Read(string databasePath) => Progress.GetValueOrDefault(databasePath);
}
