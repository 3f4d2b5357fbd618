using System.CommandLine;
using Humanizer;

namespace PolicyRules.Cli.Output;

/// <summary>The report formats of <c>check</c> over files.</summary>
internal enum OutputFormat { Text, Json, Sarif, GitHub, JUnit }

/// <summary><c>--format</c> and <c>--output</c>.</summary>
internal sealed class OutputOptions
{
    public Option<string> Format { get; } = new("--format")
    {
        Description = "How to report: text (default), json, sarif (SARIF 2.1.0), github (workflow commands) or junit (XML).",
        DefaultValueFactory = _ => "text",
    };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to this file instead of standard output." };

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("text", "json", "sarif", "github", "junit");
        command.Options.Add(Format);
        command.Options.Add(Output);
    }

    public OutputFormat Read(ParseResult parse) => parse.GetValue(Format) switch
    {
        "json" => OutputFormat.Json,
        "sarif" => OutputFormat.Sarif,
        "github" => OutputFormat.GitHub,
        "junit" => OutputFormat.JUnit,
        _ => OutputFormat.Text,
    };

    /// <summary>Writes the report in the format; the summary goes to standard error for machine formats.</summary>
    /// <summary>Opens a report file for writing (UTF-8, no byte order mark); a path that cannot be written is a usage
    /// error naming it, not a crash.</summary>
    public static StreamWriter CreateFile(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {e.Message}");
        }
    }

    public void Write(ConsoleIO io, RunReport report, OutputFormat format, string? file)
    {
        using var fileWriter = file is null ? null : CreateFile(file);
        var w = (TextWriter?)fileWriter ?? io.Out;
        switch (format)
        {
            case OutputFormat.Json: JsonReport.Write(w, report); break;
            case OutputFormat.Sarif: SarifReport.Write(w, report, io.WorkingDirectory); break;
            case OutputFormat.JUnit: JUnitReport.Write(w, report); break;
            case OutputFormat.GitHub: GitHubReport.Write(w, report); break;
            default: TextReport.Write(w, report, colour: file is null && io.OutIsTerminal); break;
        }
        if (format is OutputFormat.Json or OutputFormat.Sarif or OutputFormat.JUnit || fileWriter is not null)
        {
            WriteSuppressions(io.Error, report, format);
            io.Error.WriteLine(report.Summary);
        }
    }

    /// <summary>Standard error lists at most this many suppressions, one a line; more are counted in one line.</summary>
    public const int MaxSuppressionsListed = 20;

    // Beside a report in a file or a machine format: each suppression used, or, when there are many (a long newsletter
    // can hold thousands), how many and where they are listed.
    private static void WriteSuppressions(TextWriter error, RunReport report, OutputFormat format)
    {
        var lines = report.SuppressionLines().ToList();
        if (lines.Count <= MaxSuppressionsListed)
        {
            foreach (var s in lines) error.WriteLine($"suppressed: {s}");
            return;
        }
        var files = report.Files.Count(f => f.Suppressed.Count > 0);
        var where = format is OutputFormat.Text or OutputFormat.Json or OutputFormat.Sarif ? "the report lists each" : "--format text or json lists each";
        error.WriteLine($"suppressed: {"finding".ToQuantity(report.SuppressedCount)} by {"suppression".ToQuantity(lines.Count)} in {"file".ToQuantity(files)}; {where}");
    }
}
