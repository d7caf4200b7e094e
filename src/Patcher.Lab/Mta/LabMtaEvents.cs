using Patcher.Core.Exchange;
using Patcher.Core.Platform;

namespace Patcher.Lab.Mta;

/// <summary>The Application-log events the lab MTA writes (source <c>MSExchangeMTA</c>), worded for an operator.</summary>
internal static class LabMtaEvents
{
    /// <summary>9298: started, with the engine's file version.</summary>
    public static EventLogEntry Started(DateTimeOffset time, string mtaName, LabMtaInstallation installation, LabMtaEngine engine) =>
        Entry(ExchangeEvents.MtaStarted, EventLevel.Information, time,
            $"The Message Transfer Agent {mtaName} has started. X.400 engine {installation.EngineHostPath} file version {engine.FileVersion} ({engine.Description}). Database: {installation.DatabaseHostPath}.");

    /// <summary>9299: stopped, with the engine's file version and any message left in flight.</summary>
    public static EventLogEntry Stopped(DateTimeOffset time, string mtaName, LabMtaEngine engine, string? leftInFlight) =>
        Entry(ExchangeEvents.MtaStopped, EventLevel.Information, time,
            $"The Message Transfer Agent {mtaName} has stopped. X.400 engine file version {engine.FileVersion}."
            + (leftInFlight is null ? string.Empty : $" Message {leftInFlight} was still being processed and remains in the queue."));

    /// <summary>9411: a message rejected as malformed; the engine's detail says why and whether an NDR was returned.</summary>
    public static EventLogEntry Rejected(DateTimeOffset time, string message, string detail, string? ndrHostPath, string keptHostPath) =>
        Entry(ExchangeEvents.MtaMessageRejected, EventLevel.Warning, time,
            $"Message {message} was rejected as malformed: {detail}."
            + (ndrHostPath is null ? string.Empty : $" Non-delivery report: {ndrHostPath}.")
            + $" The message is kept in {keptHostPath}.");

    /// <summary>9405: the engine failed in a way it should not (an exception, or a verdict it does not define).</summary>
    public static EventLogEntry UnexpectedError(DateTimeOffset time, string what) =>
        Entry(ExchangeEvents.MtaUnexpectedError, EventLevel.Error, time, what);

    private static EventLogEntry Entry(int id, EventLevel level, DateTimeOffset time, string message) =>
        new(EventLogEntry.ApplicationLog, ExchangeEvents.MtaSource, id, level, time, message);
}
