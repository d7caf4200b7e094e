namespace Patcher.X411.Model;

/// <summary>X.411 <c>ReportType ::= CHOICE { delivery [0] DeliveryReport, non-delivery [1] NonDeliveryReport }</c>.</summary>
public abstract record ReportType;
