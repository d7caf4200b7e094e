namespace Patcher.Core.Services;

/// <summary>
/// A <see cref="ServiceRestartPolicy"/> cannot be used; <see cref="Code"/> is a stable code to search for (<c>SR0xx</c>) and
/// the message names each setting at fault with its allowed range.
/// </summary>
public sealed class ServiceRestartPolicyException : Exception
{
    /// <summary>A setting is outside its allowed range.</summary>
    public const string InvalidPolicy = "SR001";

    /// <summary><see cref="StopEscalation.Kill"/> was asked for, but the platform gives no <see cref="IServiceKiller"/>.</summary>
    public const string NoKiller = "SR002";

    /// <summary>Creates the exception; the message starts with the code.</summary>
    public ServiceRestartPolicyException(string code, string detail, IReadOnlyList<string>? errors = null)
        : base($"{code}: {detail}")
    {
        Code = code;
        Errors = errors ?? [detail];
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>Each problem found, one per setting.</summary>
    public IReadOnlyList<string> Errors { get; }
}
