namespace Patcher.X411.Model;

public sealed partial record OrName
{
    /// <summary>The parts of an O/R name that most names do without; never built with all of them empty.</summary>
    private sealed record RareParts(
        EquatableArray<string> Units,
        EquatableArray<DomainDefinedAttribute> Attributes,
        bool HasOtherParts)
    {
        public static RareParts? Of(EquatableArray<string> units, EquatableArray<DomainDefinedAttribute> attributes, bool hasOtherParts) =>
            units.IsEmpty && attributes.IsEmpty && !hasOtherParts ? null : new RareParts(units, attributes, hasOtherParts);
    }
}
