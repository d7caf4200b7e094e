namespace Patcher.X411.Model;

/// <summary>
/// X.411 <c>EncodedInformationTypes ::= [APPLICATION 5] SET { built-in-encoded-information-types [0], ... }</c>.
/// Non-basic parameters and extended types are checked for structure and skipped.
/// </summary>
/// <param name="BuiltIn">The built-in types.</param>
public sealed record EncodedInformationTypes(BuiltInEncodedInformationTypes BuiltIn);
