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

    /// <summary>
    /// The SCM's 7031/7034/7023/7024 events within the lookback that name this MTA's service or display name; when the
    /// System log cannot be read, none, and the read's problem says why (the verdict's reason carries it).
    /// </summary>
    private EventLogRead ReadScmEvents(MtaInstallation installation, DateTimeOffset now)
    {
        var names = new[] { installation.ServiceName, installation.DisplayName }.OfType<string>().Where(n => n.Length > 0).ToArray();
        var read = _host.EventLog.TryRead(EventLogEntry.SystemLog, now - _options.EventLookback);
        return read with
        {
            Entries = [.. read.Entries.Where(entry => entry.Source.Equals(ExchangeEvents.ScmSource, StringComparison.OrdinalIgnoreCase)
                && ScmFailureEvents.Contains(entry.EventId)
                && Array.Exists(names, name => entry.Message.Contains(name, StringComparison.OrdinalIgnoreCase)))],
        };
    }
}
