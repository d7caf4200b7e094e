namespace Patcher.X411.Model;

/// <summary>X.411 <c>BuiltInDomainDefinedAttribute ::= SEQUENCE { type, value }</c> (Exchange writes e.g. type "SMTP").</summary>
/// <param name="Type">Attribute type (1..8).</param>
/// <param name="Value">Attribute value (1..128).</param>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "X.411 names it BuiltInDomainDefinedAttribute.")]
public sealed record DomainDefinedAttribute(string Type, string Value);
