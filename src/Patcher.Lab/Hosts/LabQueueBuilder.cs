using System.Globalization;
using Patcher.Lab.Files;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.Core.Files;

namespace Patcher.Lab.Hosts;

/// <summary>
/// Fills a lab MTA's queue with interpersonal messages from a foreign MTA: <c>000001.p1</c>, <c>000002.p1</c>, ... (the
/// order the MTA works in), some of them poison — a trace element whose arrival time is zero-length (KB Q248732).
/// Everything is deterministic: the same counts give the same bytes.
/// </summary>
public static class LabQueueBuilder
{
    private static readonly DateTimeOffset FirstArrival = new(1999, 12, 1, 10, 15, 30, TimeSpan.Zero);
    private static readonly GlobalDomainIdentifier Foreign = new("GB", "BT", "Fabrikam");
    private static readonly OrName Originator = new("GB", "BT", "Fabrikam", PersonalName: new PersonalName("Jones"));
    private static readonly OrName Recipient = new("US", " ", "Contoso", "Sales", new PersonalName("Smith", "John"), ["HQ"]);

    /// <summary>The file name of message <paramref name="index"/> (0-based).</summary>
    public static string FileName(int index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1:D6}.p1");

    /// <summary>
    /// Which of <paramref name="count"/> messages are poison: <paramref name="poison"/> indexes spread evenly, each in the
    /// middle of its share of the queue, so valid messages come before the first one (5 and 1 give index 2).
    /// </summary>
    public static IReadOnlyList<int> PoisonIndexes(int count, int poison)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(poison);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(poison, count);
        return Enumerable.Range(0, poison).Select(j => (int)(((2L * j) + 1) * count / (2L * poison))).ToArray();
    }

    /// <summary>Writes <paramref name="count"/> messages into <paramref name="queueFolder"/>; returns the poison ones' file names.</summary>
    public static IReadOnlyList<string> Write(string queueFolder, int count, int poison)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queueFolder);
        Directory.CreateDirectory(queueFolder);
        var poisonIndexes = PoisonIndexes(count, poison).ToHashSet();
        var poisonNames = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var message = Message(i, count);
            var name = FileName(i);
            if (poisonIndexes.Contains(i))
            {
                AtomicFile.WriteAllBytes(Path.Combine(queueFolder, name), P1Encoder.EncodeWithEmptyArrivalTime(message));
                poisonNames.Add(name);
            }
            else
            {
                AtomicFile.WriteAllBytes(Path.Combine(queueFolder, name), P1Encoder.Encode(message));
            }
        }

        return poisonNames;
    }

    /// <summary>Message <paramref name="index"/>: from Fabrikam's MTA to Contoso, arriving a minute after the previous one.</summary>
    public static MessageApdu Message(int index, int count)
    {
        var arrival = FirstArrival.AddMinutes(index);
        var number = (index + 1).ToString("D6", CultureInfo.InvariantCulture);
        return new MessageApdu(
            new MessageTransferEnvelope(
                new MtsIdentifier(Foreign, "LAB-" + number),
                Originator,
                ContentType.Ipm88,
                [new TraceInformationElement(Foreign, new DomainSuppliedInformation(arrival))],
                [new PerRecipientMessageTransferFields(Recipient, 1, PerRecipientIndicators.Responsibility | PerRecipientIndicators.OriginatorNonDeliveryReport)])
            {
                ContentIdentifier = "LAB" + number,
                OriginalEncodedInformationTypes = new EncodedInformationTypes(BuiltInEncodedInformationTypes.Ia5Text),
            },
            System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Lab message {index + 1} of {count}")));
    }
}
