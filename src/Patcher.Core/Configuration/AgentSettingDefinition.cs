namespace Patcher.Core.Configuration;

/// <summary>One setting: its name, what it means, how a raw value is applied, and how the effective value is shown.</summary>
/// <param name="Name">The registry value name and JSON property name (<see cref="AgentSettingNames"/>).</param>
/// <param name="Description">One line for <c>patcher config show --json</c> and the docs.</param>
/// <param name="Apply">Applies a raw value; returns why it is refused (completing "must be ..."), or null.</param>
/// <param name="Show">The effective value as an admin would write it.</param>
/// <param name="IsList">Policy may give it as a subkey with one value per item (an ADMX <c>list</c>).</param>
internal sealed record AgentSettingDefinition(
    string Name,
    string Description,
    Func<string, AgentSettingsDraft, string?> Apply,
    Func<AgentSettingsDraft, string> Show,
    bool IsList = false);
