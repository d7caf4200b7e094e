using Patcher.Agent.Cli;
using Patcher.Agent.Hosts;

// patcher: the production agent. The shared commands, on the Windows server this process runs on.
return PatcherCli.Run(args, Console.Out, Console.Error, TimeProvider.System, new WindowsHostOpener());
