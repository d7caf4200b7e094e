namespace Patcher.Core.Configuration;

/// <summary>One setting as the agent will use it: its name, its value as text, and where it came from.</summary>
/// <param name="Name">The setting's name: the registry value name and the JSON property name.</param>
/// <param name="Value">The effective value, as an admin would write it.</param>
/// <param name="Origin">Where the value came from.</param>
/// <param name="Problem">Why the value given there was refused, or null.</param>
public sealed record EffectiveSetting(string Name, string Value, SettingOrigin Origin, string? Problem = null);
