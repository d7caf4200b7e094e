// The baseline of scripts/fleet-bench.sh: read every *.json in a folder and parse it with System.Text.Json, nothing
// else (no validation, no model, no output). `patcher report` over the same folder is measured against this.
using System.Diagnostics;
using System.Text.Json;

var clock = Stopwatch.StartNew();
var files = 0;
long bytes = 0;
foreach (var file in Directory.EnumerateFiles(args[0], "*.json"))
{
    var content = File.ReadAllBytes(file);
    using var document = JsonDocument.Parse(content);
    bytes += content.Length;
    files++;
}

Console.WriteLine($"parsed {files} files, {bytes / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.00} s");
