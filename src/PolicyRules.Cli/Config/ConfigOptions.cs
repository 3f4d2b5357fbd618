using System.CommandLine;

namespace PolicyRules.Cli.Config;

/// <summary><c>--config FILE</c> and <c>--no-config</c>; by default <c>.policyrules.yaml</c> is looked for from the working directory up.</summary>
internal sealed class ConfigOptions
{
    public Option<string?> File { get; } = new("--config") { Description = $"The config file (default: the nearest {CliConfig.FileName} from the working directory up)." };

    public Option<bool> None { get; } = new("--no-config") { Description = "Ignore any config file." };

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(None);
    }

    public CliConfig Load(ParseResult parse, ConsoleIO io)
    {
        if (parse.GetValue(None)) return new CliConfig { BaseDirectory = io.WorkingDirectory };
        if (parse.GetValue(File) is { } explicitFile)
        {
            if (!System.IO.File.Exists(explicitFile)) throw new UsageException($"no such config file: {explicitFile}");
            return ConfigLoader.Load(explicitFile);
        }
        return ConfigLoader.Find(io.WorkingDirectory) is { } found ? ConfigLoader.Load(found) : new CliConfig { BaseDirectory = io.WorkingDirectory };
    }
}
