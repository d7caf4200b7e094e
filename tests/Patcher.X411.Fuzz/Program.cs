using Patcher.Fuzzing;
using Patcher.X411.Fuzz;

// The AFL++ harness for the P1 decoding engine (scripts/fuzz.sh drives it; the command line is FuzzHarness's).
return FuzzHarness.Run(args, "Patcher.X411.Fuzz", SeedCorpus.Write, P1Invariants.Check);
