using System.Text.Json.Serialization;
using Patcher.Core.Assessment;
using Patcher.Core.Health;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// One valid host report reduced to what the fleet views show of it (the table, CSV, trend and run lists): small, so a
/// fleet of 100,000 reports fits in memory; the views of the whole report wait in the <see cref="FleetIndex"/>.
/// </summary>
/// <param name="File">The report's file name in the folder.</param>
/// <param name="Host">The machine, as the report names it.</param>
/// <param name="RunId">The run.</param>
/// <param name="Mode"><c>apply</c> or <c>scan-only</c>.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Reason">Why, for an operator.</param>
/// <param name="AgentVersion">The agent's version.</param>
/// <param name="EngineVersion">The engine's version; empty when unknown.</param>
/// <param name="PackageId">The package's id; empty in scan-only runs.</param>
/// <param name="PackageVersion">The package's version; empty in scan-only runs.</param>
/// <param name="PackageSha256">The package's SHA-256; empty in scan-only runs.</param>
/// <param name="Installations">How many MTA installations were found.</param>
/// <param name="FixBefore">Fix verdicts as found, one per installation, joined with <c> | </c>.</param>
/// <param name="HealthBefore">Health as found, likewise.</param>
/// <param name="FixAfter">Fix verdicts at the end, likewise.</param>
/// <param name="HealthAfter">Health at the end, likewise.</param>
/// <param name="Versions">The MTA files before → after (<see cref="HostFileVersions.Summary"/>).</param>
/// <param name="Recovered"><c>true</c>/<c>false</c> from the last verification round; empty when none.</param>
/// <param name="FailedChecks"><c>phase:check</c> of every check that did not hold, space-separated.</param>
/// <param name="RestartAttempts">How many start attempts were made.</param>
/// <param name="LoadedModules">What the MTA was last seen running (<see cref="HostLoadedModules.Summary"/>); empty when not read.</param>
/// <param name="Ring">The rollout ring the report names; empty for a report written before rings.</param>
internal sealed record HostRun(
    string File,
    string Host,
    string RunId,
    string Mode,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    HostOutcome Outcome,
    string Reason,
    string AgentVersion,
    string EngineVersion,
    string PackageId,
    string PackageVersion,
    string PackageSha256,
    int Installations,
    string FixBefore,
    string HealthBefore,
    string FixAfter,
    string HealthAfter,
    string Versions,
    string Recovered,
    string FailedChecks,
    int RestartAttempts,
    string LoadedModules,
    string Ring)
{
    /// <summary>The key hosts are grouped by: the fleet report treats host names case-insensitively.</summary>
    [JsonIgnore]
    public string HostKey => Host.ToUpperInvariant();

    /// <summary>The size of <see cref="File"/> when it was read (what the index and a host page's inputs key on).</summary>
    [JsonIgnore]
    public long FileSize { get; init; }

    /// <summary>The modification time of <see cref="File"/> when it was read, in UTC ticks.</summary>
    [JsonIgnore]
    public long FileTicks { get; init; }

    /// <summary>The run of <paramref name="report"/>, read from <paramref name="file"/>; repeated texts taken from <paramref name="strings"/>.</summary>
    public static HostRun Of(string file, HostReport report, FleetStrings strings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(strings);
        var lastRound = report.Verifications.Count == 0 ? null : report.Verifications[^1];
        string Join(Func<ReportedInstallation, string> value) => strings.Intern(string.Join(" | ", report.Installations.Select(value)));
        return new HostRun(
            file,
            report.Host,
            report.RunId,
            report.Mode == RunMode.ScanOnly ? "scan-only" : "apply",
            report.StartedAt,
            report.FinishedAt,
            report.Outcome,
            strings.Intern(report.OutcomeReason),
            strings.Intern(report.AgentVersion),
            strings.Intern(report.EngineVersion ?? string.Empty),
            strings.Intern(report.Package?.Id ?? string.Empty),
            strings.Intern(report.Package?.Version ?? string.Empty),
            strings.Intern(report.Package?.Sha256 ?? string.Empty),
            report.Installations.Count,
            Join(i => i.Before.Fix is { } f ? f.ToName() : string.Empty),
            Join(i => i.Before.Health.ToName()),
            Join(i => i.After?.Fix is { } f ? f.ToName() : string.Empty),
            Join(i => i.After is { } a ? a.Health.ToName() : string.Empty),
            strings.Intern(HostFileVersions.Summary(report)),
            lastRound is null ? string.Empty : lastRound.Recovered ? "true" : "false",
            strings.Intern(string.Join(" ", report.Verifications.SelectMany(r => r.Checks.Where(c => !c.Held).Select(c => $"{r.Phase}:{c.Name}")))),
            report.RestartAttempts.Count,
            HostLoadedModules.Summary(report),
            strings.Intern(report.Ring ?? string.Empty));
    }

    /// <summary>This run taking its repeated texts from <paramref name="strings"/> (a run read back from the index).</summary>
    public HostRun Interned(FleetStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return this with
        {
            Reason = strings.Intern(Reason),
            AgentVersion = strings.Intern(AgentVersion),
            EngineVersion = strings.Intern(EngineVersion),
            PackageId = strings.Intern(PackageId),
            PackageVersion = strings.Intern(PackageVersion),
            PackageSha256 = strings.Intern(PackageSha256),
            FixBefore = strings.Intern(FixBefore),
            HealthBefore = strings.Intern(HealthBefore),
            FixAfter = strings.Intern(FixAfter),
            HealthAfter = strings.Intern(HealthAfter),
            Versions = strings.Intern(Versions),
            Recovered = strings.Intern(Recovered),
            FailedChecks = strings.Intern(FailedChecks),
            Mode = strings.Intern(Mode),
            Ring = strings.Intern(Ring),
        };
    }
}
