using Patcher.Agent.Cli;
using Patcher.Agent.Hosts;

// patcher: the production agent. The shared commands, on the Windows server this process runs on.
return await PatcherCli.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, new WindowsHostOpener());
