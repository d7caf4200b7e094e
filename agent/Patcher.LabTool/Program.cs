using Patcher.LabTool;

// patcher-lab: the lab tool. The agent's commands on lab hosts (--lab DIR/NAME), plus lab, demo and the lab package.
return await LabToolCli.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
