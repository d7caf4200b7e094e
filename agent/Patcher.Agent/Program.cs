using Patcher.Agent.Cli;

return PatcherCli.Run(args, Console.Out, Console.Error, TimeProvider.System);
