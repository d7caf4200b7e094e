namespace Patcher.Core.Reporting;

/// <summary>A host report that cannot be read: not JSON, not this schema, or a value out of its domain. Carries a stable code.</summary>
public sealed class HostReportFormatException : Exception
{
    /// <summary>RP001: not a host report (not JSON, a field missing or of the wrong type, an unknown name).</summary>
    public const string Invalid = "RP001";

    /// <summary>RP002: a <c>schemaVersion</c> this agent does not read.</summary>
    public const string UnsupportedSchema = "RP002";

    /// <summary>RP003: a value outside its domain (an empty host, a run id that cannot name a file, finished before started).</summary>
    public const string InvalidValue = "RP003";

    /// <summary>Creates the exception.</summary>
    public HostReportFormatException()
        : this(Invalid, "The host report is invalid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public HostReportFormatException(string message)
        : this(Invalid, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public HostReportFormatException(string message, Exception innerException)
        : this(Invalid, message, innerException)
    {
    }

    /// <summary>Creates the exception with its <paramref name="code"/>.</summary>
    public HostReportFormatException(string code, string message, Exception? innerException = null)
        : base($"{code}: {message}", innerException) => Code = code;

    /// <summary>The stable code, <c>RP0xx</c>.</summary>
    public string Code { get; }
}
