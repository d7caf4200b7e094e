namespace Patcher.X411.Model;

/// <summary>X.411 <c>MTSIdentifier ::= [APPLICATION 4] SEQUENCE { global-domain-identifier, local-identifier IA5String(1..32) }</c>.</summary>
/// <param name="Domain">The domain that assigned the identifier.</param>
/// <param name="LocalIdentifier">Unique within that domain.</param>
public readonly record struct MtsIdentifier(GlobalDomainIdentifier Domain, string LocalIdentifier)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Domain};l={LocalIdentifier}]";
}
