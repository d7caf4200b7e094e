using System.Globalization;
using Patcher.Core.Discovery;
using Patcher.Core.Reporting;
using Patcher.Core.Verification;

namespace Patcher.Core.RunningModules;

/// <summary>
/// The <c>running-the-fix</c> check (issue 15): the MTA process loaded each fix file from the path it is installed at,
/// with the expected hash, at a version that carries the fix. Files on disk prove what is installed; only this proves
/// what runs (another copy found first on the DLL search path, an image path pointing elsewhere, a process never
/// restarted).
/// </summary>
public static class RunningFixJudge
{
    /// <summary>Held when every expected module is loaded as expected; failed, naming what was loaded from where; unknown when unreadable.</summary>
    public static RecoveryCheck Judge(LoadedModuleRead read, RunningFixExpectation expected)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(expected);
        const string name = VerificationCheckNames.RunningTheFix;
        var pid = read.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (read.Problem is { } problem)
        {
            return new(name, RecoveryCheckState.Unknown, $"the modules of pid {pid} cannot be read: {problem}");
        }

        var failed = new List<string>();
        var unknown = new List<string>();
        var held = new List<string>();
        foreach (var module in expected.Modules)
        {
            var loaded = read.Modules.Where(m => m.Name.Equals(module.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (loaded.Count == 0)
            {
                failed.Add($"{module.Name} is not loaded (expected from {module.HostPath})");
                continue;
            }

            foreach (var one in loaded)
            {
                var (state, line) = JudgeOne(one, module, expected);
                (state switch { RecoveryCheckState.Failed => failed, RecoveryCheckState.Unknown => unknown, _ => held }).Add(line);
            }
        }

        var seen = held.Count == 0 ? string.Empty : "; as expected: " + string.Join("; ", held);
        if (failed.Count > 0)
        {
            return new(name, RecoveryCheckState.Failed, $"pid {pid} does not run the expected files ({expected.Source}): {string.Join("; ", failed.Concat(unknown))}{seen}");
        }

        return unknown.Count > 0
            ? new(name, RecoveryCheckState.Unknown, $"pid {pid}: {string.Join("; ", unknown)}{seen}")
            : new(name, RecoveryCheckState.Held, $"pid {pid} loaded {string.Join("; ", held)}{(expected.Baseline is null ? "" : $" (carries {expected.Baseline.KbArticle})")}");
    }

    private static (RecoveryCheckState State, string Line) JudgeOne(LoadedModule loaded, ExpectedModule module, RunningFixExpectation expected)
    {
        if (!HostPath.Same(WithoutLongPathPrefix(loaded.HostPath), module.HostPath))
        {
            return (RecoveryCheckState.Failed, $"{loaded.Describe()}, not from {module.HostPath}");
        }

        if (loaded.Sha256 is null || module.Sha256 is null)
        {
            return (RecoveryCheckState.Unknown, loaded.Sha256 is null
                ? loaded.Describe()
                : $"{loaded.Describe()}, but the hash of {module.HostPath} cannot be read");
        }

        if (!loaded.Sha256.Equals(module.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return (RecoveryCheckState.Failed, $"{loaded.Describe()}: {expected.Source} has sha256 {LoadedModule.Abbreviate(module.Sha256)}");
        }

        if (expected.Baseline is { } baseline)
        {
            if (loaded.Version is not { } version)
            {
                return (RecoveryCheckState.Unknown, loaded.Describe());
            }

            // "Meets the baseline" here means carries the fix: the hotfix build or later, of the version the fix is for.
            if (!baseline.AppliesToVersion(version) || version < baseline.HotfixMinimum)
            {
                return (RecoveryCheckState.Failed, $"{loaded.Describe()}: below {baseline.KbArticle}'s fix {baseline.HotfixMinimum}");
            }
        }

        return (RecoveryCheckState.Held, loaded.Describe());
    }

    /// <summary><c>\\?\C:\X</c> → <c>C:\X</c>: GetModuleFileNameExW may return the long-path form.</summary>
    private static string WithoutLongPathPrefix(string path) =>
        path.StartsWith(@"\\?\", StringComparison.Ordinal) && !path.StartsWith(@"\\?\UNC\", StringComparison.OrdinalIgnoreCase) ? path[4..] : path;
}
