namespace Patcher.Core.Apply;

/// <summary>A step written to the journal before it was done.</summary>
/// <param name="Step">The step's name (<see cref="ApplySteps"/>).</param>
/// <param name="Item">For a per-file or per-service step, which one (1-based, in the order done); else null.</param>
/// <param name="Subject">The file or service it is about, for people reading the journal.</param>
/// <param name="AtUtc">When it was written.</param>
internal sealed record JournalStep(string Step, int? Item, string? Subject, DateTimeOffset AtUtc);
