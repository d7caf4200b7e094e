using Patcher.Agent.Cli;
using Patcher.Agent.Tests.Cli;
using Patcher.X411.Tests.Samples;

namespace Patcher.Agent.Tests.BadInput;

/// <summary>
/// No stack trace reaches a user: every command of <c>patcher</c> and <c>patcher-lab</c> that takes a file, a folder or
/// a setting, against each class of bad input, ends in one line on stderr, a documented exit code, nothing changed and
/// no hang.
/// </summary>
public sealed class BadInputMatrixTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static readonly BadInput[] FileInputs =
        [BadInput.Empty, BadInput.Missing, BadInput.Fifo, BadInput.Directory, BadInput.EndlessDevice, BadInput.Huge, BadInput.MalformedJson];

    private static readonly BadInput[] FolderInputs =
        [BadInput.Empty, BadInput.Missing, BadInput.Fifo, BadInput.EndlessDevice, BadInput.Huge, BadInput.Unwritable];

    // {bad}: the bad input; {p1}: a valid APDU; {reports}: a folder of valid host reports; {lab}/{host}: a lab and its host.
    private static readonly (string Face, string Command, BadInput[] Inputs)[] Commands =
    [
        ("patcher", "decode {bad}", FileInputs),
        ("patcher", "ndr {bad} -o out.ndr", FileInputs),
        ("patcher", "ndr {p1} -o {bad}", [BadInput.Unwritable, BadInput.Directory]),
        ("patcher", "report {bad}", FolderInputs),
        ("patcher", "report {reports} --out {bad}", [BadInput.Unwritable, BadInput.Empty, BadInput.Fifo]),
        ("patcher", "report {reports} --html {bad}", [BadInput.Unwritable]),
        ("patcher", "report {reports} --csv {bad}", [BadInput.Unwritable]),
        ("patcher", "package verify {bad}", FileInputs),
        ("patcher", "package build --payload {bad} --out pkg", FolderInputs),
        ("patcher", "check --baseline {bad}", FileInputs),
        ("patcher", "apply --package {bad}", FileInputs),
        ("patcher", "run --package {bad} --report-dir reports-out", FileInputs),
        ("patcher-lab", "package verify {bad}", FileInputs),
        ("patcher-lab", "check --lab {host} --baseline {bad}", FileInputs),
        ("patcher-lab", "apply --lab {host} --package {bad}", FileInputs),
        ("patcher-lab", "scan --lab {bad}", FolderInputs),
        ("patcher-lab", "check --lab {bad}", FolderInputs),
        ("patcher-lab", "apply --lab {bad} --package x.nupkg", FolderInputs),
        ("patcher-lab", "rollback --lab {bad}", FolderInputs),
        ("patcher-lab", "verify --lab {bad}", FolderInputs),
        ("patcher-lab", "run --lab {bad} --package x.nupkg", FolderInputs),
        ("patcher-lab", "config show --lab {bad}", FolderInputs),
        ("patcher-lab", "config show --lab {host} [settings]", [.. FileInputs.Except([BadInput.Missing])]),
        ("patcher-lab", "config show --lab {host} [registry]", [.. FileInputs.Except([BadInput.Missing])]),
        ("patcher-lab", "rollback --lab {host} [journal]", [.. FileInputs.Except([BadInput.Missing])]),
        ("patcher-lab", "lab init {bad}", [BadInput.Empty, BadInput.Fifo, BadInput.EndlessDevice, BadInput.Huge, BadInput.Unwritable]),
        ("patcher-lab", "lab add-host {bad} h2 --version 5.5.2650.24", FolderInputs),
        ("patcher-lab", "lab status {bad}", FolderInputs),
        ("patcher-lab", "lab start {bad}", FolderInputs),
        ("patcher-lab", "lab stop {bad}", FolderInputs),
        ("patcher-lab", "lab package --out {bad}", [BadInput.Unwritable, BadInput.Empty, BadInput.Fifo]),
        ("patcher-lab", "demo --out {bad}", [BadInput.Unwritable, BadInput.Empty, BadInput.Fifo, BadInput.EndlessDevice]),
    ];

    public static TheoryData<string, string, BadInput> Cases()
    {
        var data = new TheoryData<string, string, BadInput>();
        foreach (var (face, command, inputs) in Commands)
        {
            foreach (var input in inputs)
            {
                data.Add(face, command, input);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Command_BadInput_OneLineDocumentedCodeNothingChanged(string face, string command, BadInput input)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs, /dev/zero and sparse files as made here are Unix; the Windows paths are the same code.
        }

        using var folder = new BadInputFolder();
        var args = Arguments(folder, command, input);
        var before = folder.Snapshot();

        var run = await Task.Run(() => face == "patcher" ? CliRun.Of(args) : CliRun.Lab(args)).WaitAsync(Limit);

        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var said = $"{face} {string.Join(' ', args)} → exit {run.ExitCode}, stderr:\n{run.Error}";
        // decode's rejection of an APDU (empty, not BER) is its answer, on stdout with exit 1; everything else is one line.
        var answered = run.ExitCode == ExitCodes.Rejected && lines.Length == 0 && run.Out.Length > 0;
        Assert.True(lines.Length == 1 || answered, said);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        Assert.True(run.ExitCode is ExitCodes.Refused or ExitCodes.Error or ExitCodes.NoReports, said);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void ConfigShow_NullValueInTheLabRegistry_OneLineNamingTheFileAndTheKey()
    {
        using var folder = new BadInputFolder();
        var host = LabHost(folder);
        var registry = Path.Combine(host, "registry.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(registry))!.AsObject();
        var key = json.First().Key;
        var value = json[key]!.AsObject().First().Key;
        json[key]![value] = null;
        File.WriteAllText(registry, json.ToJsonString());

        var run = CliRun.Lab("config", "show", "--lab", host);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(registry, line, StringComparison.Ordinal);
        Assert.Contains($"value '{value}' of key {key} is null", line, StringComparison.Ordinal);
    }

    private static string[] Arguments(BadInputFolder folder, string command, BadInput input)
    {
        var at = (string name) => Path.Combine(folder.Path, name);
        var words = command.Split(' ');
        var target = words.FirstOrDefault(w => w.StartsWith('[')) ?? "";
        var host = command.Contains("{host}", StringComparison.Ordinal) ? LabHost(folder) : "";
        string bad;
        switch (target)
        {
            case "[settings]":
                bad = folder.Make(input, Path.Combine(host, "patcher.settings.json"));
                break;
            case "[registry]":
                File.Delete(Path.Combine(host, "registry.json"));
                bad = folder.Make(input, Path.Combine(host, "registry.json"));
                break;
            case "[journal]":
                var state = Path.Combine(host, "drive_c", "EXCHSRVR", "Patcher");
                Directory.CreateDirectory(state);
                bad = folder.Make(input, Path.Combine(state, "journal.json"));
                break;
            default:
                bad = folder.Make(input, at("bad.json"));
                break;
        }

        return words
            .Where(w => !w.StartsWith('['))
            .Select(w => w switch
            {
                "{bad}" => bad,
                "{host}" => host,
                "{p1}" => WriteApdu(at("m.p1")),
                "{reports}" => Reports(at("reports")),
                "out.ndr" or "pkg" or "reports-out" or "x.nupkg" => at(w),
                _ => w,
            })
            .ToArray();
    }

    private static string LabHost(BadInputFolder folder)
    {
        var lab = Path.Combine(folder.Path, "lab");
        Assert.Equal(ExitCodes.Success, CliRun.Lab("lab", "init", lab).ExitCode);
        Assert.Equal(ExitCodes.Success, CliRun.Lab("lab", "add-host", lab, "h", "--version", "5.5.2650.24").ExitCode);
        return Path.Combine(lab, "h");
    }

    private static string WriteApdu(string path)
    {
        File.WriteAllBytes(path, SampleApdus.Poison());
        return path;
    }

    private static string Reports(string path)
    {
        Directory.CreateDirectory(path);
        using var fleet = Fleet.FleetFolder.Mixed();
        foreach (var file in Directory.GetFiles(fleet.Path))
        {
            File.Copy(file, Path.Combine(path, Path.GetFileName(file)));
        }

        return path;
    }
}
