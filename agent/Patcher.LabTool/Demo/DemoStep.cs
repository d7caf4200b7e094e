using System.Globalization;

namespace Patcher.LabTool.Demo;

/// <summary>One step of the demo's rollout story as its summary prints it: a wave, a gate decision, the operator's fix.</summary>
/// <param name="Name">What it was, e.g. <c>wave 2: broad</c>.</param>
/// <param name="Took">How long it took.</param>
/// <param name="Detail">How it ended, in a line.</param>
internal sealed record DemoStep(string Name, TimeSpan Took, string Detail)
{
    /// <summary>The step as a line: the name, the seconds, the detail.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name,-28} {Took.TotalSeconds,6:0.0} s  {Detail}");
}
