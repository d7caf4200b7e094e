namespace Patcher.Lab.Mta;

/// <summary>The lab MTA process's exit codes. An abnormal end (the pre-fix engine on a recovered poison message) is none of these.</summary>
public static class LabMtaExitCodes
{
    /// <summary>Stopped when asked (even if a message was left in flight).</summary>
    public const int Stopped = 0;

    /// <summary>The registry does not say where the MTA is installed, or the installation is incomplete.</summary>
    public const int NotInstalled = 1;

    /// <summary>The engine (<c>BIN\X400OM.DLL</c>) is missing or does not export the transfer entry point.</summary>
    public const int EngineUnavailable = 2;

    /// <summary>A start failure requested by host.json <c>mtaStartFailures</c> (for retry tests).</summary>
    public const int SimulatedStartFailure = 3;
}
