using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Tests.Samples;

namespace Patcher.X411.Tests.Decoding;

public sealed partial class P1DecoderTests
{
    /// <summary>
    /// An O/R name's country, ADMD and PRMD and a global domain identifier read from alike octets share one instance of
    /// each name (the O/R name wraps its PRMD in A2, the identifier does not), and so do the identifiers themselves.
    /// </summary>
    [Fact]
    public void Decode_DomainsAndNamesFromTheSameOctets_ShareOneInstance()
    {
        var decoded = Decoded(SampleApdus.Message(SampleApdus.Trace(SampleApdus.Contoso, SampleApdus.Arrival)));

        var envelope = decoded.Envelope;
        var trace = envelope.TraceInformation[0].Domain;
        Assert.Same(envelope.MessageIdentifier.Domain, trace);
        Assert.Same(trace.Country, envelope.Originator.Country);
        Assert.Same(trace.AdministrationDomain, envelope.Originator.AdministrationDomain);
        Assert.Same(trace.PrivateDomain, envelope.Originator.PrivateDomain);
        Assert.Equal(SampleApdus.Contoso, trace);
    }

    /// <summary>
    /// Domains that fall into one set of the shared names (the same country's last letter, ADMD length and PRMD
    /// initial), interleaved so that each evicts another, in trace elements and O/R names: every one decodes to itself.
    /// </summary>
    [Fact]
    public void Decode_DomainsThatCollideInTheSharedNames_EachDecodesToItself()
    {
        GlobalDomainIdentifier[] domains =
        [
            new("US", " ", "Contoso"), new("US", " ", "Coralls"), new("US", "X", "Contoso"), new("US", " ", null),
            new("US", " ", "C"), new("AS", "Y", "Contoso"), new("999", " ", "Contoso"), new("US", " ", "Cobalt"),
        ];
        var trace = Enumerable.Range(0, 3 * domains.Length)
            .Select(i => SampleApdus.Trace(domains[(i * 5) % domains.Length], SampleApdus.Arrival.AddMinutes(i)))
            .ToArray();
        var message = SampleApdus.Message(trace);
        var recipients = domains
            .Select((d, i) => new PerRecipientMessageTransferFields(
                new OrName(d.Country, d.AdministrationDomain, d.PrivateDomain, PersonalName: new PersonalName($"R{i}")), i + 1,
                PerRecipientIndicators.Responsibility))
            .ToArray();
        message = message with { Envelope = message.Envelope with { Recipients = recipients } };

        for (var pass = 0; pass < 2; pass++)
        {
            var decoded = Decoded(message);
            Assert.Equal(message.Envelope.TraceInformation, decoded.Envelope.TraceInformation);
            Assert.Equal(message.Envelope.Recipients, decoded.Envelope.Recipients);
            Assert.Equal(message, decoded);
        }
    }

    private static MessageApdu Decoded(MessageApdu message)
    {
        var result = P1Decoder.Decode(P1Encoder.Encode(message));
        Assert.True(result.IsValid, result.Rejection?.ToString());
        return Assert.IsType<MessageApdu>(result.Apdu);
    }
}
