namespace Patcher.Agent.Apply;

/// <summary>The plan: each file old → new, the services to stop and to start, in order.</summary>
internal sealed record PlanDocument(
    string InstallRoot,
    string? ServiceName,
    bool NothingToDo,
    string StateFolder,
    IReadOnlyList<PlannedFileDocument> Files,
    IReadOnlyList<PlannedServiceDocument> StopOrder,
    IReadOnlyList<string> StartOrder);
