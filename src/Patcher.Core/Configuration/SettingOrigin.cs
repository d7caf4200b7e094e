namespace Patcher.Core.Configuration;

/// <summary>Where one setting's value came from.</summary>
/// <param name="Source">The layer.</param>
/// <param name="Location">The registry value (<c>HKLM\...\Mode</c>), the file, or <c>built-in</c>.</param>
public sealed record SettingOrigin(SettingSource Source, string Location)
{
    /// <summary>The built-in default.</summary>
    public static SettingOrigin BuiltIn { get; } = new(SettingSource.Default, "built-in");

    /// <summary>The name <c>patcher config show</c> prints: default, file, HKLM\Software\Patcher\Agent or policy.</summary>
    public string SourceName => Source switch
    {
        SettingSource.File => "file",
        SettingSource.AgentKey => AgentSettingsLocations.AgentKey,
        SettingSource.Policy => "policy",
        _ => "default",
    };
}
