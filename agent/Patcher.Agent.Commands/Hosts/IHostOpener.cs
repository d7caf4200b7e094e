using System.CommandLine;
using System.Diagnostics.CodeAnalysis;

namespace Patcher.Agent.Hosts;

/// <summary>
/// How the commands reach the host they work on, handed in by the executable: <c>patcher</c> opens the Windows machine
/// it runs on (<see cref="WindowsHostOpener"/>); <c>patcher-lab</c> opens the lab host named by <c>--lab DIR/NAME</c>.
/// The commands are written once, over this.
/// </summary>
public interface IHostOpener
{
    /// <summary>The executable's name, for messages: <c>patcher</c> or <c>patcher-lab</c>.</summary>
    string ToolName { get; }

    /// <summary>Adds to <paramref name="command"/> the options that choose its host (none when the host is this machine).</summary>
    void AddTargetOptions(Command command);

    /// <summary>The host <paramref name="parseResult"/> chose, in the opener's own terms; null for this machine.</summary>
    string? SelectedTarget(ParseResult parseResult);

    /// <summary>Opens <paramref name="target"/>; on failure <paramref name="problem"/> says what the operator should do.</summary>
    bool TryOpen(string? target, TimeProvider time, [NotNullWhen(true)] out AgentHost? host, out string problem);
}
