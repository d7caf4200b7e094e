using Patcher.Core.Platform;

namespace Patcher.Lab.Hosts;

/// <summary>A lab host cannot be created, found or served; <see cref="HostPlatformException.Code"/> is stable (LAB001...) and the message says what to do.</summary>
public sealed class LabHostException : HostPlatformException
{
    /// <summary>An argument is invalid (version text, counts, names).</summary>
    public const string InvalidArgument = "LAB001";

    /// <summary>The lab folder or the host folder does not exist (or is not a lab).</summary>
    public const string HostNotFound = "LAB002";

    /// <summary>The host already exists.</summary>
    public const string HostExists = "LAB003";

    /// <summary>The host's SCM daemon is not running.</summary>
    public const string NotStarted = "LAB004";

    /// <summary>The socket path is too long for the OS.</summary>
    public const string PathTooLong = "LAB005";

    /// <summary>A file the lab needs (an engine assembly) is missing.</summary>
    public const string MissingFile = "LAB006";

    /// <summary>The host's SCM daemon accepted no request, or answered none, in time: frozen.</summary>
    public const string NotAnswering = "LAB007";

    /// <summary>Creates the exception.</summary>
    public LabHostException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
