using System.CommandLine;
using System.Reflection;
using Microsoft.Extensions.Time.Testing;
using Patcher.Agent.Cli;
using Patcher.Agent.Hosts;
using Patcher.LabTool.Hosts;

namespace Patcher.Agent.Tests.Cli;

/// <summary>
/// The two faces of the shared commands: <c>patcher</c> (what the MSI installs) has no lab in it; <c>patcher-lab</c> has
/// every agent command, pointed at a lab host, plus <c>lab</c> and <c>demo</c>.
/// </summary>
public sealed class AgentFacesTests
{
    private static readonly string[] LabOnlyCommands = ["lab", "demo"];

    [Fact]
    public void Production_CommandTree_HasNoLabCommandAndNoLabOption()
    {
        var commands = Walk(Tree(new WindowsHostOpener())).ToArray();

        Assert.Contains(commands, c => c.Path == "run");
        Assert.DoesNotContain(commands, c => LabOnlyCommands.Contains(c.Path.Split(' ')[0]));
        Assert.DoesNotContain(commands, c => c.Command.Options.Any(o => o.Name == LabHostOpener.OptionName));
    }

    [Fact]
    public void LabTool_CommandTree_HasEveryProductionCommandPlusLabAndDemo()
    {
        var production = Walk(Tree(new WindowsHostOpener())).Select(c => c.Path).ToArray();
        var lab = Walk(LabTree()).Select(c => c.Path).ToArray();

        Assert.All(production, path => Assert.Contains(path, lab));
        Assert.Contains("lab add-host", lab);
        Assert.Contains("demo", lab);
    }

    [Theory]
    [InlineData("scan")]
    [InlineData("check")]
    [InlineData("apply")]
    [InlineData("rollback")]
    [InlineData("verify")]
    [InlineData("run")]
    [InlineData("config show")]
    [InlineData("service")]
    public void LabTool_HostCommand_RequiresLab(string path)
    {
        var command = Walk(LabTree()).Single(c => c.Path == path).Command;

        var lab = Assert.Single(command.Options, o => o.Name == LabHostOpener.OptionName);
        Assert.True(lab.Required);
    }

    [Fact]
    public void Production_LabOption_IsAUsageError()
    {
        var run = CliRun.Production("check", "--lab", "lab/h1");

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Contains("--lab", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Theory]
    [InlineData("lab", "init", "x")]
    [InlineData("demo")]
    public void Production_LabCommand_IsUnknown(params string[] args)
    {
        var run = CliRun.Production(args);

        Assert.Equal(ExitCodes.Error, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void ProductionAgent_AssemblyClosure_HoldsNothingOfTheLab()
    {
        // patcher.dll and everything it loads, as the MSI ships it: read from the build output beside these tests.
        var closure = Closure(Path.Combine(AppContext.BaseDirectory, "patcher.dll"));

        Assert.Contains("Patcher.Agent.Commands", closure.Keys);
        Assert.Contains("Patcher.Core", closure.Keys);
        Assert.DoesNotContain(closure.Keys, name => name.StartsWith("Patcher.Lab", StringComparison.Ordinal) || name.StartsWith("patcher-lab", StringComparison.Ordinal));
        foreach (var assembly in closure.Values)
        {
            var friends = assembly.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName);
            // Not even a friend: a shipped assembly names no lab assembly, tests of the lab included.
            Assert.DoesNotContain(friends, name => name.StartsWith("Patcher.Lab", StringComparison.Ordinal) || name.StartsWith("patcher-lab", StringComparison.Ordinal));
        }
    }

    /// <summary>Every Patcher assembly reachable from <paramref name="entry"/> by its references, loaded for inspection.</summary>
    private static Dictionary<string, Assembly> Closure(string entry)
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<string>([entry]);
        while (pending.TryPop(out var path))
        {
            var assembly = Assembly.LoadFrom(path);
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                var file = Path.Combine(AppContext.BaseDirectory, reference.Name + ".dll");
                if (reference.Name!.StartsWith("Patcher", StringComparison.OrdinalIgnoreCase) && !found.ContainsKey(reference.Name) && File.Exists(file))
                {
                    pending.Push(file);
                }
            }
        }

        return found;
    }

    private static RootCommand Tree(IHostOpener hosts) =>
        PatcherCli.BuildRootCommand(new CliContext(TextWriter.Null, TextWriter.Null, new FakeTimeProvider(), hosts));

    private static RootCommand LabTree()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, new FakeTimeProvider(), new LabHostOpener());
        var root = PatcherCli.BuildRootCommand(context);
        foreach (var command in LabTool.LabToolCli.Commands(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<(string Path, Command Command)> Walk(Command command, string prefix = "")
    {
        foreach (var child in command.Subcommands)
        {
            var path = prefix.Length == 0 ? child.Name : $"{prefix} {child.Name}";
            yield return (path, child);
            foreach (var descendant in Walk(child, path))
            {
                yield return descendant;
            }
        }
    }
}
