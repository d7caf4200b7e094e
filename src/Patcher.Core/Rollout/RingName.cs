namespace Patcher.Core.Rollout;

/// <summary>A ring's name: 1–32 lower-case ASCII letters, digits and <c>-</c>, starting with a letter. It names the gate file, so nothing else is allowed.</summary>
public static class RingName
{
    /// <summary>The longest name.</summary>
    public const int MaxLength = 32;

    /// <summary>Whether <paramref name="name"/> is a valid ring name (already lower-case).</summary>
    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name)
        && name.Length <= MaxLength
        && char.IsAsciiLetterLower(name[0])
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
