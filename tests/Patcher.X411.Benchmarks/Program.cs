using BenchmarkDotNet.Running;
using Patcher.X411.Benchmarks;

// Benchmarks of the P1 decoding engine against an AsnReader baseline (scripts/bench.sh runs them).
// The decoders must agree on the corpus before anything is measured: a fast decoder that disagrees proves nothing.
var disagreements = DecoderAgreement.Check(Console.Out);
if (disagreements > 0)
{
    Console.Error.WriteLine($"{disagreements} disagreement(s) between the engine and the AsnReader baseline: not benchmarking.");
    return 1;
}

if (args is ["--check-only"])
{
    return 0;
}

if (args is ["--profile", var operation, var message, ..])
{
    return ProfileLoop.Run(Console.Out, operation, message, args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20);
}

if (args is ["--interleaved"])
{
    InterleavedComparison.Run(Console.Out, EngineBuild.BeforeIssue13, EngineBuild.Current);
    return 0;
}

if (args is ["--against", var otherBuild, var otherName])
{
    InterleavedComparison.Run(Console.Out, EngineBuild.Load(otherBuild, otherName), EngineBuild.Current);
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(DecoderAgreement).Assembly).Run(args, new BenchmarkConfig());
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
