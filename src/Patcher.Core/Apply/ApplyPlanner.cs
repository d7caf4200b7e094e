using Patcher.Core.Discovery;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;

namespace Patcher.Core.Apply;

/// <summary>
/// Plans applying a verified package to one installation, touching nothing: each payload file's target with its current
/// version and hash, the services to stop and start, and every refusal (package not applicable, unsafe target).
/// </summary>
public static class ApplyPlanner
{
    /// <summary>The plan for <paramref name="package"/> on <paramref name="installation"/> of <paramref name="host"/>.</summary>
    /// <exception cref="ApplyException">
    /// A refusal: a target escapes the installation (<see cref="ApplyException.TargetOutsideInstallation"/>) or lies in the
    /// queue database (<see cref="ApplyException.TargetInQueueDatabase"/>); EMSMTA.EXE's version is unreadable
    /// (<see cref="ApplyException.VersionUnknown"/>); or the package does not apply (a <see cref="PackageApplicabilityCodes"/> code).
    /// Not thrown when every target already is the payload: the plan then says there is nothing to do.
    /// </exception>
    public static async Task<ApplyPlan> PlanAsync(HostPlatform host, MtaInstallation installation, IHotfixPackage package, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(package);
        var manifest = package.Manifest;
        var state = new StateFolder(installation.InstallRoot);
        var files = manifest.Files.Select(payload => PlanFile(host.Files, installation, state, payload)).ToArray();
        var services = await PlanServicesAsync(host.Services, installation, manifest.Services, cancellationToken).ConfigureAwait(false);
        var plan = new ApplyPlan(installation, manifest.Baseline.KbArticle, manifest.PackageId, manifest.PackageVersion, package.PackageSha256, files, services, state.Folder);
        if (plan.NothingToDo)
        {
            // Re-applying an applied package: nothing to decide, nothing to change.
            return plan;
        }

        var emsmta = installation.FindFile(MtaFiles.Emsmta);
        if (emsmta?.Version is not { } version)
        {
            throw new ApplyException(
                ApplyException.VersionUnknown,
                $"The version of {emsmta?.HostPath ?? installation.ImagePath} cannot be read ({emsmta?.Error ?? "not examined"}), so whether {manifest.PackageId} applies cannot be decided: run patcher check and repair the installation first.");
        }

        var applicability = PackageApplicabilityCheck.Check(manifest, version);
        if (!applicability.IsApplicable)
        {
            throw new ApplyException(applicability.Code!, applicability.Reason);
        }

        return plan;
    }

    private static PlannedFile PlanFile(IFileSystem files, MtaInstallation installation, StateFolder state, PayloadFile payload)
    {
        var hostPath = TargetPath(installation, state, payload);
        var local = files.ToLocalPath(hostPath);
        return new PlannedFile(payload, hostPath, ReadVersion(local), FileHash.Of(local));
    }

    /// <summary>The target's host path, refusing any that could reach beyond the installation or into the queue database.</summary>
    private static string TargetPath(MtaInstallation installation, StateFolder state, PayloadFile payload)
    {
        var target = payload.Target.Replace('/', '\\');
        var segments = target.Split('\\');
        if (target.Length == 0 || target.StartsWith('\\') || target.Contains(':', StringComparison.Ordinal)
            || segments.Any(segment => segment is "" or "." or ".." || segment.EndsWith('.') || segment.EndsWith(' ')))
        {
            throw new ApplyException(
                ApplyException.TargetOutsideInstallation,
                $"The payload target '{payload.Target}' is not a plain path inside the installation (rooted, a drive, '..', or an alternate stream): the package is unsafe; do not apply it.");
        }

        var hostPath = HostPath.Combine(installation.InstallRoot, target);
        if (Within(hostPath, installation.DatabasePath))
        {
            throw new ApplyException(
                ApplyException.TargetInQueueDatabase,
                $"The payload target {hostPath} is in the MTA's queue database {installation.DatabasePath}, which Patcher never touches: the package is unsafe; do not apply it.");
        }

        if (Within(hostPath, state.Folder))
        {
            throw new ApplyException(
                ApplyException.TargetOutsideInstallation,
                $"The payload target {hostPath} is in Patcher's own state folder {state.Folder}: the package is unsafe; do not apply it.");
        }

        return hostPath;
    }

    private static bool Within(string path, string folder) =>
        HostPath.Same(path, folder) || path.Replace('/', '\\').StartsWith(folder.Replace('/', '\\').TrimEnd('\\') + "\\", StringComparison.OrdinalIgnoreCase);

    private static FileVersion? ReadVersion(string local)
    {
        try
        {
            return File.Exists(local) ? PeVersionReader.Read(local).FileVersion : null;
        }
        catch (PeFormatException)
        {
            return null; // a data file (P2.XV2, *.TPL) has no version resource
        }
    }

    /// <summary>The manifest's stop order, only services installed here; the installation's own MTA last if the manifest forgot it.</summary>
    private static async Task<IReadOnlyList<PlannedService>> PlanServicesAsync(
        IServiceControlManager scm, MtaInstallation installation, ServicePlan servicePlan, CancellationToken cancellationToken)
    {
        var installed = (await scm.GetServicesAsync(cancellationToken).ConfigureAwait(false))
            .Select(service => service.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stopOrder = servicePlan.StopOrder.Where(installed.Contains).ToList();
        if (installation.ServiceName is { } mta && installed.Contains(mta) && !stopOrder.Contains(mta, StringComparer.OrdinalIgnoreCase))
        {
            stopOrder.Add(mta);
        }

        var planned = new List<PlannedService>();
        foreach (var name in stopOrder)
        {
            var status = await scm.QueryStatusAsync(name, cancellationToken).ConfigureAwait(false);
            planned.Add(new PlannedService(name, status.State));
        }

        return planned;
    }
}
