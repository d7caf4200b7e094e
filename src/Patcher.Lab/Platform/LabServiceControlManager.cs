using Patcher.Core.Platform;
using Patcher.Lab.Hosts;
using Patcher.Lab.Scm;

namespace Patcher.Lab.Platform;

/// <summary>
/// <see cref="IServiceControlManager"/> for a lab host: a client of the host's SCM daemon over <c>scm/scm.sock</c>.
/// Refusals come back as <see cref="ServiceControlException"/> with the Win32 error, an unknown service as
/// <see cref="ServiceNotFoundException"/>, and a host whose daemon is not running as <see cref="LabHostNotStartedException"/>.
/// </summary>
public sealed class LabServiceControlManager : IServiceControlManager, Patcher.Core.Services.IServiceKiller
{
    private readonly LabHostPaths _host;

    /// <summary>The SCM of <paramref name="host"/>.</summary>
    public LabServiceControlManager(LabHostPaths host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ServiceConfiguration>> GetServicesAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(new ScmRequest(ScmOperation.List), cancellationToken).ConfigureAwait(false);
        return (response.Services ?? []).Select(service => service.ToConfiguration()).ToArray();
    }

    /// <inheritdoc />
    public async Task<ServiceStatus> QueryStatusAsync(string serviceName, CancellationToken cancellationToken = default) =>
        (await QueryRecordAsync(serviceName, cancellationToken).ConfigureAwait(false)).ToStatus();

    /// <summary>The service's full record: status plus how its last process ended.</summary>
    /// <exception cref="ServiceNotFoundException">No such service.</exception>
    public async Task<LabServiceRecord> QueryRecordAsync(string serviceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var response = await SendAsync(new ScmRequest(ScmOperation.Query, serviceName), cancellationToken).ConfigureAwait(false);
        return response.Service ?? throw new InvalidDataException($"The lab SCM of {_host.Name} answered a query without the service.");
    }

    /// <inheritdoc />
    public Task StartAsync(string serviceName, CancellationToken cancellationToken = default) =>
        ControlAsync(ScmOperation.Start, serviceName, cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(string serviceName, CancellationToken cancellationToken = default) =>
        ControlAsync(ScmOperation.Stop, serviceName, cancellationToken);

    /// <summary>
    /// Kills the service's process (SIGKILL), whatever its dependents: the escalation for a stop that does not complete.
    /// Recorded as exit reason <c>killed</c>, Win32 exit code 0 and no 7034 event, so it is not mistaken for a crash.
    /// </summary>
    /// <exception cref="ServiceControlException">The service has no process (1062).</exception>
    public Task KillAsync(string serviceName, CancellationToken cancellationToken = default) =>
        ControlAsync(ScmOperation.Kill, serviceName, cancellationToken);

    /// <summary>Asks the daemon to stop every service and end.</summary>
    public Task ShutdownAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new ScmRequest(ScmOperation.Shutdown), cancellationToken);

    private async Task ControlAsync(string operation, string serviceName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        await SendAsync(new ScmRequest(operation, serviceName), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ScmResponse> SendAsync(ScmRequest request, CancellationToken cancellationToken)
    {
        var response = await LabScmClient.SendAsync(_host, request, cancellationToken).ConfigureAwait(false);
        if (response.Ok)
        {
            return response;
        }

        var service = request.Service ?? string.Empty;
        throw response.Win32Error == Win32Errors.ServiceDoesNotExist
            ? new ServiceNotFoundException(service)
            : new ServiceControlException(service, response.Win32Error, response.Error ?? $"The lab SCM refused {request.Op} (Win32 error {response.Win32Error}).");
    }
}
