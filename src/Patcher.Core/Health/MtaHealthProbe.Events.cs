using Patcher.Core.Discovery;
using Patcher.Core.Exchange;
using Patcher.Core.Platform;

namespace Patcher.Core.Health;

public sealed partial class MtaHealthProbe
{
    private static readonly int[] ScmFailureEvents =
    [
        ExchangeEvents.ServiceTerminatedWithRecovery,
        ExchangeEvents.ServiceTerminatedUnexpectedly,
        ExchangeEvents.ServiceTerminatedWithError,
        ExchangeEvents.ServiceSpecificError,
    ];

    /// <summary>The SCM's 7031/7034/7023/7024 events within the lookback that name this MTA's service or display name.</summary>
    private List<EventLogEntry> ReadScmEvents(MtaInstallation installation, DateTimeOffset now)
    {
        var names = new[] { installation.ServiceName, installation.DisplayName }.OfType<string>().Where(n => n.Length > 0).ToArray();
        return _host.EventLog.Read(EventLogEntry.SystemLog, now - _options.EventLookback)
            .Where(entry => entry.Source.Equals(ExchangeEvents.ScmSource, StringComparison.OrdinalIgnoreCase)
                && ScmFailureEvents.Contains(entry.EventId)
                && Array.Exists(names, name => entry.Message.Contains(name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }
}
