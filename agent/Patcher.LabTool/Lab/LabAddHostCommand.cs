using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Core.Versioning;
using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Lab;

/// <summary><c>patcher-lab lab add-host DIR NAME --version V ...</c>: builds a lab host.</summary>
internal static class LabAddHostCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("DIR") { Description = "The lab folder (made by patcher-lab lab init)." };
        var name = new Argument<string>("NAME") { Description = "The host's name: 1-15 letters, digits or '-'." };
        var version = VersionOption("--version", "The MTA's file version (EMSMTA.EXE and the other MTA files), e.g. 5.5.2650.24 (SP3).");
        version.Required = true;
        var engineVersion = VersionOption("--engine-version", "The engine's (X400OM.DLL) file version, to simulate a half-patched host. Default: --version.");
        var queue = CountOption("--queue", "Messages in the MTA's queue, poison ones included. Default 0.");
        var poison = CountOption("--poison", "How many of the queued messages are poison (zero-length arrival time, KB Q248732). Default 0.");
        var noMta = new Option<bool>("--no-mta") { Description = "Exchange without an MTA: System Attendant, Directory and Information Store only." };
        var startFailures = CountOption("--start-failures", "The MTA fails its first F starts (for restart retry tests). Default 0.");
        var staleEngine = new Option<bool>("--stale-engine")
        {
            Description = "Leave a copy of the original engine in the MTA's run directory (MTADATA\\X400OM.DLL), which the lab MTA loads first: patched files, old engine running.",
        };
        var command = new Command("add-host", "Create lab host DIR/NAME: registry, Exchange services, version-stamped binaries, the engine, the MTA queue.")
        {
            dir, name, version, engineVersion, queue, poison, noMta, startFailures, staleEngine,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetRequiredValue(dir),
            parseResult.GetRequiredValue(name),
            new LabHostOptions
            {
                Version = parseResult.GetValue(version) ?? default,
                EngineVersion = parseResult.GetValue(engineVersion),
                QueueLength = parseResult.GetValue(queue),
                PoisonCount = parseResult.GetValue(poison),
                NoMta = parseResult.GetValue(noMta),
                StartFailures = parseResult.GetValue(startFailures),
                StaleEngine = parseResult.GetValue(staleEngine),
            }));
        return command;
    }

    private static int Run(CliContext context, string dir, string name, LabHostOptions options)
    {
        LabHostDefinition host;
        try
        {
            host = LabHostBuilder.Create(dir, name, options, LabEngineAssemblies.NextToThisProgram());
        }
        catch (LabHostException e)
        {
            context.Error.WriteLine($"patcher: {e.Message}");
            return ExitCodes.Error;
        }

        var root = Path.Combine(Path.GetFullPath(dir), name);
        context.Out.WriteLine($"Lab host {host.Name} created: {root}");
        context.Out.WriteLine($"  NewestBuild (registry)   {host.NewestBuild}");
        if (!host.Mta)
        {
            context.Out.WriteLine("  MTA                      none (Exchange without MSExchangeMTA: SA, DS, IS)");
            return ExitCodes.Success;
        }

        context.Out.WriteLine($"  EMSMTA.EXE               {host.Version}");
        context.Out.WriteLine($"  X400OM.DLL (engine)      {host.EngineVersion} ({host.Engine})");
        context.Out.WriteLine($"  queue                    {host.Queue} message(s), {host.PoisonMessages.Count} poison{(host.PoisonMessages.Count > 0 ? ": " + string.Join(", ", host.PoisonMessages) : "")}");
        if (host.MtaStartFailures > 0)
        {
            context.Out.WriteLine($"  MTA start failures       first {host.MtaStartFailures}");
        }

        if (host.StaleEngine is { } stale)
        {
            context.Out.WriteLine($"  stale engine             {stale} (the MTA loads it before BIN\\X400OM.DLL)");
        }

        context.Out.WriteLine($"Next: patcher-lab lab start {Path.GetFullPath(dir)} {host.Name}");
        return ExitCodes.Success;
    }

    private static Option<FileVersion?> VersionOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "V",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (FileVersion.TryParse(text, out var parsed))
            {
                return parsed;
            }

            result.AddError($"{name}: '{text}' is not a file version: expected four dot-separated numbers 0-65535, such as 5.5.2650.24.");
            return null;
        },
    };

    private static Option<int> CountOption(string name, string description)
    {
        var option = new Option<int>(name) { Description = description, HelpName = "N" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError($"{name} must be 0 or more.");
            }
        });
        return option;
    }
}
