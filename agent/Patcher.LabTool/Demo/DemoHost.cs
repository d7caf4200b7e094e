using Patcher.Lab.Hosts;

namespace Patcher.LabTool.Demo;

/// <summary>One host of the demo fleet.</summary>
/// <param name="Name">The host name.</param>
/// <param name="Story">What it is, in a few words.</param>
/// <param name="Options">How the lab builds it.</param>
/// <param name="Setup">What is done to it after it starts.</param>
internal sealed record DemoHost(string Name, string Story, LabHostOptions Options, DemoSetup Setup = DemoSetup.None);
