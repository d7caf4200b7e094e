namespace Patcher.X411.Model;

/// <summary>X.411 <c>NonDeliveryReasonCode</c>.</summary>
public enum NonDeliveryReason
{
    /// <summary>transfer-failure(0).</summary>
    TransferFailure = 0,

    /// <summary>unable-to-transfer(1).</summary>
    UnableToTransfer = 1,

    /// <summary>conversion-not-performed(2).</summary>
    ConversionNotPerformed = 2,

    /// <summary>physical-rendition-not-performed(3).</summary>
    PhysicalRenditionNotPerformed = 3,

    /// <summary>physical-delivery-not-performed(4).</summary>
    PhysicalDeliveryNotPerformed = 4,

    /// <summary>restricted-delivery(5).</summary>
    RestrictedDelivery = 5,

    /// <summary>directory-operation-unsuccessful(6).</summary>
    DirectoryOperationUnsuccessful = 6,

    /// <summary>deferred-delivery-not-performed(7).</summary>
    DeferredDeliveryNotPerformed = 7,

    /// <summary>transfer-failure-for-security-reason(8).</summary>
    TransferFailureForSecurityReason = 8,
}
