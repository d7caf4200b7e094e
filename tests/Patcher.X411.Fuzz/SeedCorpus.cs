using Patcher.X411.Benchmarks.Corpus;
using Patcher.X411.Encoding;
using Patcher.X411.Model;

namespace Patcher.X411.Fuzz;

/// <summary>
/// The fuzzer's seeds, generated rather than checked in: small valid messages, reports and probes (AFL mutates small
/// inputs best), the poison message, and indefinite-length and constructed-string variants.
/// </summary>
internal static class SeedCorpus
{
    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var seeds = Seeds().ToList();
        foreach (var (name, bytes) in seeds)
        {
            File.WriteAllBytes(Path.Combine(directory, name + ".ber"), bytes);
        }

        return seeds.Count;
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Seeds()
    {
        var small = P1Corpus.Message(traceCount: 1, recipientCount: 1, contentLength: 8);
        var twoTrace = P1Corpus.Message(traceCount: 2, recipientCount: 1, contentLength: 4);
        var minimal = new MessageApdu(
            new MessageTransferEnvelope(
                new MtsIdentifier(P1Corpus.Contoso, "1"),
                new OrName("US", " "),
                ContentType.Ipm84,
                [new TraceInformationElement(P1Corpus.Contoso, new DomainSuppliedInformation(P1Corpus.Arrival))],
                [new PerRecipientMessageTransferFields(new OrName("GB", "BT"), 1, PerRecipientIndicators.Responsibility)]),
            "x"u8.ToArray());
        var report = new ReportApdu(
            P1Corpus.NonDeliveryReport.Envelope,
            P1Corpus.NonDeliveryReport.Content with { Recipients = [P1Corpus.NonDeliveryReport.Content.Recipients[0]] });
        var delivery = report with
        {
            Content = report.Content with
            {
                Recipients =
                [
                    report.Content.Recipients[0] with
                    {
                        LastTrace = new LastTraceInformation(P1Corpus.Arrival, new DeliveryReport(P1Corpus.Arrival.AddMinutes(1), 1)),
                        SupplementaryInformation = null,
                    },
                ],
                ReturnedContent = (EquatableArray<byte>)"ret"u8.ToArray(),
            },
        };
        var probe = P1Corpus.Probe with
        {
            Envelope = P1Corpus.Probe.Envelope with
            {
                TraceInformation = [small.Envelope.TraceInformation[0]],
                Recipients = [small.Envelope.Recipients[0]],
                ContentType = new ContentType(null, "1.2.840.113556.3.1"),
            },
        };
        var extended = small with
        {
            Envelope = small.Envelope with
            {
                DeferredDeliveryTime = P1Corpus.Arrival.AddHours(1),
                Priority = Priority.Urgent,
                ExtensionTraceInformation = [twoTrace.Envelope.TraceInformation[1]],
                Extensions =
                [
                    new ExtensionField(null, "1.2.840.113556.1.2", Criticality.ForDelivery, new byte[] { 0x05, 0x00 }),
                    new ExtensionField(40, null, Criticality.None, new byte[] { 0x02, 0x01, 0x07 }, ExtensionForm.Explicit1988),
                ],
            },
        };

        var valid = new (string, MtsApdu)[]
        {
            ("minimal-message", minimal),
            ("small-message", small),
            ("two-trace-message", twoTrace),
            ("extended-message", extended),
            ("ndr", report),
            ("delivery-report", delivery),
            ("probe", probe),
        };
        foreach (var (name, apdu) in valid)
        {
            var bytes = P1Encoder.Encode(apdu);
            yield return (name, bytes);
            yield return (name + "-indefinite", BerForms.ToIndefinite(bytes));
        }

        var poison = P1Encoder.EncodeWithEmptyArrivalTime(minimal);
        yield return ("poison", poison);
        yield return ("poison-indefinite", BerForms.ToIndefinite(poison));
        yield return ("poison-second-trace", P1Encoder.EncodeWithEmptyArrivalTime(twoTrace, 1));
        yield return ("typical-message", P1Corpus.Larger[0].Bytes);

        // A UTCTime with a zone and no seconds, and one sent as a constructed string (X.690 8.23): both valid BER.
        var time = "991201101530Z"u8.ToArray();
        var zoned = "9912011015+0100"u8.ToArray();
        yield return ("zoned-arrival-time", Replace(P1Encoder.Encode(minimal), [0x80, 0x0D, .. time], [0x80, 0x0F, .. zoned]));
        yield return ("constructed-arrival-time", Replace(P1Encoder.Encode(minimal), [0x80, 0x0D, .. time],
            [0xA0, 0x80, 0x04, 0x06, .. time[..6], 0x04, 0x07, .. time[6..], 0x00, 0x00]));
    }

    /// <summary><paramref name="source"/> with the first <paramref name="find"/> replaced, lengths fixed by re-framing.</summary>
    private static byte[] Replace(byte[] source, byte[] find, byte[] replacement)
    {
        // Re-framing definite lengths is fiddly; the indefinite form needs none, so the result uses it.
        var indefinite = BerForms.ToIndefinite(source);
        var at = indefinite.AsSpan().IndexOf(find);
        if (at < 0)
        {
            throw new InvalidOperationException("The seed template lost its arrival time.");
        }

        return [.. indefinite[..at], .. replacement, .. indefinite[(at + find.Length)..]];
    }
}
