using Patcher.Core.Discovery;

namespace Patcher.Core.Apply;

/// <summary>What applying a verified package to one installation would do: the <c>--what-if</c> output, and apply's input.</summary>
/// <param name="Installation">The installation.</param>
/// <param name="Kb">The KB article, e.g. <c>Q248732</c>.</param>
/// <param name="PackageId">The package id.</param>
/// <param name="PackageVersion">The package version.</param>
/// <param name="PackageSha256">The package file's SHA-256.</param>
/// <param name="Files">Every payload file, with what it replaces.</param>
/// <param name="Services">The services to stop, in stop order (dependents first, the MTA last), with their states now.</param>
/// <param name="StateFolder">Patcher's state folder on the installation's volume (journal, staging, backups).</param>
public sealed record ApplyPlan(
    MtaInstallation Installation,
    string Kb,
    string PackageId,
    string PackageVersion,
    string PackageSha256,
    IReadOnlyList<PlannedFile> Files,
    IReadOnlyList<PlannedService> Services,
    string StateFolder)
{
    /// <summary>Whether every target already is the payload: apply then changes nothing.</summary>
    public bool NothingToDo => Files.All(file => !file.NeedsSwap);

    /// <summary>The services to start again, in start order (the stop order reversed): those that were running.</summary>
    public IReadOnlyList<PlannedService> StartOrder => Services.Reverse().Where(service => service.WasRunning).ToArray();
}
