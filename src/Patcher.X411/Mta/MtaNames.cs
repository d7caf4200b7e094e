namespace Patcher.X411.Mta;

/// <summary>The rule for an MTA's name as this engine writes it in internal trace and NDRs (X.411 <c>MTAName</c>).</summary>
public static class MtaNames
{
    /// <summary>X.411 <c>ub-mta-name-length</c>: an MTA name has at most 32 characters.</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// Why <paramref name="name"/> cannot be an MTA name, or null when it can: 1..32 printable ASCII characters.
    /// <c>MTAName ::= IA5String (SIZE (1..ub-mta-name-length))</c> would admit control characters; we refuse them,
    /// as they end up in event logs and operators' terminals.
    /// </summary>
    public static string? Problem(string? name) => name switch
    {
        null or "" => "an MTA name cannot be empty",
        { Length: > MaxLength } => $"an MTA name has at most {MaxLength} characters",
        _ when !name.All(char.IsAscii) || name.Any(char.IsControl) => "an MTA name holds printable ASCII (IA5) characters only",
        _ => null,
    };
}
