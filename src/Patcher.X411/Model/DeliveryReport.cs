namespace Patcher.X411.Model;

/// <summary>X.411 <c>DeliveryReport ::= SET { message-delivery-time [0], type-of-MTS-user [1] DEFAULT public }</c>.</summary>
/// <param name="MessageDeliveryTime">When the message was delivered.</param>
/// <param name="TypeOfMtsUser">public(0), private(1), ms(2), dl(3), pdau(4), physical-recipient(5), other(6).</param>
public sealed record DeliveryReport(DateTimeOffset MessageDeliveryTime, int TypeOfMtsUser = 0) : ReportType;
