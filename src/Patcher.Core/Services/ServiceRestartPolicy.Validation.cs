using System.Globalization;

namespace Patcher.Core.Services;

/// <summary>Validation of <see cref="ServiceRestartPolicy"/>: every setting against its allowed range, every problem named.</summary>
public sealed partial record ServiceRestartPolicy
{
    /// <summary>What is wrong with the policy, one message per setting (naming it, its value and the allowed range); empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(errors, nameof(StartBudget), StartBudget, TimeSpan.FromSeconds(1), TimeSpan.FromHours(24));
        Check(errors, nameof(StartAttemptTimeout), StartAttemptTimeout, TimeSpan.FromSeconds(1), StartBudget < TimeSpan.FromSeconds(1) ? TimeSpan.FromHours(24) : StartBudget,
            maxName: $"{nameof(StartBudget)} ({Show(StartBudget)})");
        Check(errors, nameof(MaxStartRetries), MaxStartRetries, 0, 20);
        Check(errors, nameof(RetryBaseDelay), RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromHours(1));
        Check(errors, nameof(RetryMaxDelay), RetryMaxDelay, RetryBaseDelay < TimeSpan.Zero ? TimeSpan.Zero : RetryBaseDelay, TimeSpan.FromHours(24), minName: $"{nameof(RetryBaseDelay)} ({Show(RetryBaseDelay)})");
        if (double.IsNaN(RetryJitterRatio) || RetryJitterRatio is < 0 or > 1)
        {
            errors.Add(Invariant($"{nameof(ServiceRestartPolicy)}.{nameof(RetryJitterRatio)} is {RetryJitterRatio}; it must be between 0 (no jitter) and 1."));
        }

        Check(errors, nameof(CrashesBeforeBreak), CrashesBeforeBreak, 2, 100);
        Check(errors, nameof(StopTimeout), StopTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromHours(24));
        if (!Enum.IsDefined(StopEscalation))
        {
            errors.Add(Invariant($"{nameof(ServiceRestartPolicy)}.{nameof(StopEscalation)} is {(int)StopEscalation}; it must be None or Kill."));
        }

        Check(errors, nameof(KillTimeout), KillTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        var shortest = new[] { StartAttemptTimeout, StopTimeout, KillTimeout, TimeSpan.FromMinutes(1) }.Where(t => t > TimeSpan.Zero).Min();
        Check(errors, nameof(PollInterval), PollInterval, TimeSpan.FromMilliseconds(10), shortest, maxName: $"{Show(shortest)} (below every timeout, at most 1 min)");
        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <exception cref="ServiceRestartPolicyException"><see cref="ServiceRestartPolicyException.InvalidPolicy"/>, with every problem.</exception>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ServiceRestartPolicyException(ServiceRestartPolicyException.InvalidPolicy, string.Join(" ", errors), errors);
        }
    }

    private static void Check(List<string> errors, string name, TimeSpan value, TimeSpan min, TimeSpan max, string? maxName = null, string? minName = null)
    {
        if (value < min || value > max)
        {
            errors.Add($"{nameof(ServiceRestartPolicy)}.{name} is {Show(value)}; it must be between {minName ?? Show(min)} and {(maxName is null ? Show(max) : maxName)}.");
        }
    }

    private static void Check(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add(Invariant($"{nameof(ServiceRestartPolicy)}.{name} is {value}; it must be between {min} and {max}."));
        }
    }

    private static string Show(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
