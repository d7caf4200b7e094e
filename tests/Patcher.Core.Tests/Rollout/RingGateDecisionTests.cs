using Patcher.Core.Rollout;

namespace Patcher.Core.Tests.Rollout;

public sealed class RingGateDecisionTests : IDisposable
{
    private readonly string _share = Directory.CreateTempSubdirectory("patcher-gates-").FullName;

    private static RolloutPolicy Broad => new() { Ring = "broad", IsRingSet = true };

    [Fact]
    public void Read_FirstRing_MayApplyWithoutAGate()
    {
        Assert.True(RingGateDecision.Read(new RolloutPolicy { Ring = "pilot", IsRingSet = true }, null).MayApply);
    }

    [Fact]
    public void Read_NoRingSet_RingsOff_MayApply()
    {
        var decision = RingGateDecision.Read(new RolloutPolicy(), null);

        Assert.True(decision.MayApply);
        Assert.Equal("broad", decision.Ring);
    }

    [Fact]
    public void Read_OpenGateForItsRing_MayApply_ClosedGateHolds()
    {
        RingGateFile.Write(_share, Gate("broad", RingGate.Open));
        Assert.True(RingGateDecision.Read(Broad, _share).MayApply);

        RingGateFile.Write(_share, Gate("broad", RingGate.Closed));
        var closed = RingGateDecision.Read(Broad, _share);
        Assert.False(closed.MayApply);
        Assert.Contains("held by its gate", closed.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", null, "does not exist")]
    [InlineData("no share", "", "no report share")]
    [InlineData("not JSON", "{{{", "unreadable")]
    [InlineData("JSON null", "null", "not a gate")]
    [InlineData("a field missing", """{"format":"patcher-ring-gate 1","ring":"broad","state":"open"}""", "unreadable")]
    [InlineData("another format", """{"format":"x","ring":"broad","state":"open","decidedAt":"2026-01-01T00:00:00Z","ringsBefore":[],"minRecoveredHosts":0,"maxFailurePercent":0,"deferralHours":0,"recovered":0,"failing":0,"failurePercent":0,"reason":"r"}""", "not a gate")]
    [InlineData("another ring", """{"format":"patcher-ring-gate 1","ring":"pilot","state":"open","decidedAt":"2026-01-01T00:00:00Z","ringsBefore":[],"minRecoveredHosts":0,"maxFailurePercent":0,"deferralHours":0,"recovered":0,"failing":0,"failurePercent":0,"reason":"r"}""", "forged or misplaced")]
    [InlineData("a third state", """{"format":"patcher-ring-gate 1","ring":"broad","state":"forced","decidedAt":"2026-01-01T00:00:00Z","ringsBefore":[],"minRecoveredHosts":0,"maxFailurePercent":0,"deferralHours":0,"recovered":0,"failing":0,"failurePercent":0,"reason":"r"}""", "neither open nor closed")]
    public void Read_HostileOrAbsentGate_HoldsWithOneLine(string name, string? content, string why)
    {
        Assert.NotNull(name);
        if (content is { Length: > 0 })
        {
            Directory.CreateDirectory(Path.Combine(_share, RingGateFile.Folder));
            File.WriteAllText(RingGateFile.PathOf(_share, "broad"), content);
        }

        var decision = RingGateDecision.Read(Broad, content == "" ? null : _share);

        Assert.False(decision.MayApply);
        Assert.Contains(why, decision.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', decision.Reason);
    }

    [Fact]
    public void Read_OversizedOrLinkedOrFolderGate_Holds()
    {
        var path = RingGateFile.PathOf(_share, "broad");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[RingGateFile.MaxBytes + 1]);
        Assert.Contains("cap for this file", RingGateDecision.Read(Broad, _share).Reason, StringComparison.Ordinal);

        File.Delete(path);
        RingGateFile.Write(_share, Gate("early", RingGate.Open));
        File.CreateSymbolicLink(path, RingGateFile.PathOf(_share, "early"));
        Assert.Contains("symbolic link", RingGateDecision.Read(Broad, _share).Reason, StringComparison.Ordinal);

        File.Delete(path);
        Directory.CreateDirectory(path);
        Assert.False(RingGateDecision.Read(Broad, _share).MayApply);
    }

    public void Dispose() => Directory.Delete(_share, recursive: true);

    private static RingGate Gate(string ring, string state) =>
        new(RingGate.CurrentFormat, ring, state, DateTimeOffset.UnixEpoch, ["pilot"], 1, 0, 0, 1, 0, 0, "test");
}
