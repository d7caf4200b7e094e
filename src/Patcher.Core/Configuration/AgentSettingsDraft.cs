using Patcher.Core.Services;

namespace Patcher.Core.Configuration;

/// <summary>The settings while layers are applied: the maintenance window still in its three parts.</summary>
internal sealed class AgentSettingsDraft
{
    public AgentSettings Settings { get; set; } = new();

    public TimeOnly? WindowStart { get; set; }

    public TimeOnly? WindowEnd { get; set; }

    public IReadOnlySet<DayOfWeek> WindowDays { get; set; } = Enum.GetValues<DayOfWeek>().ToHashSet();

    public void Rollout(Func<Rollout.RolloutPolicy, Rollout.RolloutPolicy> change) =>
        Settings = Settings with { Rollout = change(Settings.Rollout) };

    public void Restart(Func<ServiceRestartPolicy, ServiceRestartPolicy> change) =>
        Settings = Settings with { Restart = change(Settings.Restart) };
}
