namespace Patcher.Core.Reporting;

/// <summary>One attempt to start a service.</summary>
/// <param name="Service">The service, e.g. <c>MSExchangeMTA</c>.</param>
/// <param name="Attempt">Which attempt for this service, from 1.</param>
/// <param name="At">When it was made.</param>
/// <param name="Result">How it ended.</param>
/// <param name="Win32ExitCode">The service's Win32 exit code when it stopped (1067: it crashed); null while running.</param>
public sealed record RestartAttempt(string Service, int Attempt, DateTimeOffset At, RestartResult Result, int? Win32ExitCode = null);
