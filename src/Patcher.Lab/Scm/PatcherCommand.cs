using System.Diagnostics;
using System.Reflection;

namespace Patcher.Lab.Scm;

/// <summary>
/// How to run the agent itself, which is what the lab SCM daemon and every lab service are:
/// the apphost (<c>patcher</c>) when the process is one, or <c>dotnet patcher.dll</c> when it runs under the muxer.
/// </summary>
/// <param name="FileName">The program to start.</param>
/// <param name="LeadingArguments">Arguments before the command's own (the assembly path under <c>dotnet</c>).</param>
public sealed record PatcherCommand(string FileName, IReadOnlyList<string> LeadingArguments)
{
    /// <summary>The agent this process is.</summary>
    public static PatcherCommand Current()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("This process has no executable path.");
        var name = Path.GetFileNameWithoutExtension(process);
        if (!name.Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return new PatcherCommand(process, []);
        }

        var entry = Assembly.GetEntryAssembly()?.Location;
        return string.IsNullOrEmpty(entry)
            ? throw new InvalidOperationException("This process runs under dotnet but has no entry assembly path.")
            : new PatcherCommand(process, [entry]);
    }

    /// <summary>The agent in <paramref name="assemblyPath"/> (<c>patcher.dll</c>), run with the muxer of this process or <c>dotnet</c>.</summary>
    public static PatcherCommand FromAssembly(string assemblyPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(assemblyPath);
        var process = Environment.ProcessPath;
        var muxer = process is not null && Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? process
            : "dotnet";
        return new PatcherCommand(muxer, [Path.GetFullPath(assemblyPath)]);
    }

    /// <summary>A start description for <c>patcher <paramref name="arguments"/></c>, with every standard stream redirected.</summary>
    public ProcessStartInfo StartInfo(params IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in LeadingArguments.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}
