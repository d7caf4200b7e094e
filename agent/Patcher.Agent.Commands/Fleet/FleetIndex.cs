using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.Data.Sqlite;

namespace Patcher.Agent.Fleet;

/// <summary>
/// What the last fleet report read and wrote, so the next one over an unchanged share reads and writes only what changed:
/// an SQLite file beside the fleet report, one row per host-report file keyed by its name, size and modification time,
/// holding the run (<see cref="HostRun"/>) and, for a run that may be its host's newest, the two views of its whole report
/// (<see cref="HostReportSource"/>); and one row per host page, with the inputs it was written from.
/// </summary>
/// <remarks>
/// A cache, never a source of truth: a file that is not an SQLite database, a database of another format or made for
/// another folder, or any error while using it, and the index is thrown away and made again; a row is used only for a
/// file that is in the folder now with the same size and time, and only if it reads back as a valid run of that file.
/// During one report it is also where each run's views wait between reading and writing (a temporary database when no
/// index is kept), so a report is read and parsed once and the fleet never holds more than one in memory.
/// </remarks>
internal sealed class FleetIndex : IDisposable
{
    /// <summary>The index's file name, beside the fleet report.</summary>
    public const string FileName = "report-index.sqlite";

    /// <summary>
    /// Written into the index; an index with anything else was made by another version or program. Change it whenever a
    /// stored view changes (the host page's detail, the JSON entry, the host page itself): pages are not rewritten while
    /// their inputs are unchanged.
    /// </summary>
    private const string Format = "patcher-fleet-index 5";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _entry;
    private readonly SqliteCommand _detail;
    private readonly SqliteCommand _store;
    private readonly SqliteCommand _page;
    private readonly SqliteCommand _storePage;
    private readonly SqliteCommand _storeViews;
    private SqliteTransaction _transaction;

    /// <summary>Made anew for this report: it holds nothing of an earlier one, so nothing is looked up.</summary>
    private readonly bool _new;

    private FleetIndex(SqliteConnection connection, bool isNew)
    {
        _connection = connection;
        _new = isNew;
        _transaction = connection.BeginTransaction();
        _find = Command("SELECT size, mtime, run, entry IS NOT NULL AND detail IS NOT NULL FROM runs WHERE name = $name", "$name");
        _entry = Command("SELECT entry FROM runs WHERE name = $name", "$name");
        _detail = Command("SELECT detail FROM runs WHERE name = $name", "$name");
        _store = Command("INSERT OR REPLACE INTO runs (name, size, mtime, run, entry, detail) VALUES ($name, $size, $mtime, $run, $entry, $detail)", "$name", "$size", "$mtime", "$run", "$entry", "$detail");
        _storeViews = Command("UPDATE runs SET entry = $entry, detail = $detail WHERE name = $name", "$name", "$entry", "$detail");
        _page = Command("SELECT inputs, size, mtime FROM pages WHERE name = $name", "$name");
        _storePage = Command("INSERT OR REPLACE INTO pages (name, inputs, size, mtime) VALUES ($name, $inputs, $size, $mtime)", "$name", "$inputs", "$size", "$mtime");
    }

    /// <summary>
    /// Opens the index at <paramref name="path"/> for <paramref name="folder"/>, making it anew when it is missing, damaged
    /// or not this format's for this folder; null (and why, in <paramref name="why"/>) when no index can be had there.
    /// </summary>
    public static FleetIndex? Open(string path, string folder, out string? why)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        why = null;
        var full = Path.GetFullPath(folder);
        try
        {
            return TryOpenExisting(path, full) ?? Create(path, full);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            why = exception.Message;
            return null;
        }
    }

    /// <summary>
    /// A private database that SQLite deletes when it is closed (an empty file name: kept in memory up to its cache, then
    /// in a temporary file): where a report without an index keeps each run's views between reading and writing.
    /// </summary>
    /// <exception cref="SqliteException">It cannot be made.</exception>
    public static FleetIndex OpenTemporary()
    {
        var connection = Connect(string.Empty, SqliteOpenMode.ReadWriteCreate);
        try
        {
            Execute(connection, "PRAGMA journal_mode = OFF");
            Execute(connection, "PRAGMA synchronous = OFF");
            CreateTables(connection);
            return new FleetIndex(connection, isNew: true);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The run of <paramref name="name"/> if the index holds it for this size and time and it reads back valid, and whether its views are held too.</summary>
    public IndexedRun? Find(string name, long size, DateTime modifiedUtc)
    {
        if (_new)
        {
            return null;
        }

        _find.Parameters["$name"].Value = name;
        using var reader = _find.ExecuteReader();
        if (!reader.Read() || reader.GetInt64(0) != size || reader.GetInt64(1) != modifiedUtc.Ticks)
        {
            return null;
        }

        return HostRunJson.TryRead(reader.GetString(2), name) is { } run ? new IndexedRun(run, reader.GetBoolean(3)) : null;
    }

    /// <summary>Remembers <paramref name="run"/>, read from a file of this size and time, with its report's views if it may be its host's newest.</summary>
    public void Store(HostRun run, long size, DateTime modifiedUtc, byte[]? entry, byte[]? detail)
    {
        ArgumentNullException.ThrowIfNull(run);
        _store.Parameters["$name"].Value = run.File;
        _store.Parameters["$size"].Value = size;
        _store.Parameters["$mtime"].Value = modifiedUtc.Ticks;
        _store.Parameters["$run"].Value = HostRunJson.Write(run);
        _store.Parameters["$entry"].Value = entry is null ? DBNull.Value : Pack(entry);
        _store.Parameters["$detail"].Value = detail is null ? DBNull.Value : Pack(detail);
        _store.ExecuteNonQuery();
    }

    /// <summary>Replaces the views of the file <paramref name="name"/> (made again from the file when the stored ones were damaged).</summary>
    public void StoreViews(string name, byte[] entry, byte[] detail)
    {
        _storeViews.Parameters["$name"].Value = name;
        _storeViews.Parameters["$entry"].Value = Pack(entry);
        _storeViews.Parameters["$detail"].Value = Pack(detail);
        _storeViews.ExecuteNonQuery();
    }

    /// <summary>The report of the file <paramref name="name"/> as host-report JSON, as stored when it was read (this report or an earlier one).</summary>
    /// <exception cref="InvalidDataException">The stored view does not decompress (a damaged index).</exception>
    public byte[]? Entry(string name) => Unpack(Blob(_entry, name));

    /// <summary>The detail of the file <paramref name="name"/>'s report on its host's page (UTF-8 HTML), as stored when it was read.</summary>
    /// <exception cref="InvalidDataException">The stored view does not decompress (a damaged index).</exception>
    public byte[]? Detail(string name) => Unpack(Blob(_detail, name));

    /// <summary>Whether the host page <paramref name="name"/> was written from <paramref name="inputs"/> and is still the file that was written (same size and time).</summary>
    public bool PageIsCurrent(string name, ReadOnlySpan<byte> inputs, FileInfo page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (_new)
        {
            return false;
        }

        _page.Parameters["$name"].Value = name;
        using var reader = _page.ExecuteReader();
        return reader.Read()
            && !reader.IsDBNull(0)
            && inputs.SequenceEqual((byte[])reader.GetValue(0))
            && page.Exists
            && page.LinkTarget is null
            && reader.GetInt64(1) == page.Length
            && reader.GetInt64(2) == page.LastWriteTimeUtc.Ticks;
    }

    /// <summary>Remembers that the host page <paramref name="name"/> was written from <paramref name="inputs"/>, as the file <paramref name="page"/> is now.</summary>
    public void StorePage(string name, byte[] inputs, FileInfo page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _storePage.Parameters["$name"].Value = name;
        _storePage.Parameters["$inputs"].Value = inputs;
        _storePage.Parameters["$size"].Value = page.Length;
        _storePage.Parameters["$mtime"].Value = page.LastWriteTimeUtc.Ticks;
        _storePage.ExecuteNonQuery();
    }

    /// <summary>Forgets every file not in <paramref name="names"/> (reports deleted from the share) and saves.</summary>
    public void Commit(IReadOnlyCollection<string> names) => KeepOnly("runs", names);

    /// <summary>Forgets every host page not in <paramref name="names"/> (hosts gone from the fleet) and saves.</summary>
    public void CommitPages(IReadOnlyCollection<string> names) => KeepOnly("pages", names);

    public void Dispose()
    {
        foreach (var command in Commands)
        {
            command.Dispose();
        }

        _transaction.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand[] Commands => [_find, _entry, _detail, _store, _storeViews, _page, _storePage];

    /// <summary>
    /// The largest view that is decompressed: a view is made from one report of at most
    /// <see cref="FleetReportReader.MaxReportBytes"/>, and its HTML escaping at most multiplies it by a few.
    /// </summary>
    private const int MaxViewBytes = (int)(8 * FleetReportReader.MaxReportBytes);

    /// <summary>
    /// A view as stored: its length (4 bytes, little-endian), then Brotli at quality 1 (the fastest; the views are JSON
    /// and HTML made from the same few texts, and compress to a fraction even so).
    /// </summary>
    private static byte[] Pack(byte[] view)
    {
        var packed = new byte[4 + BrotliEncoder.GetMaxCompressedLength(view.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(packed, view.Length);
        if (!BrotliEncoder.TryCompress(view, packed.AsSpan(4), out var written, quality: 1, window: 22))
        {
            throw new InvalidOperationException("Brotli could not compress a view into its maximum compressed length.");
        }

        return packed[..(4 + written)];
    }

    /// <summary>A view as <see cref="Pack"/> stored it, decompressed; anything else is a damaged index.</summary>
    /// <exception cref="InvalidDataException">It does not decompress to its stored length.</exception>
    private static byte[]? Unpack(byte[]? packed)
    {
        if (packed is null)
        {
            return null;
        }

        var length = packed.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(packed) : -1;
        if (length is < 0 or > MaxViewBytes)
        {
            throw new InvalidDataException("A view in the fleet index is damaged: its stored length is not a view's.");
        }

        var view = new byte[length];
        using var decoder = new BrotliDecoder();
        return decoder.Decompress(packed.AsSpan(4), view, out var consumed, out var written) == System.Buffers.OperationStatus.Done
            && consumed == packed.Length - 4 && written == length
            ? view
            : throw new InvalidDataException("A view in the fleet index is damaged: it does not decompress.");
    }

    /// <summary>The stored view of <paramref name="name"/>; null when none is stored.</summary>
    /// <exception cref="InvalidDataException">What is stored is not a blob (a damaged index).</exception>
    private static byte[]? Blob(SqliteCommand command, string name)
    {
        command.Parameters["$name"].Value = name;
        using var reader = command.ExecuteReader();
        return !reader.Read() || reader.IsDBNull(0) ? null
            : reader.GetValue(0) as byte[] ?? throw new InvalidDataException("A view in the fleet index is damaged: it is not a blob.");
    }

    /// <summary>Deletes the rows of <paramref name="table"/> not named in <paramref name="names"/>, commits, and begins the next transaction.</summary>
    private void KeepOnly(string table, IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        using (var create = Command("CREATE TEMP TABLE IF NOT EXISTS present (name TEXT PRIMARY KEY)"))
        {
            create.ExecuteNonQuery();
        }

        using (var clear = Command("DELETE FROM present"))
        {
            clear.ExecuteNonQuery();
        }

        using (var insert = Command("INSERT OR IGNORE INTO present (name) VALUES ($name)", "$name"))
        {
            foreach (var name in names)
            {
                insert.Parameters["$name"].Value = name;
                insert.ExecuteNonQuery();
            }
        }

        using (var prune = Command($"DELETE FROM {table} WHERE name NOT IN (SELECT name FROM present)"))
        {
            prune.ExecuteNonQuery();
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = _connection.BeginTransaction();
        foreach (var command in Commands)
        {
            command.Transaction = _transaction;
        }
    }

    private static FleetIndex? TryOpenExisting(string path, string folder)
    {
        if (!File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return null;
        }

        SqliteConnection? connection = null;
        try
        {
            connection = Connect(path, SqliteOpenMode.ReadWrite);
            if (Meta(connection, "format") == Format && Meta(connection, "folder") == folder)
            {
                var index = new FleetIndex(connection, isNew: false);
                connection = null;
                return index;
            }
        }
        catch (SqliteException)
        {
            // Not a database, damaged, or not ours: made anew below.
        }
        finally
        {
            connection?.Dispose();
        }

        return null;
    }

    private static FleetIndex Create(string path, string folder)
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        var connection = Connect(path, SqliteOpenMode.ReadWriteCreate);
        try
        {
            CreateTables(connection);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "INSERT INTO meta (key, value) VALUES ('format', $format), ('folder', $folder)";
                command.Parameters.AddWithValue("$format", Format);
                command.Parameters.AddWithValue("$folder", folder);
                command.ExecuteNonQuery();
            }

            return new FleetIndex(connection, isNew: true);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void CreateTables(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        Execute(connection, "CREATE TABLE runs (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, run TEXT NOT NULL, entry BLOB, detail BLOB)");
        Execute(connection, "CREATE TABLE pages (name TEXT PRIMARY KEY, inputs BLOB NOT NULL, size INTEGER NOT NULL, mtime INTEGER NOT NULL)");
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        // SQLite's rollback journal: a report that dies mid-write leaves the previous index, whole.
        connection.Open();
        return connection;
    }

    private static string? Meta(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
        }

        return command;
    }
}
