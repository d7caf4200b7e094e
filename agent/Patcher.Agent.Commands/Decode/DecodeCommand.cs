using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Agent.Ndr;
using Patcher.X411.Decoding;
using Patcher.X411.Ndr;

namespace Patcher.Agent.Decode;

/// <summary><c>patcher decode FILE [--json]</c>: runs the patched engine over one APDU file and says what it found.</summary>
internal static class DecodeCommand
{
    /// <summary>The <c>decode</c> command, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The file holding one BER-encoded P1 MTS-APDU (at most 64 MiB)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (camelCase; fields in the agent README) instead of the tree." };
        var command = new Command(
            "decode",
            "Decode a P1 APDU with the patched engine. Exit 0 when valid, 1 when rejected, 2 on usage or I/O error.")
        {
            file,
            json,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetRequiredValue(file), parseResult.GetValue(json)));
        return command;
    }

    /// <summary>Decodes <paramref name="file"/> and writes the tree, the rejection, or the JSON document.</summary>
    public static int Run(CliContext context, string file, bool json)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ApduFile.TryRead(file, out var bytes, out var problem))
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} decode: {problem}");
            return ExitCodes.Error;
        }

        var result = P1Decoder.Decode(bytes);
        if (json)
        {
            var document = DecodeDocumentBuilder.Build(file, bytes.Length, result);
            context.Out.WriteLine(DecodeJson.Serialize(document));
        }
        else if (result.Rejection is { } rejection)
        {
            RejectionWriter.Write(context.Out, file, rejection, NdrSubject.Classify(result, out _));
        }
        else
        {
            context.Out.WriteLine($"VALID {DecodeDocumentBuilder.KindName(result.Kind)}: {file} ({bytes.Length} bytes)");
            ApduTreeWriter.Write(context.Out, result.Apdu!);
        }

        return result.IsValid ? ExitCodes.Success : ExitCodes.Rejected;
    }
}
