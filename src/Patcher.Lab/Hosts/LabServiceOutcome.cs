using Patcher.Core.Platform;

namespace Patcher.Lab.Hosts;

/// <summary>What became of one service when <c>lab start</c> or <c>lab stop</c> worked on it.</summary>
/// <param name="Name">The service name.</param>
/// <param name="Succeeded">Whether it reached the state asked for (running or stopped).</param>
/// <param name="State">Its state at the end.</param>
/// <param name="Win32ExitCode">Its Win32 exit code at the end, or the Win32 error that refused the request.</param>
/// <param name="ProcessId">Its process id at the end (0 when stopped).</param>
/// <param name="Detail">What happened, for a person.</param>
public sealed record LabServiceOutcome(string Name, bool Succeeded, ServiceState State, int Win32ExitCode, int ProcessId, string Detail);
