using System.Formats.Asn1;
using Patcher.X411.Model;

namespace Patcher.X411.Encoding;

public static partial class P1Encoder
{
    /// <param name="writer">The writer.</param>
    /// <param name="trace">The elements.</param>
    /// <param name="tag">APPLICATION 9, implicit.</param>
    /// <param name="emptyArrivalTime">The 0-based element whose arrival time is written zero-length (KB Q248732), or -1.</param>
    private static void WriteTraceInformation(AsnWriter writer, EquatableArray<TraceInformationElement> trace, Asn1Tag tag, int emptyArrivalTime = -1)
    {
        using (writer.PushSequence(tag))
        {
            for (var index = 0; index < trace.Count; index++)
            {
                var element = trace[index];
                using (writer.PushSequence())
                {
                    WriteGlobalDomainIdentifier(writer, element.Domain);
                    var information = element.Information;
                    using (writer.PushSetOf())
                    {
                        if (index == emptyArrivalTime)
                        {
                            writer.WriteOctetString([], ContextPrimitive(0)); // 80 00: the poison
                        }
                        else
                        {
                            writer.WriteUtcTime(information.ArrivalTime, TwoDigitYearMax, ContextPrimitive(0));
                        }

                        writer.WriteInteger((long)information.RoutingAction, ContextPrimitive(2));
                        if (information.AttemptedDomain is not null)
                        {
                            WriteGlobalDomainIdentifier(writer, information.AttemptedDomain);
                        }

                        WriteAdditionalActions(writer, information.DeferredTime, information.ConvertedEncodedInformationTypes, information.OtherActions);
                    }
                }
            }
        }
    }

    private static void WriteInternalTraceInformation(AsnWriter writer, EquatableArray<InternalTraceInformationElement> trace)
    {
        using (writer.PushSequence())
        {
            foreach (var element in trace)
            {
                using (writer.PushSequence())
                {
                    WriteGlobalDomainIdentifier(writer, element.Domain);
                    writer.WriteCharacterString(UniversalTagNumber.IA5String, element.MtaName);
                    var information = element.Information;
                    using (writer.PushSetOf())
                    {
                        writer.WriteUtcTime(information.ArrivalTime, TwoDigitYearMax, ContextPrimitive(0));
                        writer.WriteInteger((long)information.RoutingAction, ContextPrimitive(2));
                        if (information.AttemptedMta is not null)
                        {
                            writer.WriteCharacterString(UniversalTagNumber.IA5String, information.AttemptedMta);
                        }
                        else if (information.AttemptedDomain is not null)
                        {
                            WriteGlobalDomainIdentifier(writer, information.AttemptedDomain);
                        }

                        WriteAdditionalActions(writer, information.DeferredTime, information.ConvertedEncodedInformationTypes, information.OtherActions);
                    }
                }
            }
        }
    }

    /// <summary><c>AdditionalActions</c>: deferred-time [1], converted EITs, other-actions [3] DEFAULT {}.</summary>
    private static void WriteAdditionalActions(AsnWriter writer, DateTimeOffset? deferred, EncodedInformationTypes? converted, OtherActions other)
    {
        if (deferred is { } time)
        {
            writer.WriteUtcTime(time, TwoDigitYearMax, ContextPrimitive(1));
        }

        WriteEncodedInformationTypes(writer, converted);
        WriteBits(writer, other, ContextPrimitive(3));
    }
}
