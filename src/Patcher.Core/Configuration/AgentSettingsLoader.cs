using System.Globalization;
using Patcher.Core.Platform;

namespace Patcher.Core.Configuration;

/// <summary>
/// Loads the agent's settings in rising precedence: built-in defaults, <c>patcher.settings.json</c>,
/// <c>HKLM\Software\Patcher\Agent</c> (the MSI), <c>HKLM\Software\Policies\Patcher\Agent</c> (Group Policy).
/// A value a layer gives is used or refused, never silently skipped: a refused value is a problem, and the setting
/// keeps its default so that nothing half-configured runs.
/// </summary>
public static class AgentSettingsLoader
{
    /// <summary>Loads the layers from <paramref name="registry"/> (HKLM) and <paramref name="settingsFile"/> (may be missing).</summary>
    public static LayeredAgentSettings Load(IRegistry registry, string? settingsFile)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var problems = new List<string>();
        var file = AgentSettingsFile.Read(settingsFile, problems);
        var draft = new AgentSettingsDraft();
        var origins = new Dictionary<string, (SettingOrigin Origin, string? Problem)>(StringComparer.Ordinal);
        foreach (var definition in AgentSettingCatalog.All)
        {
            var (raw, origin) = Find(definition, registry, file, settingsFile);
            string? problem = null;
            if (raw is not null)
            {
                problem = definition.Apply(raw, draft);
                if (problem is not null)
                {
                    problem = $"{definition.Name} = '{raw}' from {origin.Location} {problem}.";
                    problems.Add(problem);
                }
            }

            origins[definition.Name] = (origin, problem);
        }

        var settings = Finish(draft, origins, problems);
        var entries = AgentSettingCatalog.All
            .Select(d => new EffectiveSetting(d.Name, d.Show(draft), origins[d.Name].Origin, origins[d.Name].Problem))
            .ToArray();
        return new LayeredAgentSettings(settings, entries, problems, settingsFile);
    }

    private static (string? Raw, SettingOrigin Origin) Find(
        AgentSettingDefinition definition, IRegistry registry, Dictionary<string, string> file, string? settingsFile)
    {
        foreach (var (key, source) in new[] { (AgentSettingsLocations.PolicyKey, SettingSource.Policy), (AgentSettingsLocations.AgentKey, SettingSource.AgentKey) })
        {
            if (ReadRegistry(registry, key, definition) is { } found)
            {
                return (found.Raw, new SettingOrigin(source, found.Location));
            }
        }

        return file.TryGetValue(definition.Name, out var raw) && !string.IsNullOrWhiteSpace(raw)
            ? (raw, new SettingOrigin(SettingSource.File, settingsFile!))
            : (null, SettingOrigin.BuiltIn);
    }

    /// <summary>A value, as text; an empty value is no value (an ADMX text left blank, a blank MSI property).</summary>
    private static (string Raw, string Location)? ReadRegistry(IRegistry registry, string key, AgentSettingDefinition definition)
    {
        var raw = ToRaw(registry.GetValue(key, definition.Name));
        if (!string.IsNullOrWhiteSpace(raw))
        {
            return (raw, $@"{key}\{definition.Name}");
        }

        if (definition.IsList)
        {
            // An ADMX <list> writes one value per item under a subkey named after the setting.
            var listKey = $@"{key}\{definition.Name}";
            var items = registry.GetValueNames(listKey).OrderBy(ListPosition).ThenBy(name => name, StringComparer.OrdinalIgnoreCase).Select(name => ToRaw(registry.GetValue(listKey, name))).Where(item => !string.IsNullOrWhiteSpace(item)).ToArray();
            if (items.Length > 0)
            {
                return (string.Join(";", items), listKey);
            }
        }

        return null;
    }

    /// <summary>An ADMX list with no prefix names its values 1, 2, 3...: the ring order depends on reading them in that order.</summary>
    private static long ListPosition(string name) =>
        long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : long.MaxValue;

    private static string? ToRaw(RegistryValue? value) => value?.Kind switch
    {
        RegistryValueKind.DWord => value.Number?.ToString(CultureInfo.InvariantCulture),
        RegistryValueKind.MultiSz => string.Join(";", value.Lines ?? []),
        RegistryValueKind.ExpandSz => Environment.ExpandEnvironmentVariables(value.Text ?? ""),
        _ => value?.Text,
    };

    /// <summary>Checks what no single setting can: the window's parts agree, apply has what it needs, the restart policy holds.</summary>
    private static AgentSettings Finish(AgentSettingsDraft draft, Dictionary<string, (SettingOrigin Origin, string? Problem)> origins, List<string> problems)
    {
        var settings = draft.Settings;
        string From(string name) => origins[name].Origin.Location;
        switch (draft.WindowStart, draft.WindowEnd)
        {
            case ({ } start, { } end) when start == end:
                problems.Add($"{AgentSettingNames.MaintenanceWindowStart} and {AgentSettingNames.MaintenanceWindowEnd} are both {SettingText.ShowTime(start)}: a window needs a length. Clear both to run at any time.");
                break;
            case ({ } start, { } end):
                settings = settings with { MaintenanceWindow = new MaintenanceWindow(start, end, draft.WindowDays) };
                break;
            case ({ }, null):
                problems.Add($"{AgentSettingNames.MaintenanceWindowStart} is set (from {From(AgentSettingNames.MaintenanceWindowStart)}) but {AgentSettingNames.MaintenanceWindowEnd} is not: set both, or neither to run at any time.");
                break;
            case (null, { }):
                problems.Add($"{AgentSettingNames.MaintenanceWindowEnd} is set (from {From(AgentSettingNames.MaintenanceWindowEnd)}) but {AgentSettingNames.MaintenanceWindowStart} is not: set both, or neither to run at any time.");
                break;
        }

        if (settings.Mode == AgentMode.ScanAndApply)
        {
            if (settings.PackageSource is null)
            {
                problems.Add($"{AgentSettingNames.Mode} is scan-and-apply (from {From(AgentSettingNames.Mode)}) but {AgentSettingNames.PackageSource} is not set: apply needs the share that holds the hotfix package. Set it, or use scan-only.");
            }

            if (settings.TrustedSigners.Count == 0)
            {
                problems.Add($"{AgentSettingNames.Mode} is scan-and-apply (from {From(AgentSettingNames.Mode)}) but {AgentSettingNames.TrustedSigners} is empty: apply installs only packages signed by a trusted signer. Add the signing certificate's SHA-256 fingerprint, or use scan-only.");
            }
        }

        var rollout = settings.Rollout with { IsRingSet = origins[AgentSettingNames.Ring].Origin.Source != SettingSource.Default };
        settings = settings with { Rollout = rollout };
        if (!rollout.Rings.Contains(rollout.Ring, StringComparer.Ordinal))
        {
            problems.Add($"{AgentSettingNames.Ring} is {rollout.Ring} (from {From(AgentSettingNames.Ring)}) but {AgentSettingNames.RingOrder} ({string.Join(";", rollout.Rings)}, from {From(AgentSettingNames.RingOrder)}) does not name it: add it there, or pick a listed ring.");
        }

        foreach (var ring in rollout.Deferrals.Keys.Where(k => !rollout.Rings.Contains(k, StringComparer.Ordinal)))
        {
            problems.Add($"{AgentSettingNames.RingDeferralHours} names ring {ring} (from {From(AgentSettingNames.RingDeferralHours)}) but {AgentSettingNames.RingOrder} does not: remove it, or add the ring.");
        }

        problems.AddRange(settings.Restart.Validate().Select(error => $"Restart settings: {error}"));
        return settings;
    }
}
