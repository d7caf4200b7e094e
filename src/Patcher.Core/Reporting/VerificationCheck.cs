namespace Patcher.Core.Reporting;

/// <summary>One check of a verification round.</summary>
/// <param name="Name">Which (<see cref="VerificationCheckNames"/>), e.g. <c>exit-code-not-1067</c>.</param>
/// <param name="Held">Whether it held.</param>
/// <param name="Evidence">What was observed, e.g. <c>running for 120 s, pid 4242</c>.</param>
public sealed record VerificationCheck(string Name, bool Held, string Evidence);
