using System.CommandLine;
using Patcher.Agent.Cli;
using Patcher.Core.Packages;
using Patcher.Packaging.Signing;
using Patcher.Packaging.Verification;

namespace Patcher.Agent.Package;

/// <summary>
/// <c>patcher package verify FILE [--trusted-signer FINGERPRINT]... [--json]</c>: the checks apply makes before it touches
/// anything, with the manifest, the signer and the verdict shown.
/// </summary>
internal static class PackageVerifyCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The hotfix package (.nupkg)." };
        var trusted = new Option<string[]>("--trusted-signer")
        {
            Description = "The SHA-256 fingerprint of a signer to trust (64 hex digits, ':' allowed; repeat for several). Without one, every signer is untrusted.",
            HelpName = "FINGERPRINT",
        };
        var json = new Option<bool>("--json") { Description = "Write one JSON object (fields in packaging/README.md) instead of text." };
        var command = new Command(
            "verify",
            "Verify a hotfix package as apply does: signature (NuGet), trusted signer, entry paths, manifest, payload sizes and hashes. Exit 0 verified, 1 refused, 2 error.")
        {
            file, trusted, json,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult.GetRequiredValue(file), parseResult.GetValue(trusted) ?? [], parseResult.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string file, string[] trustedSigners, bool json, CancellationToken cancellationToken)
    {
        var bad = trustedSigners.FirstOrDefault(t => !CertificateFingerprint.TryNormalize(t, out _));
        if (bad is not null)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} package verify: --trusted-signer '{bad}' is not a SHA-256 fingerprint (64 hex digits).");
            return ExitCodes.Error;
        }

        if (!Path.Exists(file))
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} package verify: '{file}' does not exist.");
            return ExitCodes.Error;
        }

        IHotfixPackage package;
        try
        {
            package = await HotfixPackageVerifier.OpenAsync(file, trustedSigners, cancellationToken).ConfigureAwait(false);
        }
        catch (HotfixPackageException refusal) when (refusal.Code == HotfixPackageErrorCodes.Unreadable && refusal.InnerException is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} package verify: {refusal.Message}");
            return ExitCodes.Error;
        }
        catch (HotfixPackageException refusal)
        {
            PackageVerdictWriter.WriteRefused(context.Out, json, Path.GetFullPath(file), refusal);
            return ExitCodes.Refused;
        }

        PackageVerdictWriter.WriteVerified(context.Out, json, package);
        return ExitCodes.Success;
    }
}
