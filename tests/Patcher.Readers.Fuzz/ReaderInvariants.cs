using Patcher.Core.Apply;
using Patcher.Core.Configuration;
using Patcher.Core.Reporting;
using Patcher.Packaging.Manifest;

namespace Patcher.Readers.Fuzz;

/// <summary>
/// What every reader of a file the agent did not write owes, whatever the bytes: a value, or a refusal with its own
/// documented error (type and stable code), never any other exception. Hangs are AFL's to catch (its timeout).
/// </summary>
internal static class ReaderInvariants
{
    /// <summary>The state folder a fuzzed journal is judged against, as on a real host.</summary>
    public static readonly StateFolder State = new(@"C:\EXCHSRVR");

    /// <summary>Checks <paramref name="input"/>: the first byte picks the reader, the rest is the file.</summary>
    public static void Check(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        var kind = (ReaderKind)(input[0] % 4);
        var file = input[1..];
        try
        {
            Read(kind, file);
        }
        catch (HotfixManifestException e) when (kind == ReaderKind.Manifest)
        {
            Refused(kind, e.Code, e.Message, "PKG");
        }
        catch (ApplyException e) when (kind == ReaderKind.Journal)
        {
            Refused(kind, e.Code, e.Message, ApplyException.JournalUnreadable);
        }
        catch (HostReportFormatException e) when (kind == ReaderKind.HostReport)
        {
            Refused(kind, e.Code, e.Message, "RP");
        }
        catch (Exception e) when (e is not InvariantViolationException)
        {
            throw new InvariantViolationException($"{kind}: {e.GetType().Name} escaped: {e.Message}", e);
        }
    }

    private static void Read(ReaderKind kind, ReadOnlySpan<byte> file)
    {
        switch (kind)
        {
            case ReaderKind.Manifest:
                HotfixManifestJson.Parse(file);
                break;
            case ReaderKind.Journal:
                JournalStore.Parse(file, State, "journal.json");
                break;
            case ReaderKind.Settings:
                var problems = new List<string>();
                AgentSettingsFile.Parse(file, "patcher.settings.json", problems);
                if (problems.Any(string.IsNullOrWhiteSpace))
                {
                    throw new InvariantViolationException("Settings: a problem without words");
                }

                break;
            default:
                HostReportJson.Deserialize(file);
                break;
        }
    }

    private static void Refused(ReaderKind kind, string code, string message, string codePrefix)
    {
        if (!code.StartsWith(codePrefix, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(message))
        {
            throw new InvariantViolationException($"{kind}: refused with code '{code}' (expected {codePrefix}...) or no message");
        }
    }
}
