using System.CommandLine;
using System.CommandLine.Invocation;
using Patcher.Agent.Config;
using Patcher.Agent.Decode;
using Patcher.Agent.Lab;
using Patcher.Agent.Ndr;
using Patcher.Agent.Scan;
using Patcher.Agent.Service;

namespace Patcher.Agent.Cli;

/// <summary>The <c>patcher</c> command line: parses, dispatches, and maps every outcome to an <see cref="ExitCodes"/> value.</summary>
internal static class PatcherCli
{
    /// <summary>Runs <paramref name="args"/> in-process, as the executable would, and returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(time);
        var context = new CliContext(output, error, time);
        var parseResult = BuildRootCommand(context).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"patcher: {parseError.Message}");
            }

            error.WriteLine("Run 'patcher --help' for usage.");
            return ExitCodes.Error;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
        }
#pragma warning disable CA1031 // The process boundary: whatever escapes a command is reported, not thrown at the operator.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            error.WriteLine($"patcher: internal error: {exception}");
            return ExitCodes.Error;
        }
    }

    /// <summary>The command tree, bound to <paramref name="context"/>.</summary>
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "Patcher: hotfix deployment for Exchange 5.5 MTAs (KB Q248732). Decodes P1 APDUs with the patched engine and builds NDRs for poison messages.")
        {
            DecodeCommand.Create(context),
            NdrCommand.Create(context),
            LabCommand.Create(context),
            ScanCommand.Create(context),
            CheckCommand.Create(context),
            ConfigCommand.Create(context),
            ServiceCommand.Create(context),
            Report.ReportCommand.Create(context),
            Apply.ApplyCommand.Create(context), Apply.RollbackCommand.Create(context),
            Package.PackageCommand.Create(context),
            Agent.Run.VerifyCommand.Create(context), Agent.Run.RunCommand.Create(context), Demo.DemoCommand.Create(context),
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
