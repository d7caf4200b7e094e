using Patcher.Agent.Hosts;

namespace Patcher.Agent.Cli;

/// <summary>Where a command writes and what time it is: everything a command takes from its process.</summary>
/// <param name="Out">Results: the decoded tree, the rejection, the JSON document.</param>
/// <param name="Error">Usage and I/O errors.</param>
/// <param name="Time">The clock (an NDR's arrival times); never <c>DateTime.Now</c>.</param>
/// <param name="Hosts">How commands open the host they work on: this Windows machine, or a lab host in <c>patcher-lab</c>.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, IHostOpener Hosts);
