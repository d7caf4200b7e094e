using System.Reflection;
using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Ndr;

namespace Patcher.X411.Mta;

/// <summary>
/// The entry point an MTA calls for every APDU it takes off its queue: relay it with this MTA's trace, or reject it and
/// say how to answer it. On a lab host the MTA loads this engine from its own installation (<c>X400OM.DLL</c>), so
/// replacing that file and restarting the MTA is what changes its behaviour, as the Q248732 hotfix did.
/// </summary>
/// <remarks>
/// The MTA loads the engine into a separate <see cref="System.Runtime.Loader.AssemblyLoadContext"/> and binds
/// <see cref="Transfer"/> by name through reflection, so that another build of the engine (the pre-fix fixture, or a
/// later hotfix) can be swapped in without the MTA being rebuilt. Types defined in this assembly would be different
/// types in every load context, and a delegate over them could not be bound from the MTA's side; only CoreLib types
/// (byte arrays, strings, <see cref="DateTimeOffset"/>, value tuples) are the same everywhere. So the boundary speaks
/// CoreLib only: bytes in, a verdict number, bytes and a sentence out; any engine build with this signature will do.
/// </remarks>
public static class TransferEngine
{
    /// <summary>Verdict: the APDU is valid; the output is it with this MTA's internal trace element added.</summary>
    public const int Relayed = 0;

    /// <summary>Verdict: the message was rejected; the output is the non-delivery report to return to its originator.</summary>
    public const int Rejected = 1;

    /// <summary>Verdict: the APDU was rejected and cannot be answered (a report or probe, or too broken to address); no output.</summary>
    public const int RejectedUnanswerable = 2;

    /// <summary>The engine's name, file version and the fix it carries, for the MTA's start event.</summary>
    public static string EngineDescription { get; } =
        $"Patcher X.411 P1 engine {typeof(TransferEngine).Assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version ?? "unknown"} (Q248732 fix)";

    /// <summary>Decodes <paramref name="apdu"/> and decides what the MTA does with it.</summary>
    /// <param name="apdu">The MTS-APDU as it arrived (message, report or probe).</param>
    /// <param name="mtaName">This MTA's name (IA5String 1..32): written in the internal trace and in NDRs.</param>
    /// <param name="reportingDomain">This MTA's domain in text form, e.g. <c>c=US;a= ;p=Contoso</c>.</param>
    /// <param name="now">The time of the transfer (the trace's arrival time; NDR times).</param>
    /// <param name="recovering">Whether the MTA is retrying the message it was processing when it last stopped abnormally.
    /// This engine treats such a message like any other: the fix is that nothing here can hang or corrupt the process.</param>
    /// <returns>
    /// <see cref="Relayed"/> with the APDU (its original octets, with one internal-trace-information element appended in
    /// extension 38); <see cref="Rejected"/> with the BER of the NDR and a detail naming code, diagnostic, path and offset;
    /// or <see cref="RejectedUnanswerable"/> with no output and a detail saying why there is no NDR.
    /// </returns>
    /// <exception cref="ArgumentException">The MTA name or the domain is not valid.</exception>
    public static (int Verdict, byte[] Output, string Detail) Transfer(byte[] apdu, string mtaName, string reportingDomain, DateTimeOffset now, bool recovering)
    {
        ArgumentNullException.ThrowIfNull(apdu);
        var identity = MtaIdentity.Create(mtaName, reportingDomain);
        var time = UtcTimes.TruncateToSeconds(now);
        var decoded = P1Decoder.Decode(apdu);
        switch (NdrSubject.Classify(decoded, out var subject))
        {
            case NdrEligibility.NotOwed:
                var output = InternalTraceSplicer.Append(apdu, InternalTraceEncoder.Element(identity, time));
                return (Relayed, output, $"{decoded.Kind.ToString().ToLowerInvariant()} relayed by {identity.MtaName} at {time:yyyy-MM-dd HH:mm:ss}Z");
            case NdrEligibility.NotAMessage:
                return (RejectedUnanswerable, [], $"{decoded.Rejection}; no non-delivery report: a rejected {Describe(decoded.Kind)} is never answered with a report (X.411)");
            case NdrEligibility.TooBroken:
                return (RejectedUnanswerable, [], $"{decoded.Rejection}; no non-delivery report: the {Describe(decoded.Kind)} is too broken to read its originator and recipients");
        }

        var rejection = decoded.Rejection!;
        var options = new NonDeliveryReportOptions(identity.Domain, identity.MtaName, time, ReportIdentifier.For(apdu, time));
        byte[] report;
        try
        {
            report = P1Encoder.Encode(NonDeliveryReportBuilder.Build(subject!, rejection, options));
        }
        catch (ArgumentException e)
        {
            return (RejectedUnanswerable, [], $"{rejection}; no non-delivery report: the salvaged envelope cannot be encoded ({e.Message})");
        }

        return (Rejected, report, $"{rejection}; non-delivery report returned with diagnostic {rejection.DiagnosticName} ({(int)rejection.Diagnostic})");
    }

    private static string Describe(ApduKind kind) => kind switch
    {
        ApduKind.Message => "message",
        ApduKind.Report => "report",
        ApduKind.Probe => "probe",
        _ => "APDU of unknown kind",
    };
}
