namespace Patcher.Lab.Scm;

/// <summary>What a request to the lab service control manager asks for (the <c>op</c> field of a request line).</summary>
public static class ScmOperation
{
    /// <summary>Every service's configuration and status.</summary>
    public const string List = "list";

    /// <summary>One service's status.</summary>
    public const string Query = "query";

    /// <summary>Start a service (its dependencies must be running).</summary>
    public const string Start = "start";

    /// <summary>Stop a service with SIGTERM (its dependents must be stopped).</summary>
    public const string Stop = "stop";

    /// <summary>Kill a service's process with SIGKILL: the escalation for a stop that does not complete.</summary>
    public const string Kill = "kill";

    /// <summary>Stop every service and end the daemon.</summary>
    public const string Shutdown = "shutdown";
}
