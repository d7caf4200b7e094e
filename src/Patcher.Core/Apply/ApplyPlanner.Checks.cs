using Patcher.Core.Assessment;
using Patcher.Core.Discovery;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;

namespace Patcher.Core.Apply;

/// <summary>The refusals decided before anything is touched: what the package is, what it carries, and whether it fits.</summary>
public static partial class ApplyPlanner
{
    private static void RefuseLabPackage(HotfixManifest manifest, ApplyOptions options)
    {
        if (manifest.LabOnly && !options.AcceptLabOnlyPackages)
        {
            throw new ApplyException(
                ApplyException.LabOnlyPackage,
                $"The package {manifest.PackageId} {manifest.PackageVersion} is a lab package (stand-in binaries), never for a production server: build the production package from the vendor's files with 'patcher package build --payload DIR'.");
        }
    }

    /// <summary>Each payload file's bytes, read back from the package (bounded), must be the PE image its manifest entry declares.</summary>
    private static async Task RefusePayloadNotAsDeclaredAsync(IHotfixPackage package, CancellationToken cancellationToken)
    {
        foreach (var file in package.Manifest.Files)
        {
            var problem = file.Size > PayloadImageCheck.MaxPayloadSize
                ? $"'{file.Source}' is declared as {file.Size} bytes; payload files over {PayloadImageCheck.MaxPayloadSize} bytes are refused."
                : PayloadImageCheck.Problem(file, await ReadPayloadAsync(package, file, cancellationToken).ConfigureAwait(false));
            if (problem is not null)
            {
                throw new ApplyException(
                    ApplyException.PayloadNotAsDeclared,
                    $"{problem} The package {package.Manifest.PackageId} {package.Manifest.PackageVersion} does not carry what it says: do not apply it; rebuild it with 'patcher package build --payload DIR'.");
            }
        }
    }

    /// <summary>The payload's bytes, into a buffer of exactly the declared size: a package that writes more cannot grow it.</summary>
    private static async Task<byte[]> ReadPayloadAsync(IHotfixPackage package, PayloadFile file, CancellationToken cancellationToken)
    {
        var buffer = new byte[file.Size];
        using var bytes = new MemoryStream(buffer, writable: true);
        try
        {
            await package.CopyPayloadToAsync(file, bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (NotSupportedException exception)
        {
            throw new ApplyException(
                ApplyException.PayloadNotAsDeclared,
                $"'{file.Source}' carries more than the {file.Size} bytes the manifest declares: do not apply the package; rebuild it with 'patcher package build --payload DIR'.",
                exception);
        }

        return bytes.Position == file.Size ? buffer : buffer[..(int)bytes.Position];
    }

    /// <summary>The installed EMSMTA.EXE's version, machine and product, read from the file itself (KB Q278518).</summary>
    private static InstalledMta ReadInstalledMta(IFileSystem files, MtaInstallation installation, HotfixManifest manifest)
    {
        var hostPath = installation.FindFile(MtaFiles.Emsmta)?.HostPath ?? installation.ImagePath;
        string problem;
        try
        {
            var info = PeVersionReader.Read(PeVersionReader.ReadImage(files.ToLocalPath(hostPath)), hostPath);
            return new InstalledMta(hostPath, info.FileVersion, info.Machine, info.GetString("ProductName"));
        }
        catch (Exception exception) when (exception is PeFormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            problem = exception.Message;
        }

        throw new ApplyException(
            ApplyException.VersionUnknown,
            $"The version of {hostPath} cannot be read ({problem}), so whether {manifest.PackageId} applies cannot be decided: run patcher check and repair the installation first.");
    }

    /// <summary>The payload files built for the installed MTA's machine: an Intel MTA gets the i386 build, an Alpha one the alpha build.</summary>
    private static PayloadFile[] BuildFor(HotfixManifest manifest, InstalledMta mta)
    {
        var build = manifest.Files.Where(file => file.Machine == mta.Machine).ToArray();
        if (build.Length == 0)
        {
            var machines = string.Join(", ", manifest.Files.Select(f => f.Machine.Name).Distinct());
            throw new ApplyException(
                ApplyException.NoBuildForMachine,
                $"{mta.HostPath} is a {mta.Machine} build, but the package {manifest.PackageId} {manifest.PackageVersion} carries only {machines}: build a package with the vendor's {mta.Machine} files ('patcher package build --payload DIR').");
        }

        return build;
    }

    /// <summary>Product, KB and EMSMTA.EXE's version range (PKG040-PKG042).</summary>
    private static void RefuseNotApplicable(HotfixManifest manifest, InstalledMta mta)
    {
        // The installation is an Exchange MTA that needs Q248732 (the assessment's baseline): a package for another fix is not for it.
        if (!manifest.Baseline.KbArticle.Equals(FixBaseline.Q248732.KbArticle, StringComparison.OrdinalIgnoreCase))
        {
            throw new ApplyException(
                PackageApplicabilityCodes.WrongProduct,
                $"The package {manifest.PackageId} {manifest.PackageVersion} fixes {manifest.Baseline.KbArticle}; this installation is assessed against {FixBaseline.Q248732.KbArticle}: do not apply it here.");
        }

        var applicability = PackageApplicabilityCheck.Check(manifest, mta.Version, mta.Product);
        if (!applicability.IsApplicable)
        {
            throw new ApplyException(applicability.Code!, applicability.Reason);
        }
    }

    /// <summary>A payload file older than the file it replaces (e.g. a newer X400OM.DLL on a half-patched host) is refused.</summary>
    private static void RefuseDowngrade(ApplyPlan plan, ApplyOptions options)
    {
        if (options.AllowDowngrade)
        {
            return;
        }

        var older = plan.Files.FirstOrDefault(f => f.NeedsSwap && f.CurrentVersion is { } current && f.Payload.FileVersion < current);
        if (older is not null)
        {
            throw new ApplyException(
                ApplyException.Downgrade,
                $"{older.HostPath} is at {older.CurrentVersion}, newer than the package's {older.Payload.FileVersion}: replacing it would downgrade it. Leave it, or set AllowDowngrade if the older file is really wanted.");
        }
    }
}
