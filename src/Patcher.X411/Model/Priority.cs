namespace Patcher.X411.Model;

/// <summary>X.411 <c>Priority ::= [APPLICATION 7] ENUMERATED { normal(0), non-urgent(1), urgent(2) }</c>.</summary>
public enum Priority
{
    /// <summary>normal(0), the default.</summary>
    Normal = 0,

    /// <summary>non-urgent(1).</summary>
    NonUrgent = 1,

    /// <summary>urgent(2).</summary>
    Urgent = 2,
}
