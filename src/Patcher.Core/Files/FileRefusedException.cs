namespace Patcher.Core.Files;

/// <summary>
/// A file given to the agent was not read: missing, not a regular file, over its cap, or unreadable. An
/// <see cref="IOException"/>, so callers that already turn I/O failures into one line keep doing so; the message names
/// the file and says what was wrong.
/// </summary>
public sealed class FileRefusedException : IOException
{
    /// <summary>Creates the exception.</summary>
    public FileRefusedException()
        : this("?", "was refused", null)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FileRefusedException(string message)
        : this("?", message, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FileRefusedException(string message, Exception innerException)
        : this("?", message, innerException)
    {
    }

    /// <summary>A refusal of <paramref name="path"/>: <paramref name="reason"/> says why, for the operator.</summary>
    public FileRefusedException(string path, string reason, Exception? innerException)
        : base($"'{path}' {reason}", innerException)
    {
        FilePath = path;
        Reason = reason;
    }

    /// <summary>The path as given.</summary>
    public string FilePath { get; } = "?";

    /// <summary>Why, without the path: "is a FIFO (named pipe), not a regular file".</summary>
    public string Reason { get; } = "";
}
