using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Patcher.Agent.Hosts;

namespace Patcher.Agent.Service;

/// <summary>
/// Hosts <see cref="AgentWorker"/>: as the PatcherAgent Windows service when the SCM started the process (logging to the
/// Application event log), else as a console host until Ctrl+C. The SCM's stop cancels the worker at once.
/// </summary>
internal static class AgentServiceHost
{
    public static IHost Build(IHostOpener hosts, string? target, IAgentSettingsSource settings, TimeProvider time)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = AgentProduct.ServiceName,
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        builder.Services.AddWindowsService(options => options.ServiceName = AgentProduct.ServiceName);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IAgentSettingsSource>(settings);
        builder.Services.AddSingleton<IAgentRun>(services =>
            new PipelineAgentRun(hosts, target, time, services.GetRequiredService<ILogger<PipelineAgentRun>>()));
        builder.Services.AddHostedService<AgentWorker>();
        return builder.Build();
    }
}
