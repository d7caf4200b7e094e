namespace Patcher.X411.Model;

/// <summary>X.411 <c>NonDeliveryDiagnosticCode</c> (0..47 from 1988, 48..78 added in 1999).</summary>
public enum NonDeliveryDiagnostic
{
    /// <summary>unrecognised-OR-name(0).</summary>
    UnrecognisedOrName = 0,

    /// <summary>ambiguous-OR-name(1).</summary>
    AmbiguousOrName = 1,

    /// <summary>mts-congestion(2).</summary>
    MtsCongestion = 2,

    /// <summary>loop-detected(3).</summary>
    LoopDetected = 3,

    /// <summary>recipient-unavailable(4).</summary>
    RecipientUnavailable = 4,

    /// <summary>maximum-time-expired(5).</summary>
    MaximumTimeExpired = 5,

    /// <summary>encoded-information-types-unsupported(6).</summary>
    EncodedInformationTypesUnsupported = 6,

    /// <summary>content-too-long(7).</summary>
    ContentTooLong = 7,

    /// <summary>conversion-impractical(8).</summary>
    ConversionImpractical = 8,

    /// <summary>implicit-conversion-prohibited(9).</summary>
    ImplicitConversionProhibited = 9,

    /// <summary>implicit-conversion-not-subscribed(10).</summary>
    ImplicitConversionNotSubscribed = 10,

    /// <summary>invalid-arguments(11).</summary>
    InvalidArguments = 11,

    /// <summary>content-syntax-error(12).</summary>
    ContentSyntaxError = 12,

    /// <summary>size-constraint-violation(13).</summary>
    SizeConstraintViolation = 13,

    /// <summary>protocol-violation(14).</summary>
    ProtocolViolation = 14,

    /// <summary>content-type-not-supported(15).</summary>
    ContentTypeNotSupported = 15,

    /// <summary>too-many-recipients(16).</summary>
    TooManyRecipients = 16,

    /// <summary>no-bilateral-agreement(17).</summary>
    NoBilateralAgreement = 17,

    /// <summary>unsupported-critical-function(18).</summary>
    UnsupportedCriticalFunction = 18,

    /// <summary>conversion-with-loss-prohibited(19).</summary>
    ConversionWithLossProhibited = 19,

    /// <summary>line-too-long(20).</summary>
    LineTooLong = 20,

    /// <summary>page-split(21).</summary>
    PageSplit = 21,

    /// <summary>pictorial-symbol-loss(22).</summary>
    PictorialSymbolLoss = 22,

    /// <summary>punctuation-symbol-loss(23).</summary>
    PunctuationSymbolLoss = 23,

    /// <summary>alphabetic-character-loss(24).</summary>
    AlphabeticCharacterLoss = 24,

    /// <summary>multiple-information-loss(25).</summary>
    MultipleInformationLoss = 25,

    /// <summary>recipient-reassignment-prohibited(26).</summary>
    RecipientReassignmentProhibited = 26,

    /// <summary>redirection-loop-detected(27).</summary>
    RedirectionLoopDetected = 27,

    /// <summary>dl-expansion-prohibited(28).</summary>
    DlExpansionProhibited = 28,

    /// <summary>no-dl-submit-permission(29).</summary>
    NoDlSubmitPermission = 29,

    /// <summary>dl-expansion-failure(30).</summary>
    DlExpansionFailure = 30,

    /// <summary>physical-rendition-attributes-not-supported(31).</summary>
    PhysicalRenditionAttributesNotSupported = 31,

    /// <summary>undeliverable-mail-physical-delivery-address-incorrect(32).</summary>
    UndeliverableMailPhysicalDeliveryAddressIncorrect = 32,

    /// <summary>undeliverable-mail-physical-delivery-office-incorrect-or-invalid(33).</summary>
    UndeliverableMailPhysicalDeliveryOfficeIncorrectOrInvalid = 33,

    /// <summary>undeliverable-mail-physical-delivery-address-incomplete(34).</summary>
    UndeliverableMailPhysicalDeliveryAddressIncomplete = 34,

    /// <summary>undeliverable-mail-recipient-unknown(35).</summary>
    UndeliverableMailRecipientUnknown = 35,

    /// <summary>undeliverable-mail-recipient-deceased(36).</summary>
    UndeliverableMailRecipientDeceased = 36,

    /// <summary>undeliverable-mail-organization-expired(37).</summary>
    UndeliverableMailOrganizationExpired = 37,

    /// <summary>undeliverable-mail-recipient-refused-to-accept(38).</summary>
    UndeliverableMailRecipientRefusedToAccept = 38,

    /// <summary>undeliverable-mail-recipient-did-not-claim(39).</summary>
    UndeliverableMailRecipientDidNotClaim = 39,

    /// <summary>undeliverable-mail-recipient-changed-address-permanently(40).</summary>
    UndeliverableMailRecipientChangedAddressPermanently = 40,

    /// <summary>undeliverable-mail-recipient-changed-address-temporarily(41).</summary>
    UndeliverableMailRecipientChangedAddressTemporarily = 41,

    /// <summary>undeliverable-mail-recipient-changed-temporary-address(42).</summary>
    UndeliverableMailRecipientChangedTemporaryAddress = 42,

    /// <summary>undeliverable-mail-new-address-unknown(43).</summary>
    UndeliverableMailNewAddressUnknown = 43,

    /// <summary>undeliverable-mail-recipient-did-not-want-forwarding(44).</summary>
    UndeliverableMailRecipientDidNotWantForwarding = 44,

    /// <summary>undeliverable-mail-originator-prohibited-forwarding(45).</summary>
    UndeliverableMailOriginatorProhibitedForwarding = 45,

    /// <summary>secure-messaging-error(46).</summary>
    SecureMessagingError = 46,

    /// <summary>unable-to-downgrade(47).</summary>
    UnableToDowngrade = 47,

    /// <summary>unable-to-complete-transfer(48).</summary>
    UnableToCompleteTransfer = 48,

    /// <summary>transfer-attempts-limit-reached(49).</summary>
    TransferAttemptsLimitReached = 49,

    /// <summary>incorrect-notification-type(50).</summary>
    IncorrectNotificationType = 50,

    /// <summary>dl-expansion-prohibited-by-security-policy(51).</summary>
    DlExpansionProhibitedBySecurityPolicy = 51,

    /// <summary>forbidden-alternate-recipient(52).</summary>
    ForbiddenAlternateRecipient = 52,

    /// <summary>security-policy-violation(53).</summary>
    SecurityPolicyViolation = 53,

    /// <summary>security-services-refusal(54).</summary>
    SecurityServicesRefusal = 54,

    /// <summary>unauthorised-dl-member(55).</summary>
    UnauthorisedDlMember = 55,

    /// <summary>unauthorised-dl-name(56).</summary>
    UnauthorisedDlName = 56,

    /// <summary>unauthorised-originally-intended-recipient-name(57).</summary>
    UnauthorisedOriginallyIntendedRecipientName = 57,

    /// <summary>unauthorised-originator-name(58).</summary>
    UnauthorisedOriginatorName = 58,

    /// <summary>unauthorised-recipient-name(59).</summary>
    UnauthorisedRecipientName = 59,

    /// <summary>unreliable-system(60).</summary>
    UnreliableSystem = 60,

    /// <summary>authentication-failure-on-subject-message(61).</summary>
    AuthenticationFailureOnSubjectMessage = 61,

    /// <summary>decryption-failed(62).</summary>
    DecryptionFailed = 62,

    /// <summary>decryption-key-unobtainable(63).</summary>
    DecryptionKeyUnobtainable = 63,

    /// <summary>double-envelope-creation-failure(64).</summary>
    DoubleEnvelopeCreationFailure = 64,

    /// <summary>double-enveloping-message-restoring-failure(65).</summary>
    DoubleEnvelopingMessageRestoringFailure = 65,

    /// <summary>failure-of-proof-of-message(66).</summary>
    FailureOfProofOfMessage = 66,

    /// <summary>integrity-failure-on-subject-message(67).</summary>
    IntegrityFailureOnSubjectMessage = 67,

    /// <summary>invalid-security-label(68).</summary>
    InvalidSecurityLabel = 68,

    /// <summary>key-failure(69).</summary>
    KeyFailure = 69,

    /// <summary>mandatory-parameter-absence(70).</summary>
    MandatoryParameterAbsence = 70,

    /// <summary>operation-security-failure(71).</summary>
    OperationSecurityFailure = 71,

    /// <summary>repudiation-failure-of-message(72).</summary>
    RepudiationFailureOfMessage = 72,

    /// <summary>security-context-failure(73).</summary>
    SecurityContextFailure = 73,

    /// <summary>token-decryption-failed(74).</summary>
    TokenDecryptionFailed = 74,

    /// <summary>token-error(75).</summary>
    TokenError = 75,

    /// <summary>unknown-security-label(76).</summary>
    UnknownSecurityLabel = 76,

    /// <summary>unsupported-algorithm-identifier(77).</summary>
    UnsupportedAlgorithmIdentifier = 77,

    /// <summary>unsupported-security-policy(78).</summary>
    UnsupportedSecurityPolicy = 78,
}
