using Microsoft.Extensions.Time.Testing;
using Patcher.Agent.Fleet;
using Patcher.Core.Reporting;

namespace Patcher.Agent.Tests.Fleet;

/// <summary>The fleet index is a cache: used when the file is unchanged, never trusted beyond that, remade when damaged.</summary>
public sealed class FleetIndexTests : IDisposable
{
    private readonly FleetFolder _share = FleetFolder.Mixed();
    private readonly string _out = Directory.CreateTempSubdirectory("patcher-index-").FullName;
    private readonly FakeTimeProvider _time = new(FleetFolder.Day.AddDays(1));

    private string IndexPath => Path.Combine(_out, FleetIndex.FileName);

    public void Dispose()
    {
        _share.Dispose();
        Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public void Read_UnchangedFile_IsTakenFromTheIndexUnread()
    {
        Read();
        var file = Path.Combine(_share.Path, HostReportFileName.For(FleetFolder.Host("EXCH02", HostOutcome.Compliant, FleetFolder.Day.AddMinutes(1), "x")));
        Overwrite(file, keepSizeAndTime: true);

        var fleet = Read();

        Assert.Empty(fleet.Problems);
        Assert.Contains(fleet.Hosts, h => h.Host == "EXCH02" && h.Outcome == HostOutcome.Compliant);
    }

    [Fact]
    public void Read_ChangedFile_IsReadAgain()
    {
        Read();
        var file = Path.Combine(_share.Path, HostReportFileName.For(FleetFolder.Host("EXCH02", HostOutcome.Compliant, FleetFolder.Day.AddMinutes(1), "x")));
        Overwrite(file, keepSizeAndTime: false);

        var fleet = Read();

        Assert.Equal(HostReportFormatException.Invalid, Assert.Single(fleet.Problems).Code);
        Assert.DoesNotContain(fleet.Hosts, h => h.Host == "EXCH02");
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("empty")]
    [InlineData("another-folder")]
    [InlineData("foreign-sqlite")]
    public void Open_DamagedOrForeignIndex_IsMadeAnewAndTheReportIsRight(string kind)
    {
        switch (kind)
        {
            case "garbage":
                File.WriteAllBytes(IndexPath, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7))]);
                break;
            case "empty":
                File.WriteAllBytes(IndexPath, []);
                break;
            case "another-folder":
                using (var other = FleetFolder.Mixed())
                using (var index = FleetIndex.Open(IndexPath, other.Path, out _)!)
                {
                    FleetReportReader.Read(other.Path, _time, index);
                }

                break;
            default:
                using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={IndexPath};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "CREATE TABLE runs (name TEXT); INSERT INTO runs VALUES ('EXCH01-x.json')";
                    command.ExecuteNonQuery();
                }

                break;
        }

        var fleet = Read();

        Assert.Equal(8, fleet.Hosts.Count);
        Assert.Equal(9, fleet.ReportsRead);
        Assert.Empty(fleet.Problems);
        Assert.Equal(8, Read().Hosts.Count);
    }

    [Fact]
    public void Find_StoredRunThatDoesNotReadBack_IsAMiss()
    {
        Read();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={IndexPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE runs SET run = replace(run, '\"Outcome\":\"Compliant\"', '\"Outcome\":\"Forged\"')";
            Assert.True(command.ExecuteNonQuery() > 0);
        }

        var fleet = Read();

        Assert.Contains(fleet.Hosts, h => h.Host == "EXCH02" && h.Outcome == HostOutcome.Compliant);
    }

    [Fact]
    public void Store_Views_AreKeptCompressed()
    {
        var (file, report) = Written("EXCH01");
        var (json, detail) = Views(file);

        var (storedJson, storedDetail) = StoredViews(file);

        Assert.True(storedJson.Length < HostReportJson.Serialize(report).Length, $"entry stored in {storedJson.Length} bytes");
        Assert.True(storedDetail.Length < HostPageWriter.Detail(report).Length, $"detail stored in {storedDetail.Length} bytes");
        Assert.Equal(HostReportJson.Serialize(report), json);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(HostPageWriter.Detail(report)), detail);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("length")]
    [InlineData("too-long")]
    [InlineData("text")]
    public void Views_ThatDoNotDecompress_AreMadeAgainFromTheFile(string kind)
    {
        var first = Outputs();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={IndexPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = kind switch
            {
                "garbage" => "UPDATE runs SET entry = randomblob(300), detail = X'FFFFFFFF00'",
                "truncated" => "UPDATE runs SET entry = substr(entry, 1, length(entry) - 3), detail = substr(detail, 1, 2)",
                "length" => "UPDATE runs SET entry = CAST(X'01' || substr(entry, 2) AS BLOB), detail = CAST(X'00' || substr(detail, 2) AS BLOB)",
                "too-long" => "UPDATE runs SET entry = CAST(X'FFFFFF7F' || substr(entry, 5) AS BLOB), detail = CAST(X'FFFFFFFF' || substr(detail, 5) AS BLOB)",
                _ => "UPDATE runs SET entry = 'not a view', detail = 12",
            };
            Assert.True(command.ExecuteNonQuery() > 0);
        }

        Assert.Equal(first, Outputs());
        Assert.Equal(first, Outputs());
    }

    /// <summary>The newest report of <paramref name="host"/> in the share, by its file name.</summary>
    private (string File, HostReport Report) Written(string host)
    {
        using var index = FleetIndex.Open(IndexPath, _share.Path, out _)!;
        var file = FleetReportReader.Read(_share.Path, _time, index).Hosts.Single(h => h.Host == host).File;
        return (file, HostReportJson.Deserialize(File.ReadAllBytes(Path.Combine(_share.Path, file))));
    }

    /// <summary>The views of <paramref name="file"/> as a report over the share takes them from the index.</summary>
    private (byte[]? Json, string? Detail) Views(string file)
    {
        using var index = FleetIndex.Open(IndexPath, _share.Path, out _)!;
        var fleet = FleetReportReader.Read(_share.Path, _time, index);
        var run = fleet.Hosts.Single(h => h.File == file);
        return (fleet.Reports.Json(run), fleet.Reports.Detail(run));
    }

    /// <summary>report.json and every host's detail, from a report over the share with the index.</summary>
    private string Outputs()
    {
        using var index = FleetIndex.Open(IndexPath, _share.Path, out _)!;
        var fleet = FleetReportReader.Read(_share.Path, _time, index);
        return FleetJsonWriter.Write(fleet, 0) + string.Concat(fleet.Hosts.Select(fleet.Reports.Detail));
    }

    /// <summary>The entry and detail of <paramref name="name"/> as the index file holds them.</summary>
    private (byte[] Entry, byte[] Detail) StoredViews(string name)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={IndexPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entry, detail FROM runs WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return ((byte[])reader.GetValue(0), (byte[])reader.GetValue(1));
    }

    private FleetReport Read()
    {
        using var index = FleetIndex.Open(IndexPath, _share.Path, out var why);
        Assert.True(index is not null, why);
        return FleetReportReader.Read(_share.Path, _time, index);
    }

    /// <summary>Replaces the file with as many bytes of something that is not a report, its time kept or moved on.</summary>
    private static void Overwrite(string file, bool keepSizeAndTime)
    {
        var info = new FileInfo(file);
        var (length, time) = (info.Length, info.LastWriteTimeUtc);
        File.WriteAllBytes(file, [.. Enumerable.Repeat((byte)'x', (int)length)]);
        File.SetLastWriteTimeUtc(file, keepSizeAndTime ? time : time.AddMinutes(1));
    }
}
