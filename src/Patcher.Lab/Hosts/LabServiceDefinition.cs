namespace Patcher.Lab.Hosts;

/// <summary>A service as a lab host installs it under <c>HKLM\SYSTEM\CurrentControlSet\Services</c>.</summary>
/// <param name="Name">The service name.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="ImagePath">The image path (a stand-in file is created there).</param>
/// <param name="DependOnService">The services it depends on.</param>
public sealed record LabServiceDefinition(string Name, string DisplayName, string ImagePath, IReadOnlyList<string> DependOnService);
