namespace Patcher.X411.Model;

/// <summary>How an <c>ExtensionField</c>'s type was written.</summary>
public enum ExtensionForm
{
    /// <summary>1999: <c>type CHOICE { standard-extension [0] INTEGER, private-extension [3] OID }</c>.</summary>
    Implicit1999 = 0,

    /// <summary>1988 implementations (e.g. the PP MTA): <c>type [0] EXPLICIT CHOICE { INTEGER, OID }</c>.</summary>
    Explicit1988 = 1,
}
