using System.Text.Json;
using System.Text.Json.Serialization;
using Patcher.Core.Platform;

namespace Patcher.Core.Apply;

/// <summary>
/// Reads and writes an installation's journal. Every write replaces the whole file atomically and durably (temporary
/// file, flushed, renamed), so a crash leaves the previous journal or the new one.
/// </summary>
internal sealed class JournalStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private readonly string _localPath;
    private readonly HostPlatform _host;
    private readonly StateFolder _state;
    private readonly Action<string, int?>? _written;

    // Steps appended in memory by AppendWithNext, not yet written: they are written, and their hook told, with the next write.
    private readonly List<(string Step, int? Item)> _unwritten = [];

    /// <summary>The journal of <paramref name="state"/> on <paramref name="host"/>; <paramref name="written"/> hears of every step written.</summary>
    public JournalStore(HostPlatform host, StateFolder state, Action<string, int?>? written)
    {
        _state = state;
        _localPath = host.Files.ToLocalPath(state.Journal);
        _host = host;
        _written = written;
    }

    /// <summary>The largest journal read: 4 MiB (one holds a few files and services: kilobytes).</summary>
    public const long MaxJournalBytes = 4 * 1024 * 1024;

    /// <summary>Deletes journal temporaries a killed run left behind; the caller holds the installation lock.</summary>
    public void RemoveLeftovers() => Files.AtomicFile.RemoveLeftovers(_localPath);

    /// <summary>Whether there is a journal.</summary>
    public bool Exists => File.Exists(_localPath);

    /// <summary>The journal, or null when there is none.</summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.JournalUnreadable"/>, <see cref="ApplyException.StateFolderNotTrusted"/>.</exception>
    public ApplyJournal? Read()
    {
        if (!Exists)
        {
            return null;
        }

        // Whoever may write the folder may have written the journal: its access is checked before a byte of it is read.
        StateFolderTrust.Ensure(_host, _state);

        return Parse(ReadBounded(), _state, _localPath);
    }

    /// <summary>
    /// The journal in <paramref name="utf8Json"/> (read from <paramref name="source"/>) of <paramref name="state"/>,
    /// trusted only when every path in it lies where apply puts things.
    /// </summary>
    /// <exception cref="ApplyException"><see cref="ApplyException.JournalUnreadable"/>: not a journal, or not one Patcher wrote.</exception>
    public static ApplyJournal Parse(ReadOnlySpan<byte> utf8Json, StateFolder state, string source)
    {
        ApplyJournal journal;
        try
        {
            journal = JsonSerializer.Deserialize<ApplyJournal>(utf8Json, Json)
                ?? throw new JsonException("the journal is null");
        }
        catch (JsonException exception)
        {
            throw new ApplyException(
                ApplyException.JournalUnreadable,
                $"The journal {source} cannot be read ({exception.Message}): check the installation's files against the backups by hand before running Patcher again.",
                exception);
        }

        // Recovery acts on what the journal names, as SYSTEM: it must name only what apply itself would have touched.
        if (JournalPaths.Problem(journal, state) is { } problem)
        {
            throw new ApplyException(
                ApplyException.JournalUnreadable,
                $"The journal {source} is not trusted: {problem}. Patcher never writes such a journal, so it was changed by hand or by something else: nothing was done. Check the installation's files against the backups by hand, then delete the journal.");
        }

        return journal;
    }

    /// <summary>The journal's bytes: a regular file (never through a link), at most <see cref="MaxJournalBytes"/>.</summary>
    private byte[] ReadBounded()
    {
        try
        {
            return Files.BoundedFile.Read(_localPath, MaxJournalBytes, refuseLinks: true);
        }
        catch (Files.FileRefusedException exception)
        {
            throw new ApplyException(
                ApplyException.JournalUnreadable,
                $"The journal {_localPath} cannot be read (it {exception.Reason}): check the installation's files against the backups by hand before running Patcher again.",
                exception);
        }
    }

    /// <summary>Writes <paramref name="journal"/> with step <paramref name="step"/> appended, before the step is done.</summary>
    public ApplyJournal Append(ApplyJournal journal, string step, int? item = null, string? subject = null)
    {
        var next = journal with { Steps = [.. journal.Steps, new JournalStep(step, item, subject, _host.Time.GetUtcNow())] };
        Write(next);
        Notify(step, item);
        return next;
    }

    /// <summary>
    /// Appends step <paramref name="step"/> without writing it: it goes to disk with the next write (which always
    /// carries the journal returned here or one made from it). Only for a step that recovery, finding the journal as
    /// it is on disk now, would do in any case: the MTA's start after the swap or the restores (issue 13: it saves
    /// the one fsync that fell while the MTA was down).
    /// </summary>
    public ApplyJournal AppendWithNext(ApplyJournal journal, string step, int? item = null, string? subject = null)
    {
        _unwritten.Add((step, item));
        return journal with { Steps = [.. journal.Steps, new JournalStep(step, item, subject, _host.Time.GetUtcNow())] };
    }

    /// <summary>Tells the hook that step <paramref name="step"/> is in the journal.</summary>
    public void Notify(string step, int? item) => _written?.Invoke(step, item);

    /// <summary>Writes <paramref name="journal"/> as it is, and tells the hook of the steps it is the first write of.</summary>
    public void Write(ApplyJournal journal)
    {
        DurableFile.Write(_localPath, Serialize(journal));
        foreach (var (step, item) in _unwritten)
        {
            Notify(step, item);
        }

        _unwritten.Clear();
    }

    /// <summary>The journal's JSON.</summary>
    public static byte[] Serialize(ApplyJournal journal) => JsonSerializer.SerializeToUtf8Bytes(journal, Json);
}
