using Patcher.Core.Discovery;
using Patcher.Core.Packages;
using Patcher.Core.Platform;
using Patcher.Core.Versioning;

namespace Patcher.Core.Apply;

/// <summary>
/// Plans applying a verified package to one installation, touching nothing: each payload file's target with its current
/// version and hash, the services to stop and start, and every refusal (lab package, payload not as declared, no build
/// for the MTA's machine, package not applicable, downgrade, unsafe target).
/// </summary>
public static partial class ApplyPlanner
{
    /// <summary>The plan for <paramref name="package"/> on <paramref name="installation"/> of <paramref name="host"/>.</summary>
    /// <param name="host">The host.</param>
    /// <param name="installation">The MTA installation to patch.</param>
    /// <param name="package">The verified package.</param>
    /// <param name="options">What apply may do (downgrades, lab packages); null: the defaults, which allow neither.</param>
    /// <param name="cancellationToken">Cancels the planning.</param>
    /// <exception cref="ApplyException">
    /// A refusal, before anything is touched: a lab package (<see cref="ApplyException.LabOnlyPackage"/>); a payload file whose
    /// own version or machine is not the manifest's (<see cref="ApplyException.PayloadNotAsDeclared"/>); EMSMTA.EXE unreadable
    /// (<see cref="ApplyException.VersionUnknown"/>); no build for its machine (<see cref="ApplyException.NoBuildForMachine"/>);
    /// a target that escapes the installation (<see cref="ApplyException.TargetOutsideInstallation"/>) or lies in the queue
    /// database (<see cref="ApplyException.TargetInQueueDatabase"/>); the package does not apply (a
    /// <see cref="PackageApplicabilityCodes"/> code: product, KB, version range); or a payload file older than the file it
    /// replaces (<see cref="ApplyException.Downgrade"/>). Only the last two are skipped when every target already is the
    /// payload: the plan then says there is nothing to do.
    /// </exception>
    public static async Task<ApplyPlan> PlanAsync(
        HostPlatform host, MtaInstallation installation, IHotfixPackage package, ApplyOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(package);
        options ??= new ApplyOptions();
        var manifest = package.Manifest;
        RefuseLabPackage(manifest, options);
        await RefusePayloadNotAsDeclaredAsync(package, cancellationToken).ConfigureAwait(false);
        var mta = ReadInstalledMta(host.Files, installation, manifest);
        var build = BuildFor(manifest, mta);
        var state = new StateFolder(installation.InstallRoot);
        var files = build.Select(payload => PlanFile(host.Files, installation, state, payload)).ToArray();
        var services = await PlanServicesAsync(host.Services, installation, manifest.Services, cancellationToken).ConfigureAwait(false);
        var plan = new ApplyPlan(installation, manifest.Baseline.KbArticle, manifest.PackageId, manifest.PackageVersion, package.PackageSha256, files, services, state.Folder);
        if (plan.NothingToDo)
        {
            // Re-applying an applied package: nothing to decide, nothing to change.
            return plan;
        }

        RefuseNotApplicable(manifest, mta);
        RefuseDowngrade(plan, options);
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
