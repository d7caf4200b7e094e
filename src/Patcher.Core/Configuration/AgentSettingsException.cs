namespace Patcher.Core.Configuration;

/// <summary>The agent's settings cannot be used; <see cref="Code"/> is stable (<c>CFG0xx</c>), the message names every problem.</summary>
public sealed class AgentSettingsException : Exception
{
    /// <summary>A setting has a value the agent refuses, or settings contradict each other.</summary>
    public const string InvalidSettings = "CFG001";

    /// <summary>Creates the exception; the message starts with the code and lists <paramref name="problems"/>.</summary>
    public AgentSettingsException(string code, IReadOnlyList<string> problems)
        : base($"{code}: {string.Join(" ", problems ?? [])}")
    {
        Code = code;
        Problems = problems ?? [];
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>Each problem, naming the setting, the value and where it came from.</summary>
    public IReadOnlyList<string> Problems { get; }
}
