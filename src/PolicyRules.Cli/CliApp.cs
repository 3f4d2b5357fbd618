using System.CommandLine;
using PolicyRules.Cli.Commands;

namespace PolicyRules.Cli;

/// <summary>The <c>policyrules</c> command line. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or load errors.</summary>
public static class CliApp
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new ConsoleIO(stdin, stdout, stderr));

    public static int Run(string[] args, ConsoleIO io)
    {
        var (stdout, stderr) = (io.Out, io.Error);
        var root = new RootCommand(
            "PolicyRules checks draft social media posts and school newsletters against a school's social media policy.\n\n" +
            "Exit codes: 0 nothing at or above --fail-on; 1 violations at or above --fail-on; 2 usage or load errors.")
        {
            CheckCommand.Create(io),
            ValidateCommand.Create(io),
            ExplainCommand.Create(io),
            FixCommand.Create(io),
            EvaluateCommand.Create(io),
            CoverageCommand.Create(io),
            TrainCommand.Create(io),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine("Run 'policyrules --help' for usage.");
            return UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (RuleLoadException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return UsageError;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return UsageError;
        }
    }
}

/// <summary>The streams a command reads and writes (the console, or test buffers), and whether they are terminals.</summary>
public sealed record ConsoleIO(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Standard output is a terminal: the text report may use colour.</summary>
    public bool OutIsTerminal { get; init; }
    /// <summary>Standard error is a terminal: a progress bar may be drawn.</summary>
    public bool ErrorIsTerminal { get; init; }
    /// <summary>
    /// Standard input as bytes. When set (the real console), <c>check -</c> and <c>check --jsonl -</c> read
    /// it strictly, reporting invalid UTF-8 with its byte offset instead of letting the console's
    /// decoder replace it; when null (tests that pass text), <see cref="In"/> is read.
    /// </summary>
    public Stream? InBytes { get; init; }
    /// <summary>The folder the config search starts from and SARIF paths are relative to.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The real console.</summary>
    public static ConsoleIO FromConsole() => new(Console.In, Console.Out, Console.Error)
    {
        OutIsTerminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null or "",
        ErrorIsTerminal = !Console.IsErrorRedirected,
        InBytes = Console.OpenStandardInput(),
    };
}

/// <summary>A mistake in how the command was called (unknown policy, missing file): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
