using System.CommandLine;
using System.Security.Cryptography.X509Certificates;
using Patcher.Agent.Cli;
using Patcher.Packaging.Building;
using Patcher.Packaging.Signing;
using Patcher.Packaging.Verification;

namespace Patcher.Agent.Package;

/// <summary>
/// <c>patcher package build --payload DIR [--out DIR] [--cert PFX]</c>: builds the Q248732 package from the files the fix
/// consists of, as the vendor shipped them (packaging/README.md), and signs it; without <c>--cert</c>, with the development
/// certificate (made on first use under <c>artifacts/signing/</c>). The lab tool builds its own package through
/// <see cref="BuildAsync"/>.
/// </summary>
public static class PackageBuildCommand
{
    /// <summary>The default output folder, relative to the current directory.</summary>
    public static readonly string DefaultOutput = Path.Combine("artifacts", "packages");

    /// <summary>Where the development certificate lives, relative to the current directory.</summary>
    public static readonly string DevelopmentCertificateFolder = Path.Combine("artifacts", "signing");

    public static Command Create(CliContext context)
    {
        var payload = new Option<DirectoryInfo>("--payload")
        {
            Description = "The folder with the vendor's fix files (EMSMTA.EXE and X400OM.DLL of the 5.5.2651.69 hotfix or SP4), directly or in i386\\ and alpha\\ subfolders.",
            HelpName = "DIR",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = $"The output folder. Default: {DefaultOutput} (relative to the current directory).", HelpName = "DIR" };
        var cert = new Option<string>("--cert")
        {
            Description = $"The signing certificate (PFX with private key, code-signing EKU); its password is read from {SigningCertificateFile.PasswordVariable}. Default: the development certificate.",
            HelpName = "PFX",
        };
        var command = new Command(
            "build",
            "Build the signed Q248732 hotfix package (Patcher.Hotfix.Q248732.1.0.0.nupkg) from the vendor's fix files; print its path and the signer's SHA-256 fingerprint. Exit 0 built, 2 error.")
        {
            payload, output, cert,
        };
        command.SetAction((parseResult, cancellationToken) => BuildAsync(
            context,
            "package build",
            () => VendorPayload.Read(parseResult.GetValue(payload)!.FullName),
            parseResult.GetValue(output) ?? DefaultOutput,
            parseResult.GetValue(cert),
            cancellationToken));
        return command;
    }

    /// <summary>
    /// Builds and signs the package <paramref name="content"/> gives into <paramref name="output"/>, prints what it holds,
    /// and returns the exit code; <paramref name="commandName"/> prefixes the errors.
    /// </summary>
    public static async Task<int> BuildAsync(
        CliContext context, string commandName, Func<HotfixPackageContent> content, string output, string? certPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(content);

        // An output that can never be a folder is said before anything is built or signed (and no certificate made).
        if (Core.Files.ExpectedFolder.Problem(output) is { } problem && problem != "does not exist")
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} {commandName}: --out {output} {problem}: nothing was built.");
            return ExitCodes.Error;
        }

        try
        {
            var files = content();
            using var certificate = LoadCertificate(context, commandName, certPath);
            var result = await HotfixPackageBuilder.BuildAsync(files, output, certificate, cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"Package built: {result.PackagePath}");
            context.Out.WriteLine($"  package        {result.Manifest.PackageId} {result.Manifest.PackageVersion} ({result.Manifest.Baseline.KbArticle}){(result.Manifest.LabOnly ? ", LAB ONLY: refused by the production agent" : "")}");
            foreach (var file in result.Manifest.Files)
            {
                context.Out.WriteLine($"  {file.Target,-15}{file.FileVersion}  {file.Machine.Name,-6} {file.Size} bytes  sha256 {file.Sha256}");
            }

            context.Out.WriteLine($"  unsigned sha256 {result.UnsignedSha256} (the same inputs give the same value)");
            context.Out.WriteLine($"  signer SHA-256 {result.SignerFingerprint}");
            context.Out.WriteLine($"Next: {context.Hosts.ToolName} package verify {result.PackagePath} --trusted-signer {result.SignerFingerprint}");
            return ExitCodes.Success;
        }
        catch (HotfixPackageException exception)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} {commandName}: {exception.Message}");
            return ExitCodes.Error;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            context.Error.WriteLine($"{context.Hosts.ToolName} {commandName}: {exception.Message}");
            return ExitCodes.Error;
        }
    }

    private static X509Certificate2 LoadCertificate(CliContext context, string commandName, string? certPath)
    {
        if (certPath is not null)
        {
            return SigningCertificateFile.Load(certPath, Environment.GetEnvironmentVariable(SigningCertificateFile.PasswordVariable));
        }

        var folder = Path.GetFullPath(DevelopmentCertificateFolder);
        var certificate = DevelopmentCertificate.LoadOrCreate(folder, context.Time, out var created);
        var pfx = Path.Combine(folder, DevelopmentCertificate.FileName);
        context.Error.WriteLine(
            $"{context.Hosts.ToolName} {commandName}: warning: no --cert given: signing with the DEVELOPMENT certificate {pfx} ({(created ? "created now" : "reused")}), " +
            $"SHA-256 {CertificateFingerprint.Of(certificate)}. It is for development only: production packages are signed with --cert PFX " +
            $"(password in {SigningCertificateFile.PasswordVariable}).");
        return certificate;
    }
}
