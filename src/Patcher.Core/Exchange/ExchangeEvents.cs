namespace Patcher.Core.Exchange;

/// <summary>Event ids the agent reads and writes (DOMAIN.md).</summary>
public static class ExchangeEvents
{
    /// <summary>The Service Control Manager's event source.</summary>
    public const string ScmSource = "Service Control Manager";

    /// <summary>The MTA's event source.</summary>
    public const string MtaSource = "MSExchangeMTA";

    /// <summary>SCM: the service terminated unexpectedly; it has done this N time(s); recovery action taken.</summary>
    public const int ServiceTerminatedWithRecovery = 7031;

    /// <summary>SCM: the service terminated unexpectedly.</summary>
    public const int ServiceTerminatedUnexpectedly = 7034;

    /// <summary>SCM: the service terminated with an error.</summary>
    public const int ServiceTerminatedWithError = 7023;

    /// <summary>SCM: the service terminated with a service-specific error.</summary>
    public const int ServiceSpecificError = 7024;

    /// <summary>MTA: started, with its build.</summary>
    public const int MtaStarted = 9298;

    /// <summary>MTA: stopped, with its build.</summary>
    public const int MtaStopped = 9299;

    /// <summary>MTA: an unexpected error that may terminate it.</summary>
    public const int MtaUnexpectedError = 9405;

    /// <summary>MTA: a message was rejected as malformed and a non-delivery report returned (the Q248732 fix's event).</summary>
    public const int MtaMessageRejected = 9411;

    /// <summary>MTA: a database error on a stuck message.</summary>
    public const int MtaDatabaseError = 2171;
}
