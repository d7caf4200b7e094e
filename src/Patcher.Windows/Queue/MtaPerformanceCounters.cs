namespace Patcher.Windows.Queue;

/// <summary>
/// The Exchange 5.5 MTA's performance counters (object <c>MSExchangeMTA</c>, one instance per server; its counter
/// library is MTAPERF.DLL). They exist only while the MTA's counters are installed and loaded.
/// </summary>
internal static class MtaPerformanceCounters
{
    /// <summary>Messages waiting in the MTA's work queue: an instantaneous count.</summary>
    public const string WorkQueueLength = @"\MSExchangeMTA\Work Queue Length";

    /// <summary>
    /// Messages the MTA has sent on since it started (relayed, and NDRs returned): a raw total that grows while the MTA
    /// takes messages off its queue, and resets when it restarts.
    /// </summary>
    public const string OutboundMessagesTotal = @"\MSExchangeMTA\Outbound Messages Total";
}
