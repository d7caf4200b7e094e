using Patcher.Readers.Fuzz;
using SharpFuzz;

// The AFL++ harness for the readers of files the agent did not write (scripts/fuzz.sh --target readers drives it).
//   Patcher.Readers.Fuzz                 run under afl-fuzz: one input per iteration on stdin (byte 0 picks the reader)
//   Patcher.Readers.Fuzz seed <dir>      write the seed corpus to <dir>
//   Patcher.Readers.Fuzz check <file>... check the invariants once per file (reproduce a finding)
switch (args)
{
    case ["seed", var directory]:
        var count = ReaderSeeds.Write(directory);
        Console.WriteLine($"{count} seeds written to {directory}");
        return 0;
    case ["check", .. var files]:
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                ReaderInvariants.Check(File.ReadAllBytes(file));
                Console.WriteLine($"ok    {file}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The process boundary: report every file, then fail.
                failed++;
                Console.WriteLine($"FAIL  {file}: {e.Message}");
            }
        }

        return failed == 0 ? 0 : 1;
    case []:
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            ReaderInvariants.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        return 0;
    default:
        Console.Error.WriteLine("usage: Patcher.Readers.Fuzz [seed <dir> | check <file>...]");
        return 2;
}
