namespace Patcher.LabTool.Demo;

/// <summary>What the demo does to a host after its services start, to put it in the state its story needs.</summary>
internal enum DemoSetup
{
    /// <summary>Nothing more.</summary>
    None,

    /// <summary>Wait until the pre-fix MTA hangs on the poison message (KB Q248732).</summary>
    Hung,

    /// <summary>Wait until it hangs, then restart it as an operator would: it dies with 1067.</summary>
    CrashedWith1067,
}
