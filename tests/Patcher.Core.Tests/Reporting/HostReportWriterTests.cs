using Microsoft.Extensions.Time.Testing;
using Patcher.Core.Platform;
using Patcher.Core.Reporting;
using Patcher.Core.Tests.Discovery;

namespace Patcher.Core.Tests.Reporting;

public sealed class HostReportWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("patcher-report-").FullName;
    private readonly FakeEventLog _events = new();
    private readonly FakeTimeProvider _time = new(SampleHostReports.Started.AddMinutes(6));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_LocalOnly_WritesHostRunIdJsonThatReadsBackAndLeavesNoTemporaryFile()
    {
        var report = SampleHostReports.PatchedRecovered();

        var result = Writer(share: null).Write(report);

        var local = Path.Combine(_folder, "local");
        Assert.True(result.Complete);
        Assert.Equal(Path.Combine(local, "EXCH01-20000103T090000Z-1a2b3c4d.json"), result.LocalPath);
        Assert.Equal(["EXCH01-20000103T090000Z-1a2b3c4d.json"], Directory.GetFiles(local).Select(Path.GetFileName));
        Assert.Equal(report.RunId, HostReportJson.Deserialize(File.ReadAllBytes(result.LocalPath!)).RunId);
        Assert.Null(result.SharePath);
    }

    [Fact]
    public void Write_SameRunTwice_ReplacesTheFileWhole()
    {
        var writer = Writer(share: null);
        writer.Write(SampleHostReports.PatchedRecovered() with { OutcomeReason = "first" });

        var result = writer.Write(SampleHostReports.PatchedRecovered() with { OutcomeReason = "second" });

        Assert.Equal("second", HostReportJson.Deserialize(File.ReadAllBytes(result.LocalPath!)).OutcomeReason);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(result.LocalPath)!));
    }

    [Fact]
    public void Write_WithShare_WritesTheSameBytesToBoth()
    {
        var result = Writer(share: Path.Combine(_folder, "share")).Write(SampleHostReports.PatchedRecovered());

        Assert.True(result.Complete);
        Assert.Equal(File.ReadAllBytes(result.LocalPath!), File.ReadAllBytes(result.SharePath!));
        Assert.Contains(_events.Entries, e => e.EventId == HostReportEvents.ReportWritten && e.Message.Contains(result.SharePath!, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ShareUnwritable_KeepsTheLocalReportAndReportsTheShareFailure()
    {
        // A file where the share folder should be: the share cannot be written, whoever runs the test (root included).
        var share = Path.Combine(_folder, "share-is-a-file");
        File.WriteAllText(share, "not a folder");

        var result = Writer(share).Write(SampleHostReports.PatchedRecovered());

        Assert.False(result.Complete);
        Assert.NotNull(result.ShareError);
        Assert.Null(result.SharePath);
        Assert.Null(result.LocalError);
        Assert.True(File.Exists(result.LocalPath));
        var warning = Assert.Single(_events.Entries, e => e.EventId == HostReportEvents.ReportShareFailed);
        Assert.Equal(EventLevel.Warning, warning.Level);
        Assert.Contains(result.LocalPath!, warning.Message, StringComparison.Ordinal);
        Assert.Contains(_events.Entries, e => e.EventId == HostReportEvents.PatchedRecovered);
    }

    [Fact]
    public void Write_LocalUnwritable_StillWritesTheShareAndLogsAnError()
    {
        var local = Path.Combine(_folder, "local-is-a-file");
        File.WriteAllText(local, "not a folder");
        var writer = new HostReportWriter(new HostReportWriterOptions { LocalFolder = local, ShareFolder = Path.Combine(_folder, "share") }, _events, _time);

        var result = writer.Write(SampleHostReports.PatchedRecovered());

        Assert.NotNull(result.LocalError);
        Assert.True(File.Exists(result.SharePath));
        Assert.Contains(_events.Entries, e => e.EventId == HostReportEvents.ReportLocalFailed && e.Level == EventLevel.Error);
    }

    [Fact]
    public void Write_PatchedRecovered_TellsTheStoryInTheApplicationLogUnderPatcher()
    {
        Writer(share: null).Write(SampleHostReports.PatchedRecovered());

        Assert.All(_events.Entries, e =>
        {
            Assert.Equal(EventLogEntry.ApplicationLog, e.LogName);
            Assert.Equal("Patcher", e.Source);
            Assert.Equal(_time.GetUtcNow(), e.TimeGenerated);
            Assert.Contains("20000103T090000Z-1a2b3c4d", e.Message, StringComparison.Ordinal);
        });
        Assert.Equal(
            [1000, 1010, 1010, 1010, 1010, 1010, 1010, 1020, 1020, 1031, 1030, 1040, 1001, 1050],
            _events.Entries.Select(e => e.EventId));
        Assert.Contains("Win32 exit code 1067", _events.Entries[9].Message, StringComparison.Ordinal);
        Assert.Contains("[held] poison-rejected-with-ndr", _events.Entries[11].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HostOutcome.RolledBack, HostReportEvents.RolledBack, EventLevel.Warning)]
    [InlineData(HostOutcome.Failed, HostReportEvents.Failed, EventLevel.Error)]
    [InlineData(HostOutcome.Compliant, HostReportEvents.Compliant, EventLevel.Information)]
    [InlineData(HostOutcome.Error, HostReportEvents.Error, EventLevel.Error)]
    public void Write_Outcome_ClosesTheRunWithItsEvent(HostOutcome outcome, int eventId, EventLevel level)
    {
        Writer(share: null).Write(SampleHostReports.Minimal("EXCH02", outcome, SampleHostReports.Started));

        Assert.Equal(HostReportEvents.RunStarted, _events.Entries[0].EventId);
        var closing = _events.Entries[^2];
        Assert.Equal(eventId, closing.EventId);
        Assert.Equal(level, closing.Level);
        Assert.Contains(outcome.ToName(), closing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EventLogRefuses_StillWritesTheReportAndSaysSo()
    {
        var writer = new HostReportWriter(new HostReportWriterOptions { LocalFolder = Path.Combine(_folder, "local") }, new RefusingEventLog(), _time);

        var result = writer.Write(SampleHostReports.PatchedRecovered());

        Assert.True(File.Exists(result.LocalPath));
        Assert.StartsWith("event 1000:", result.EventLogError, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BlankLocalFolder_Throws() =>
        Assert.Throws<ArgumentException>(() => new HostReportWriter(new HostReportWriterOptions { LocalFolder = " " }, _events, _time));

    private HostReportWriter Writer(string? share) =>
        new(new HostReportWriterOptions { LocalFolder = Path.Combine(_folder, "local"), ShareFolder = share }, _events, _time);

    private sealed class RefusingEventLog : IEventLog
    {
        public IReadOnlyList<EventLogEntry> Read(string logName, DateTimeOffset since) => [];

        public void Write(EventLogEntry entry) => throw new UnauthorizedAccessException("no right to write the Application log");
    }
}
