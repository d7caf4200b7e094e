using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>A file in the report folder that could not be used: listed in the fleet report, never fatal to it.</summary>
/// <param name="File">The file's name in the folder.</param>
/// <param name="Code">A stable code: <c>RP001</c>–<c>RP003</c> (<see cref="HostReportFormatException"/>) or <see cref="Unreadable"/>.</param>
/// <param name="Message">What is wrong, for a human.</param>
internal sealed record FleetReportProblem(string File, string Code, string Message)
{
    /// <summary>RP010: the file could not be read (I/O error, access denied, larger than the limit).</summary>
    public const string Unreadable = "RP010";
}
