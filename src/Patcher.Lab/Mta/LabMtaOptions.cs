namespace Patcher.Lab.Mta;

/// <summary>How the lab MTA runs; the defaults are what <c>patcher-lab lab service MSExchangeMTA</c> uses.</summary>
public sealed class LabMtaOptions
{
    /// <summary>The clock for every wait and every time the MTA writes. Default: the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How often an idle MTA looks for new messages in its queue. Default: 250 ms.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a stop waits for the message in progress to finish before leaving it in flight. Default: 5 s.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The MTA's domain, as the engine writes it in trace and NDRs. Default: <c>c=US;a= ;p=PatcherLab</c>.</summary>
    public string ReportingDomain { get; init; } = "c=US;a= ;p=PatcherLab";

    /// <summary>The MTA's name (IA5String 1..32). Default: the lab host's name in capitals, as Exchange names an MTA after its server.</summary>
    public string? MtaName { get; init; }

    /// <summary>Checks the options up front.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Time);
        ArgumentException.ThrowIfNullOrWhiteSpace(ReportingDomain);
        if (PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"PollInterval must be positive; it is {PollInterval}.", nameof(PollInterval));
        }

        if (StopGrace < TimeSpan.Zero)
        {
            throw new ArgumentException($"StopGrace must not be negative; it is {StopGrace}.", nameof(StopGrace));
        }
    }
}
