namespace Patcher.X411.Model;

/// <summary>X.411 <c>MTS-APDU ::= CHOICE { message [0], report [1], probe [2] }</c>.</summary>
public abstract record MtsApdu
{
    /// <summary>Which of the three it is.</summary>
    public abstract ApduKind Kind { get; }
}
