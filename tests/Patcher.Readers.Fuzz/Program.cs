using Patcher.Fuzzing;
using Patcher.Readers.Fuzz;

// The AFL++ harness for the readers of files the agent did not write (scripts/fuzz.sh --target readers drives it; the
// command line is FuzzHarness's; byte 0 of an input picks the reader).
return FuzzHarness.Run(args, "Patcher.Readers.Fuzz", ReaderSeeds.Write, ReaderInvariants.Check);
