using System.CommandLine;
using System.CommandLine.Invocation;
using Patcher.Agent.Config;
using Patcher.Agent.Decode;
using Patcher.Agent.Hosts;
using Patcher.Agent.Ndr;
using Patcher.Agent.Scan;
using Patcher.Agent.Service;

namespace Patcher.Agent.Cli;

/// <summary>
/// The agent's command line, shared by both executables: parses, dispatches, and maps every outcome to an
/// <see cref="ExitCodes"/> value. <c>patcher</c> runs it with <see cref="WindowsHostOpener"/>; <c>patcher-lab</c> with
/// its lab host opener and its own commands (<c>lab</c>, <c>demo</c>) added.
/// </summary>
public static class PatcherCli
{
    /// <summary>
    /// Runs <paramref name="args"/> in-process, as the executable would, with hosts opened by <paramref name="hosts"/>
    /// and <paramref name="extraCommands"/> added to the shared ones; returns the exit code.
    /// </summary>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        TimeProvider time,
        IHostOpener hosts,
        Func<CliContext, IEnumerable<Command>>? extraCommands = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(hosts);
        // What reaches the operator's terminal cannot steer it: control characters from hostile input are shown, not obeyed.
        output = new TerminalWriter(output);
        error = new TerminalWriter(error);
        var context = new CliContext(output, error, time, hosts);
        var root = BuildRootCommand(context);
        foreach (var command in extraCommands?.Invoke(context) ?? [])
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"{hosts.ToolName}: {parseError.Message}");
            }

            error.WriteLine($"Run '{hosts.ToolName} --help' for usage.");
            return ExitCodes.Error;
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,

                // Signals are each command's own business (the service host, the lab daemons, the demo's clean-up).
                ProcessTerminationTimeout = null,
            }).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The process boundary: whatever escapes a command is reported, not thrown at the operator.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // One line, never a stack trace: what escaped is a defect of ours, named by its message for the report.
            error.WriteLine($"{hosts.ToolName}: internal error (a defect, please report it): {OneLine(exception.Message)}");
            return ExitCodes.Error;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The shared command tree, bound to <paramref name="context"/>.</summary>
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand(
            $"{context.Hosts.ToolName}: hotfix deployment for Exchange 5.5 MTAs (KB Q248732). Finds, assesses, patches and verifies the MTA; decodes P1 APDUs with the patched engine and builds NDRs for poison messages.")
        {
            DecodeCommand.Create(context),
            NdrCommand.Create(context),
            ScanCommand.Create(context),
            CheckCommand.Create(context),
            ConfigCommand.Create(context),
            ServiceCommand.Create(context),
            Report.ReportCommand.Create(context),
            Apply.ApplyCommand.Create(context), Apply.RollbackCommand.Create(context),
            Package.PackageCommand.Create(context),
            Agent.Run.VerifyCommand.Create(context), Agent.Run.RunCommand.Create(context),
        };
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }

        return root;
    }
}
