using Patcher.X411.Model;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests.Model;

/// <summary>
/// The envelope keeps its eight optional members in one object, absent while all keep their defaults (issue 13): it
/// must still read, compare and hash member by member, whatever order they were set in.
/// </summary>
public sealed class MessageTransferEnvelopeTests
{
    private static readonly MessageTransferEnvelope Bare = new(
        new MtsIdentifier(SampleApdus.Contoso, "EXCH55-0001"),
        SampleApdus.Smith,
        ContentType.Ipm88,
        [SampleApdus.Trace(SampleApdus.Contoso, SampleApdus.Arrival)],
        [new PerRecipientMessageTransferFields(SampleApdus.Jones, 1, PerRecipientIndicators.Responsibility)]);

    [Fact]
    public void Optionals_SetOneAfterAnother_EachKeepsItsValue()
    {
        var types = new EncodedInformationTypes(BuiltInEncodedInformationTypes.Ia5Text);
        var extension = new ExtensionField(ExtensionField.ReportingMtaName, null, Criticality.None, new byte[] { 0x16, 0x01, 0x41 });
        var internalTrace = new InternalTraceInformationElement(SampleApdus.Contoso, "MTA1", new MtaSuppliedInformation(SampleApdus.Arrival));
        var deferred = SampleApdus.Arrival.AddHours(1);

        var envelope = Bare with
        {
            OriginalEncodedInformationTypes = types,
            ContentIdentifier = "Q248732",
            Priority = Priority.Urgent,
            PerMessageIndicators = PerMessageIndicators.ImplicitConversionProhibited,
            DeferredDeliveryTime = deferred,
            Extensions = [extension],
            InternalTraceInformation = [internalTrace],
            ExtensionTraceInformation = [SampleApdus.Trace(SampleApdus.Fabrikam, SampleApdus.Arrival)],
        };

        Assert.Equal(types, envelope.OriginalEncodedInformationTypes);
        Assert.Equal("Q248732", envelope.ContentIdentifier);
        Assert.Equal(Priority.Urgent, envelope.Priority);
        Assert.Equal(PerMessageIndicators.ImplicitConversionProhibited, envelope.PerMessageIndicators);
        Assert.Equal(deferred, envelope.DeferredDeliveryTime);
        Assert.Equal([extension], envelope.Extensions);
        Assert.Equal([internalTrace], envelope.InternalTraceInformation);
        Assert.Equal([SampleApdus.Trace(SampleApdus.Fabrikam, SampleApdus.Arrival)], envelope.ExtensionTraceInformation);
        Assert.Equal(Bare.MessageIdentifier, envelope.MessageIdentifier);
        Assert.Equal(Bare.Recipients, envelope.Recipients);
    }

    [Fact]
    public void Optionals_SetThenReset_EqualTheEnvelopeThatNeverHadThem()
    {
        var urgent = Bare with { Priority = Priority.Urgent, ContentIdentifier = "Q248732" };
        var reset = urgent with { Priority = Priority.Normal, ContentIdentifier = null };

        Assert.NotEqual(Bare, urgent);
        Assert.Equal(Bare, reset);
        Assert.Equal(Bare.GetHashCode(), reset.GetHashCode());
    }

    [Fact]
    public void Optionals_EmptyListsAndDefaults_CompareAsAbsent()
    {
        var spelledOut = Bare with
        {
            Priority = Priority.Normal,
            PerMessageIndicators = PerMessageIndicators.None,
            Extensions = [],
            InternalTraceInformation = [],
            ExtensionTraceInformation = [],
        };

        Assert.Equal(Bare, spelledOut);
        Assert.Equal(Bare.GetHashCode(), spelledOut.GetHashCode());
        Assert.True(spelledOut.InternalTraceInformation.IsEmpty);
    }

    /// <summary>Each optional member on its own keeps the optionals: none is taken for a default.</summary>
    [Theory]
    [InlineData("types")]
    [InlineData("content identifier")]
    [InlineData("priority")]
    [InlineData("indicators")]
    [InlineData("deferred")]
    [InlineData("extensions")]
    [InlineData("internal trace")]
    [InlineData("extension trace")]
    public void Optionals_OneMemberAlone_IsKept(string member)
    {
        var envelope = member switch
        {
            "types" => Bare with { OriginalEncodedInformationTypes = new EncodedInformationTypes(BuiltInEncodedInformationTypes.Ia5Text) },
            "content identifier" => Bare with { ContentIdentifier = "Q248732" },
            "priority" => Bare with { Priority = Priority.NonUrgent },
            "indicators" => Bare with { PerMessageIndicators = PerMessageIndicators.DisclosureOfOtherRecipients },
            "deferred" => Bare with { DeferredDeliveryTime = SampleApdus.Arrival },
            "extensions" => Bare with { Extensions = [new ExtensionField(ExtensionField.ReportingMtaName, null, Criticality.None, new byte[] { 0x16, 0x01, 0x41 })] },
            "internal trace" => Bare with { InternalTraceInformation = [new InternalTraceInformationElement(SampleApdus.Contoso, "MTA1", new MtaSuppliedInformation(SampleApdus.Arrival))] },
            _ => Bare with { ExtensionTraceInformation = [SampleApdus.Trace(SampleApdus.Fabrikam, SampleApdus.Arrival)] },
        };

        Assert.NotEqual(Bare, envelope);
    }

    [Fact]
    public void Optionals_DifferInOneMember_AreNotEqual()
    {
        var first = Bare with { ContentIdentifier = "A", Priority = Priority.Urgent };
        var second = Bare with { ContentIdentifier = "A", Priority = Priority.NonUrgent };

        Assert.NotEqual(first, second);
        Assert.Equal(first, second with { Priority = Priority.Urgent });
    }
}
