namespace Patcher.Core.Tests.Apply;

/// <summary>
/// Thrown from the journal hook to stand for the process dying right after a step was journaled: not an operational
/// failure, so nothing catches it to undo (the lock is released as the OS would release it).
/// </summary>
internal sealed class SimulatedCrash(string point) : Exception($"simulated crash after {point}");
