using Patcher.Agent.Cli;
using Patcher.Core.Assessment;
using Patcher.Core.Health;

namespace Patcher.Agent.Scan;

/// <summary>
/// The exit codes of <c>patcher check</c> (and of <c>scan</c>'s 0 and 2), from the one scheme in <see cref="ExitCodes"/>.
/// Over several installations the worst wins, in the order of <see cref="Severity"/>.
/// </summary>
internal static class CheckExitCodes
{
    /// <summary>Every installation carries the fix (or the fix does not apply to it) and is healthy; or there is none.</summary>
    public const int Success = ExitCodes.Success;

    /// <summary>Usage error, no host to look at (patcher off Windows, patcher-lab without a lab host), or the host could not be read.</summary>
    public const int Error = ExitCodes.Error;

    /// <summary>An installation is vulnerable: its fix files are below the hotfix.</summary>
    public const int Vulnerable = ExitCodes.Vulnerable;

    /// <summary>An installation is half-patched: its fix files disagree.</summary>
    public const int HalfPatched = ExitCodes.HalfPatched;

    /// <summary>The files carry the fix, but the running MTA loaded other files (issue 15).</summary>
    public const int FixNotRunning = ExitCodes.FixNotRunning;

    /// <summary>An MTA is hung, stopped with 1067, stopped, or has no service.</summary>
    public const int Unhealthy = ExitCodes.Unhealthy;

    /// <summary>A verdict could not be reached: a fix file is unreadable, or the service's state is pending or refused.</summary>
    public const int Indeterminate = ExitCodes.Indeterminate;

    /// <summary>Worst first.</summary>
    private static readonly int[] Severity = [Error, Vulnerable, FixNotRunning, HalfPatched, Unhealthy, Indeterminate, Success];

    /// <summary>The code one installation earns: the worse of its fix verdict and its health.</summary>
    public static int For(FixVerdict? fix, HealthVerdict health) => Worst(
        fix switch
        {
            FixVerdict.Vulnerable => Vulnerable,
            FixVerdict.HalfPatched => HalfPatched,
            FixVerdict.FixNotRunning => FixNotRunning,
            FixVerdict.Unknown => Indeterminate,
            _ => Success,
        },
        health switch
        {
            HealthVerdict.Healthy => Success,
            HealthVerdict.Unknown => Indeterminate,
            _ => Unhealthy,
        });

    /// <summary>The worst of <paramref name="codes"/>; <see cref="Success"/> when there are none.</summary>
    public static int Worst(params IEnumerable<int> codes) =>
        codes.DefaultIfEmpty(Success).MinBy(code => Array.IndexOf(Severity, code));

    /// <summary>The code's name in JSON: <c>ok</c>, <c>vulnerable</c>, <c>half-patched</c>, <c>fix-not-running</c>, <c>unhealthy</c>, <c>indeterminate</c>.</summary>
    public static string Name(int code) => code switch
    {
        Success => "ok",
        Vulnerable => "vulnerable",
        HalfPatched => "half-patched",
        FixNotRunning => "fix-not-running",
        Unhealthy => "unhealthy",
        Indeterminate => "indeterminate",
        _ => "error",
    };
}
