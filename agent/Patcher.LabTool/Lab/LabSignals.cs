using System.Runtime.InteropServices;

namespace Patcher.LabTool.Lab;

/// <summary>The signals a lab daemon or service answers: SIGTERM is its stop control; terminal interrupts are not for it.</summary>
internal static class LabSignals
{
    /// <summary>Cancels <paramref name="stopping"/> on SIGTERM instead of letting the runtime end the process.</summary>
    public static IDisposable OnTerminate(CancellationTokenSource stopping)
    {
        ArgumentNullException.ThrowIfNull(stopping);
        return PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stopping.Cancel();
        });
    }

    /// <summary>Ignores SIGINT, SIGQUIT and SIGHUP: a Windows service never sees its console's Ctrl+C.</summary>
    public static IDisposable IgnoreInterrupts() => new Registrations(
        [PosixSignal.SIGINT, PosixSignal.SIGQUIT, PosixSignal.SIGHUP]);

    private sealed class Registrations(PosixSignal[] signals) : IDisposable
    {
        private readonly PosixSignalRegistration[] _registrations =
            signals.Select(s => PosixSignalRegistration.Create(s, signal => signal.Cancel = true)).ToArray();

        public void Dispose()
        {
            foreach (var registration in _registrations)
            {
                registration.Dispose();
            }
        }
    }
}
