using Patcher.X411.Fuzz;
using SharpFuzz;

// The AFL++ harness for the P1 decoding engine (scripts/fuzz.sh drives it).
//   Patcher.X411.Fuzz                 run under afl-fuzz: one input per iteration on stdin
//   Patcher.X411.Fuzz seed <dir>      write the seed corpus to <dir>
//   Patcher.X411.Fuzz check <file>... check the invariants once per file (reproduce a finding)
switch (args)
{
    case ["seed", var directory]:
        var count = SeedCorpus.Write(directory);
        Console.WriteLine($"{count} seeds written to {directory}");
        return 0;
    case ["check", .. var files]:
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                P1Invariants.Check(File.ReadAllBytes(file));
                Console.WriteLine($"ok    {file}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The process boundary: report every file, then fail.
                failed++;
                Console.WriteLine($"FAIL  {file}: {e.GetType().Name}: {e.Message}");
            }
        }

        return failed == 0 ? 0 : 1;
    case []:
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            P1Invariants.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        return 0;
    default:
        Console.Error.WriteLine("usage: Patcher.X411.Fuzz [seed <dir> | check <file>...]");
        return 2;
}
