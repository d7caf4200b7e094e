namespace Patcher.Core.Apply;

/// <summary>A service in the journal, in stop order, with the state recorded before anything was stopped.</summary>
/// <param name="Name">The service name.</param>
/// <param name="StateBefore">The recorded state (<c>Running</c>, <c>Stopped</c>...); null until recorded.</param>
internal sealed record JournalService(string Name, string? StateBefore);
