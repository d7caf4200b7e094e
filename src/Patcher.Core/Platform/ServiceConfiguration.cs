namespace Patcher.Core.Platform;

/// <summary>What the service control manager knows of a service's configuration.</summary>
/// <param name="Name">The service name, e.g. <c>MSExchangeMTA</c>.</param>
/// <param name="DisplayName">The display name, e.g. <c>Microsoft Exchange Message Transfer Agent</c>.</param>
/// <param name="ImagePath">The image path as configured, e.g. <c>C:\EXCHSRVR\BIN\EMSMTA.EXE</c>.</param>
/// <param name="DependOnService">The services this one depends on.</param>
/// <param name="StartMode">How it starts.</param>
public sealed record ServiceConfiguration(
    string Name,
    string DisplayName,
    string ImagePath,
    IReadOnlyList<string> DependOnService,
    ServiceStartMode StartMode);
