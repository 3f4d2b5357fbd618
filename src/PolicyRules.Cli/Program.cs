return PolicyRules.Cli.CliApp.Run(args, PolicyRules.Cli.ConsoleIO.FromConsole());
