using System.CommandLine;
using Patcher.Agent.Cli;

namespace Patcher.Agent.Package;

/// <summary><c>patcher package ...</c>: builds and verifies the signed hotfix package (packaging/README.md).</summary>
internal static class PackageCommand
{
    /// <summary>The <c>package</c> command and its subcommands, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context) =>
        new("package", "Build the signed Q248732 hotfix package, or verify one: signature, signer, manifest, payload hashes.")
        {
            PackageBuildCommand.Create(context),
            PackageVerifyCommand.Create(context),
        };
}
