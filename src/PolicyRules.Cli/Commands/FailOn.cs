using System.CommandLine;

namespace PolicyRules.Cli.Commands;

/// <summary>The <c>--fail-on</c> option: the lowest severity that makes the exit code 1.</summary>
internal static class FailOn
{
    public static Option<string> Create() => new("--fail-on")
    {
        Description = "Exit with 1 when a violation is at or above this severity: info, warning or error.",
        DefaultValueFactory = _ => "error",
    };

    public static Severity Read(ParseResult parse, Option<string> option)
    {
        var text = parse.GetValue(option);
        return WireNames.TryParse<Severity>(text, out var s) ? s
            : throw new UsageException($"unknown severity '{text}' for --fail-on; expected one of: {WireNames.List<Severity>()}");
    }
}
