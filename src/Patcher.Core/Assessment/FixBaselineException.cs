namespace Patcher.Core.Assessment;

/// <summary>A fix baseline definition is unusable; <see cref="Code"/> is a stable code (<c>BL001</c>...) to search for.</summary>
public sealed class FixBaselineException : Exception
{
    /// <summary>The text is not JSON, or not a JSON object.</summary>
    public const string NotJson = "BL001";

    /// <summary>A required field is missing, empty or of the wrong JSON type.</summary>
    public const string MissingField = "BL002";

    /// <summary>A version is not <c>major.minor.build.revision</c> (or <c>appliesTo</c> not <c>major.minor</c>).</summary>
    public const string BadVersion = "BL003";

    /// <summary>The fields contradict each other (no fix files, versions of another product, hotfix above baseline).</summary>
    public const string Inconsistent = "BL004";

    /// <summary>The <c>schemaVersion</c> is not one this agent reads.</summary>
    public const string UnsupportedSchema = "BL005";

    /// <summary>Creates the exception; the message starts with the code.</summary>
    public FixBaselineException(string code, string detail, Exception? innerException = null)
        : base($"{code}: fix baseline: {detail}", innerException)
    {
        Code = code;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }
}
