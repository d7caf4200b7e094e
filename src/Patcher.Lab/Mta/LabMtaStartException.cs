namespace Patcher.Lab.Mta;

/// <summary>The lab MTA cannot start; <see cref="ExitCode"/> is what its process exits with (<see cref="LabMtaExitCodes"/>).</summary>
internal sealed class LabMtaStartException : Exception
{
    public LabMtaStartException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}
