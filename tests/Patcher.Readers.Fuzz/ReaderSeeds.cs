using System.Text;
using System.Text.Json;
using Patcher.Core.Apply;
using Patcher.Core.Assessment;
using Patcher.Core.Configuration;
using Patcher.Core.Reporting;
using Patcher.Core.Tests.Reporting;
using Patcher.Lab.Versioning;
using Patcher.Packaging.Building;
using Patcher.Packaging.Manifest;

namespace Patcher.Readers.Fuzz;

/// <summary>
/// The seeds, generated from real examples rather than checked in: the manifest the package builder writes for the
/// Q248732 files, a journal as apply writes it, a settings file an admin would write, and the host reports the run
/// writes (the tests' samples). Each is prefixed with the byte that picks its reader.
/// </summary>
internal static class ReaderSeeds
{
    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var seeds = Seeds().ToList();
        foreach (var (kind, name, bytes) in seeds)
        {
            File.WriteAllBytes(Path.Combine(directory, $"{kind}-{name}.json"), [(byte)kind, .. bytes]);
        }

        return seeds.Count;
    }

    private static IEnumerable<(ReaderKind Kind, string Name, byte[] Bytes)> Seeds()
    {
        yield return (ReaderKind.Manifest, "q248732", Manifest());
        yield return (ReaderKind.Journal, "apply", JournalStore.Serialize(Journal()));
        yield return (ReaderKind.Settings, "admin", Settings());
        yield return (ReaderKind.HostReport, "patched-recovered", HostReportJson.Serialize(SampleHostReports.PatchedRecovered()));
        yield return (ReaderKind.HostReport, "vulnerable", HostReportJson.Serialize(SampleHostReports.Minimal("EXCH02", HostOutcome.Vulnerable, SampleHostReports.Started)));
    }

    private static byte[] Manifest()
    {
        var version = FixBaseline.Q248732.Baseline;
        var content = new HotfixPackageContent(
            "Patcher.Hotfix.Q248732",
            "1.0.0",
            LabOnly: false,
            [
                StagedPayloadFile.Create(@"BIN\EMSMTA.EXE", PeImageWriter.Build(PeImageSpec.ForExchangeFile("EMSMTA.EXE", version))),
                StagedPayloadFile.Create(@"BIN\X400OM.DLL", PeImageWriter.Build(PeImageSpec.ForExchangeFile("X400OM.DLL", version))),
            ]);
        return HotfixManifestJson.ToUtf8Bytes(HotfixPackageBuilder.CreateManifest(content));
    }

    private static ApplyJournal Journal()
    {
        const string Id = "20000103T090000Z-1a2b3c4d";
        var state = ReaderInvariants.State;
        var at = SampleHostReports.Started;
        var hash = new string('a', 64);
        return new ApplyJournal
        {
            Operation = ApplyJournal.ApplyOperation,
            Id = Id,
            Kb = "Q248732",
            PackageId = "Patcher.Hotfix.Q248732",
            PackageVersion = "1.0.0",
            PackageSha256 = hash,
            InstallRoot = state.InstallRoot,
            DatabasePath = @"C:\EXCHSRVR\MTADATA",
            StagingFolder = state.Staging(Id),
            BackupFolder = state.Backup(Id),
            StartedUtc = at,
            Files =
            [
                new JournalFile(@"C:\EXCHSRVR\BIN\EMSMTA.EXE", hash, "5.5.2650.21", new string('b', 64), "5.5.2653.23", state.Staging(Id) + @"\EMSMTA.EXE", state.Backup(Id) + @"\EMSMTA.EXE"),
                new JournalFile(@"C:\EXCHSRVR\BIN\X400OM.DLL", null, null, new string('c', 64), "5.5.2653.23", state.Staging(Id) + @"\X400OM.DLL", state.Backup(Id) + @"\X400OM.DLL"),
            ],
            Services = [new JournalService("MSExchangeMTA", "Running"), new JournalService("MSExchangeIMC", null)],
            Steps = [new JournalStep("staged", null, null, at), new JournalStep("swapped", 0, "EMSMTA.EXE", at.AddSeconds(2))],
        };
    }

    private static byte[] Settings()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString(AgentSettingNames.ReportShare, @"\\srv\reports");
            writer.WriteString(AgentSettingNames.PackageSource, @"\\srv\packages");
            writer.WriteStartArray(AgentSettingNames.TrustedSigners);
            writer.WriteStringValue(new string('A', 64));
            writer.WriteEndArray();
            writer.WriteString(AgentSettingNames.Mode, "scan-and-apply");
            writer.WriteNumber(AgentSettingNames.RunIntervalMinutes, 240);
            writer.WriteString(AgentSettingNames.MaintenanceWindowStart, "02:00");
            writer.WriteString(AgentSettingNames.MaintenanceWindowEnd, "04:00");
            writer.WriteBoolean(AgentSettingNames.AllowDowngrade, false);
            writer.WriteNull(AgentSettingNames.HungAfterSeconds);
            writer.WriteEndObject();
        }

        // An admin's file has comments and a trailing comma (both allowed).
        return [.. Encoding.UTF8.GetBytes("// patcher.settings.json\n"), .. buffer.ToArray()];
    }
}
