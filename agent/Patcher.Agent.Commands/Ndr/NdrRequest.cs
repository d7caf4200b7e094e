using Patcher.Agent.Cli;
using Patcher.X411.Decoding;
using Patcher.X411.Encoding;
using Patcher.X411.Model;
using Patcher.X411.Mta;
using Patcher.X411.Ndr;
using Patcher.Core.Files;

namespace Patcher.Agent.Ndr;

/// <summary>One <c>patcher ndr</c> invocation, validated by the parser.</summary>
/// <param name="File">The rejected message.</param>
/// <param name="Output">Where to write the NDR.</param>
/// <param name="ReportingMta">The reporting MTA's name (IA5String 1..32).</param>
/// <param name="ReportingDomain">The reporting domain, or null for the domain of the message's last trace element.</param>
/// <param name="Force">Replace an existing <paramref name="Output"/>.</param>
internal sealed record NdrRequest(string File, string Output, string ReportingMta, GlobalDomainIdentifier? ReportingDomain, bool Force)
{
    /// <summary>Builds and writes the NDR for <paramref name="request"/>; returns the exit code.</summary>
    public static int Run(CliContext context, NdrRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var error = context.Error;
        if (!request.Force && System.IO.File.Exists(request.Output))
        {
            error.WriteLine($"patcher ndr: '{request.Output}' exists; pass --force to replace it.");
            return ExitCodes.Error;
        }

        if (!ApduFile.TryRead(request.File, out var bytes, out var problem))
        {
            error.WriteLine($"patcher ndr: {problem}");
            return ExitCodes.Error;
        }

        var result = P1Decoder.Decode(bytes);
        var eligibility = NdrSubject.Classify(result, out var subject);
        if (eligibility == NdrEligibility.NotOwed)
        {
            context.Out.WriteLine($"'{request.File}' holds a valid {result.Kind.ToString().ToLowerInvariant()}: no NDR is owed; nothing written.");
            return ExitCodes.NoNdrOwed;
        }

        var rejection = result.Rejection!;
        if (eligibility != NdrEligibility.Possible)
        {
            error.WriteLine($"patcher ndr: '{request.File}' was rejected ({rejection}), but {NdrSubject.Describe(eligibility)}.");
            return ExitCodes.Error;
        }

        var domain = request.ReportingDomain ?? LastTraceDomain(subject!);
        if (domain is null)
        {
            error.WriteLine($"patcher ndr: '{request.File}' has no trace to take the reporting domain from; pass --reporting-domain.");
            return ExitCodes.Error;
        }

        var now = context.Time.GetUtcNow();
        var options = new NonDeliveryReportOptions(domain, request.ReportingMta, now, ReportIdentifier.For(bytes, now));
        byte[] ndr;
        try
        {
            ndr = P1Encoder.Encode(NonDeliveryReportBuilder.Build(subject!, rejection, options));
        }
        catch (ArgumentException exception)
        {
            // The salvaged subject or the options hold a value BER cannot carry (e.g. a bad character in a name).
            error.WriteLine($"patcher ndr: the NDR cannot be encoded: {exception.Message}");
            return ExitCodes.Error;
        }

        try
        {
            AtomicFile.Write(request.Output, ndr, overwrite: request.Force);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"patcher ndr: cannot write '{request.Output}': {exception.Message}");
            return ExitCodes.Error;
        }

        var envelope = subject!.Envelope;
        context.Out.WriteLine($"NDR written: {request.Output} ({ndr.Length} bytes)");
        context.Out.WriteLine($"  subject:    {envelope.MessageIdentifier} from {envelope.Originator}");
        context.Out.WriteLine($"  recipients: {envelope.Recipients.Count}");
        context.Out.WriteLine($"  reason:     unable-to-transfer (1), {rejection.DiagnosticName} ({(int)rejection.Diagnostic})");
        context.Out.WriteLine($"  because:    {rejection.Code} at {rejection.Path} (offset {rejection.Offset}): {rejection.Reason}");
        context.Out.WriteLine($"  reporter:   {options.ReportingMtaName} in {domain}, report {options.ReportLocalIdentifier}");
        return ExitCodes.Success;
    }

    /// <summary>This host's name, cut to what an MTA name may hold.</summary>
    public static string DefaultMtaName()
    {
        var name = Environment.MachineName;
        return name.Length > MtaNames.MaxLength ? name[..MtaNames.MaxLength] : name;
    }

    /// <summary>The domain the message last entered: the default reporting domain.</summary>
    private static GlobalDomainIdentifier? LastTraceDomain(MessageApdu subject) =>
        subject.Envelope.TraceInformation.IsEmpty ? null : subject.Envelope.TraceInformation[^1].Domain;
}
