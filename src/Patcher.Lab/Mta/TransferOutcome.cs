namespace Patcher.Lab.Mta;

/// <summary>How a message's processing ended.</summary>
internal enum TransferOutcome
{
    /// <summary>Relayed or rejected, and taken off the queue.</summary>
    Done = 0,

    /// <summary>The MTA was told to stop while the engine had not returned: the message stays in flight.</summary>
    LeftInFlight = 1,
}
