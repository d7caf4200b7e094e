using Patcher.Core.Platform;
using Patcher.Core.Reporting;

namespace Patcher.Core.Apply;

/// <summary>
/// The one line for services an undo or a rollback left stopped (issue 12: the agent restarts what it stopped, or says
/// which are stopped and why): <see cref="ApplyException.ServicesLeftStopped"/> with event 1061.
/// </summary>
internal static class ServicesLeftStopped
{
    /// <summary>The failure: <paramref name="what"/> happened, then the services and why they are stopped; the event is written.</summary>
    public static ApplyException Report(HostPlatform host, string what, IReadOnlyCollection<string> stopped, string why, Exception? cause = null)
    {
        var message = $"{what} Services left stopped: {string.Join(", ", stopped)}: {why}";
        ApplyEvents.Write(host, HostReportEvents.ServicesLeftStopped, EventLevel.Error, message);
        return new ApplyException(ApplyException.ServicesLeftStopped, message, cause);
    }

    /// <summary>Why services stay stopped on files an undo could not make consistent.</summary>
    public const string OnMixedFiles =
        "Patcher does not start them on files that may be mixed: fix the cause and run patcher rollback (it finishes the operation), or start them by hand once the files are consistent.";
}
