using System.Diagnostics;

namespace Patcher.Installer.Tests;

/// <summary>
/// Runs installer/build.sh once per test run (it publishes the agent: the slow part) into a temporary folder and reads the
/// MSI back with msiinfo. Shared by every test class through <see cref="BuiltInstaller"/>.
/// </summary>
public sealed class InstallerBuild : IDisposable
{
    public const string Version = "1.2.3";

    public InstallerBuild()
    {
        Repo = FindRepo();
        Output = Directory.CreateTempSubdirectory("patcher-msi-").FullName;
        var (exit, stdout, stderr) = Run("bash", Repo, Path.Combine(Repo, "installer", "build.sh"), Version, "--out", Output);
        BuildLog = stdout + stderr;
        Assert.True(exit == 0, $"installer/build.sh failed ({exit}):\n{BuildLog}");
        Msi = Path.Combine(Output, $"Patcher.Agent-{Version}-x64.msi");
        DevCertificate = Path.Combine(Output, "dev-cert", "patcher-dev.crt");
    }

    public string Repo { get; }

    public string Output { get; }

    public string Msi { get; }

    public string DevCertificate { get; }

    public string BuildLog { get; }

    /// <summary>A table's rows (tab-separated columns), without the three .idt header lines.</summary>
    public IReadOnlyList<string[]> Table(string table)
    {
        var (exit, stdout, stderr) = Run("msiinfo", Output, "export", Msi, table);
        Assert.True(exit == 0, $"msiinfo export {table}: {stderr}");
        return stdout.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(3).Select(line => line.Split('\t')).ToArray();
    }

    public static (int Exit, string Stdout, string Stderr) Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    public void Dispose() => Directory.Delete(Output, recursive: true);

    private static string FindRepo()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "installer", "build.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("installer/build.sh not found above " + AppContext.BaseDirectory);
    }
}
