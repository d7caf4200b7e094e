namespace Patcher.X411.Model;

/// <summary>X.411 <c>OtherActions ::= BIT STRING { redirected(0), dl-operation(1) }</c>.</summary>
[Flags]
public enum OtherActions
{
    /// <summary>No action (the DEFAULT).</summary>
    None = 0,

    /// <summary>redirected(0).</summary>
    Redirected = 1 << 0,

    /// <summary>dl-operation(1).</summary>
    DlOperation = 1 << 1,
}
