namespace Patcher.Core.Assessment;

/// <summary>One piece of evidence behind a verdict.</summary>
/// <param name="Item">What it is about: a file name such as <c>EMSMTA.EXE</c>, or a registry value name such as <c>NewestBuild</c>.</param>
/// <param name="Location">Where: the file's host path, or the registry key.</param>
/// <param name="Source">Where the value came from.</param>
/// <param name="Value">The version (or registry data) found; null when it could not be read.</param>
/// <param name="Classification">For a fix file, where that file alone stands; null for evidence that decides nothing.</param>
/// <param name="Problem">Why the value could not be read, or what to note about it.</param>
public sealed record VersionEvidence(
    string Item,
    string Location,
    EvidenceSource Source,
    string? Value,
    FixVerdict? Classification,
    string? Problem = null);
