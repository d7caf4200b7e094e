namespace Patcher.X411.Model;

/// <summary>X.411 <c>PersonalName ::= SET { surname [0], given-name [1] OPTIONAL, initials [2] OPTIONAL, generation-qualifier [3] OPTIONAL }</c>.</summary>
/// <param name="Surname">Surname (1..40).</param>
/// <param name="GivenName">Given name (1..16).</param>
/// <param name="Initials">Initials (1..5).</param>
/// <param name="GenerationQualifier">Generation qualifier (1..3).</param>
public sealed record PersonalName(string Surname, string? GivenName = null, string? Initials = null, string? GenerationQualifier = null);
