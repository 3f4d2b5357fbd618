using System.CommandLine;
using System.CommandLine.Parsing;
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
        var unknown = UnknownOptions(parse);
        // System.CommandLine reports a stray token as "Unrecognized command or argument"; an option-like one is said plainly instead.
        var errors = unknown.Select(u => u.Message)
            .Concat(parse.Errors.Select(e => e.Message).Where(m => !unknown.Any(u => m.Contains($"'{u.Token}'", StringComparison.Ordinal))))
            .ToList();
        if (errors.Count > 0)
        {
            foreach (var e in errors) stderr.WriteLine($"error: {e}");
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

    /// <summary>
    /// Tokens that look like options ('--bogus', '-x') but are none of the command's: System.CommandLine hands them to
    /// the command's argument (so 'check a.md --bogus' would look for a file named '--bogus') or leaves them unmatched.
    /// A token after '--', or one an option took as its value ('--profile --x'), is not an option.
    /// </summary>
    internal static IReadOnlyList<(string Token, string Message)> UnknownOptions(ParseResult parse)
    {
        var values = new HashSet<Token>(ReferenceEqualityComparer.Instance);
        for (SymbolResult? r = parse.CommandResult; r is CommandResult command; r = r.Parent)
            foreach (var option in command.Children.OfType<OptionResult>())
                values.UnionWith(option.Tokens);
        var known = parse.CommandResult.Command.Options.Concat(parse.RootCommandResult.Command.Options)
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        var unknown = new List<(string, string)>();
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) break;
            if (token.Type != TokenType.Argument || token.Value.Length < 2 || token.Value[0] != '-' || values.Contains(token)) continue;
            var hint = Loading.YamlReader.Closest(known, token.Value, maxEdits: 2) is { } closest ? $"; did you mean '{closest}'?" : "";
            unknown.Add((token.Value, $"unknown option '{token.Value}'{hint}"));
        }
        return unknown;
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
