namespace Patcher.Core.Discovery;

/// <summary>One MTA installation on a host, with the evidence it was found from.</summary>
/// <param name="ServiceName">The MTA's service, e.g. <c>MSExchangeMTA</c>; null when only Setup and the files record it.</param>
/// <param name="DisplayName">The service's display name (event messages use it); null without a service.</param>
/// <param name="ImagePath">The MTA executable's host path, e.g. <c>C:\EXCHSRVR\BIN\EMSMTA.EXE</c>.</param>
/// <param name="InstallRoot">The installation root (the folder above <c>BIN</c>), e.g. <c>C:\EXCHSRVR</c>.</param>
/// <param name="DependOnService">The services the MTA depends on, as the SCM reports them.</param>
/// <param name="DatabasePath">The queue database folder (Parameters' <c>MTA database path</c>, else <c>&lt;root&gt;\MTADATA</c>).</param>
/// <param name="RunDirectory">Parameters' <c>MTA Run Directory</c>, when set.</param>
/// <param name="CleanStopMarkerPresent">Whether <c>DBBITMP.DAT</c> is in the database folder (false: an unclean stop); null when the folder is missing.</param>
/// <param name="SetupRoot">Setup's <c>Services</c> value (the install root it records), when set.</param>
/// <param name="NewestBuild">Setup's <c>NewestBuild</c> (the service-pack build; hotfixes leave it alone), when set.</param>
/// <param name="Files">The MTA's files and their versions: <c>EMSMTA.EXE</c>, <c>X400OM.DLL</c>, and <c>MTAMSG.DLL</c> when present.</param>
/// <param name="RegistryValues">Every registry value looked at, including absent ones.</param>
/// <param name="Disagreements">Where the registry, the SCM and the files disagree.</param>
public sealed record MtaInstallation(
    string? ServiceName,
    string? DisplayName,
    string ImagePath,
    string InstallRoot,
    IReadOnlyList<string> DependOnService,
    string DatabasePath,
    string? RunDirectory,
    bool? CleanStopMarkerPresent,
    string? SetupRoot,
    int? NewestBuild,
    IReadOnlyList<MtaFileEvidence> Files,
    IReadOnlyList<RegistryEvidence> RegistryValues,
    IReadOnlyList<Disagreement> Disagreements)
{
    /// <summary>The evidence for file <paramref name="name"/> (case-insensitive), or null when discovery did not look at it.</summary>
    public MtaFileEvidence? FindFile(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Files.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
