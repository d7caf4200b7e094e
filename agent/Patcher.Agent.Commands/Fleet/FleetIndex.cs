using Microsoft.Data.Sqlite;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Fleet;

/// <summary>
/// What the last fleet report read, so the next one over an unchanged share reads only what changed: an SQLite file
/// beside the fleet report, one row per host-report file keyed by its name, size and modification time, holding the run
/// (<see cref="HostRun"/>) and the report as re-serialized after it was validated.
/// </summary>
/// <remarks>
/// A cache, never a source of truth: a file that is not an SQLite database, a database of another format or made for
/// another folder, or any error while using it, and the index is thrown away and made again; a row is used only for a
/// file that is in the folder now with the same size and time, and only if it reads back as a valid run of that file.
/// </remarks>
internal sealed class FleetIndex : IDisposable
{
    /// <summary>The index's file name, beside the fleet report.</summary>
    public const string FileName = "report-index.sqlite";

    /// <summary>Written into the index; an index with anything else was made by another version or program.</summary>
    private const string Format = "patcher-fleet-index 3";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _report;
    private readonly SqliteCommand _store;

    private FleetIndex(SqliteConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
        _find = Command("SELECT size, mtime, run FROM runs WHERE name = $name", "$name");
        _report = Command("SELECT size, mtime, report FROM runs WHERE name = $name", "$name");
        _store = Command("INSERT OR REPLACE INTO runs (name, size, mtime, run, report) VALUES ($name, $size, $mtime, $run, $report)", "$name", "$size", "$mtime", "$run", "$report");
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

    /// <summary>The run of <paramref name="name"/> if the index holds it for this size and time, and it reads back valid.</summary>
    public HostRun? Find(string name, long size, DateTime modifiedUtc)
    {
        _find.Parameters["$name"].Value = name;
        using var reader = _find.ExecuteReader();
        if (!reader.Read() || reader.GetInt64(0) != size || reader.GetInt64(1) != modifiedUtc.Ticks)
        {
            return null;
        }

        return HostRunJson.TryRead(reader.GetString(2), name);
    }

    /// <summary>The stored report of <paramref name="name"/> (its JSON as re-serialized), if held for this size and time.</summary>
    public byte[]? Report(string name, long size, DateTime modifiedUtc)
    {
        _report.Parameters["$name"].Value = name;
        using var reader = _report.ExecuteReader();
        return reader.Read() && reader.GetInt64(0) == size && reader.GetInt64(1) == modifiedUtc.Ticks && !reader.IsDBNull(2)
            ? (byte[])reader.GetValue(2)
            : null;
    }

    /// <summary>Remembers <paramref name="run"/>, read from a file of this size and time, with its validated report.</summary>
    public void Store(HostRun run, long size, DateTime modifiedUtc, HostReport report)
    {
        ArgumentNullException.ThrowIfNull(run);
        _store.Parameters["$name"].Value = run.File;
        _store.Parameters["$size"].Value = size;
        _store.Parameters["$mtime"].Value = modifiedUtc.Ticks;
        _store.Parameters["$run"].Value = HostRunJson.Write(run);
        _store.Parameters["$report"].Value = HostReportJson.Serialize(report);
        _store.ExecuteNonQuery();
    }

    /// <summary>Forgets every file not in <paramref name="names"/> (reports deleted from the share) and saves.</summary>
    public void Commit(IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        using (var create = Command("CREATE TEMP TABLE present (name TEXT PRIMARY KEY)"))
        {
            create.ExecuteNonQuery();
        }

        using (var insert = Command("INSERT OR IGNORE INTO present (name) VALUES ($name)", "$name"))
        {
            foreach (var name in names)
            {
                insert.Parameters["$name"].Value = name;
                insert.ExecuteNonQuery();
            }
        }

        using (var prune = Command("DELETE FROM runs WHERE name NOT IN (SELECT name FROM present)"))
        {
            prune.ExecuteNonQuery();
        }

        _transaction.Commit();
        foreach (var command in new[] { _find, _report, _store })
        {
            command.Transaction = null;
        }
    }

    public void Dispose()
    {
        _find.Dispose();
        _report.Dispose();
        _store.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
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
                var index = new FleetIndex(connection);
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
            Execute(connection, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            Execute(connection, "CREATE TABLE runs (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, run TEXT NOT NULL, report BLOB)");
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "INSERT INTO meta (key, value) VALUES ('format', $format), ('folder', $folder)";
                command.Parameters.AddWithValue("$format", Format);
                command.Parameters.AddWithValue("$folder", folder);
                command.ExecuteNonQuery();
            }

            return new FleetIndex(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
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
