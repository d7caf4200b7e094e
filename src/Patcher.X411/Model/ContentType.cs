namespace Patcher.X411.Model;

/// <summary>X.411 <c>ContentType ::= CHOICE { built-in [APPLICATION 6] INTEGER, extended OBJECT IDENTIFIER }</c>.</summary>
/// <param name="BuiltIn">The built-in content type (2 = IPM 1984, 22 = IPM 1988), or null when extended.</param>
/// <param name="Extended">The extended content type's object identifier in dotted form, or null when built-in.</param>
public sealed record ContentType(int? BuiltIn, string? Extended = null)
{
    /// <summary>Interpersonal messaging 1984 (P2).</summary>
    public static ContentType Ipm84 { get; } = new(2);

    /// <summary>Interpersonal messaging 1988 (P22).</summary>
    public static ContentType Ipm88 { get; } = new(22);

    /// <inheritdoc />
    public override string ToString() => BuiltIn is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Extended ?? "?";
}
