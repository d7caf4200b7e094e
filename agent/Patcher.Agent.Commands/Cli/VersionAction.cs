using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using Patcher.Agent.Service;
using Patcher.Windows.Installer;
using Patcher.X411.Decoding;

namespace Patcher.Agent.Cli;

/// <summary>
/// <c>patcher --version</c>: the agent's version and the engine's. The engine is versioned on its own (it is the
/// hotfix payload), so an operator needs both to know which decoder answered.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine($"patcher {InformationalVersion(typeof(VersionAction).Assembly)}");
        var engine = typeof(P1Decoder).Assembly;
        output.WriteLine($"engine {engine.GetName().Name} {InformationalVersion(engine)} (assembly {engine.GetName().Version})");
        // What Windows Installer says is installed (by the MSI's UpgradeCode); nothing off Windows or when run from a build.
        foreach (var product in MsiProductInstallation.GetProducts(AgentProduct.UpgradeCode))
        {
            output.WriteLine($"installed {product.ProductName} {product.ProductVersion?.ToString() ?? "(no version)"} (ProductCode {product.ProductCode:B}{(product.InstallDate is { } date ? $", installed {date:yyyy-MM-dd}" : "")})");
        }
        return ExitCodes.Success;
    }

    /// <summary>The informational version (with the source revision when the build had one), else the assembly version.</summary>
    public static string InformationalVersion(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "unknown";
    }
}
