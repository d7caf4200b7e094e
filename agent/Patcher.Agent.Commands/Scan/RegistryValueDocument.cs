namespace Patcher.Agent.Scan;

/// <summary>A registry value discovery looked at: absent ones have <c>present: false</c> and no data.</summary>
internal sealed record RegistryValueDocument(
    string Key,
    string Name,
    bool Present,
    string? Type,
    string? Text,
    uint? Number,
    IReadOnlyList<string>? Lines);
