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
