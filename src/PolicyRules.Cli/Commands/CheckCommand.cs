using System.CommandLine;
using PolicyRules.Cli.Batch;
using PolicyRules.Cli.Inputs;
using PolicyRules.Cli.Output;

namespace PolicyRules.Cli.Commands;

/// <summary><c>policyrules check FILE...</c> and <c>policyrules check --jsonl INPUT|-</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleIO io)
    {
        var files = new Argument<string[]>("files") { Description = "Text or Markdown files to check ('-' for standard input).", Arity = ArgumentArity.ZeroOrMore };
        var jsonl = new Option<string?>("--jsonl") { Description = "Check JSON Lines drafts from a file or '-' (standard input); writes one JSON result per line, in input order." };
        var failOn = FailOn.Create();
        var engineOptions = new EngineOptions();
        var contextOptions = new ContextOptions();
        var command = new Command("check", "Check files, or JSON Lines drafts, against the active policies.") { files, jsonl, failOn };
        engineOptions.AddTo(command);
        contextOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var threshold = FailOn.Read(parse, failOn);
            var paths = parse.GetValue(files) ?? [];
            var batch = parse.GetValue(jsonl);
            if (batch is null && paths.Length == 0) throw new UsageException("give files to check, or --jsonl INPUT");
            if (batch is not null && paths.Length > 0) throw new UsageException("give either files or --jsonl, not both");
            var engine = engineOptions.Build(parse);
            return batch is not null
                ? RunBatch(io, engine, batch, threshold)
                : RunFiles(io, engine, paths, contextOptions.Read(parse), threshold);
        });
        return command;
    }

    private static int RunBatch(ConsoleIO io, PolicyEngine engine, string input, Severity threshold)
    {
        using var reader = input == "-" ? null : OpenText(input);
        var runner = new BatchRunner(engine, threshold);
        runner.Run(reader ?? io.In, io.Out);
        if (runner.Errors > 0)
        {
            io.Error.WriteLine($"{runner.Errors} of {runner.Lines} lines could not be checked (see their 'error' fields).");
            return CliApp.UsageError;
        }
        return runner.Failing > 0 ? CliApp.Findings : CliApp.Clean;
    }

    internal static int RunFiles(ConsoleIO io, PolicyEngine engine, string[] paths, PostContext context, Severity threshold)
    {
        var counts = new int[3];
        var filesWithFindings = 0;
        var unreadable = 0;
        foreach (var path in paths)
        {
            string text;
            try
            {
                text = path == "-" ? io.In.ReadToEnd() : StrictText.ReadFile(path);
            }
            catch (InvalidTextException e)
            {
                io.Error.WriteLine($"error: {path}: {e.Message}");
                unreadable++;
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine($"error: cannot read {path}: {e.Message}");
                unreadable++;
                continue;
            }
            var result = engine.Check(text, context);
            TextReport.Write(io.Out, path == "-" ? "<stdin>" : path, text, result);
            foreach (var v in result.Violations) counts[(int)v.Severity]++;
            if (result.Violations.Count > 0) filesWithFindings++;
        }
        io.Out.WriteLine(Summary(counts, filesWithFindings, paths.Length));
        if (unreadable > 0) return CliApp.UsageError;
        var failing = 0;
        for (var s = (int)threshold; s < counts.Length; s++) failing += counts[s];
        return failing > 0 ? CliApp.Findings : CliApp.Clean;
    }

    internal static string Summary(int[] counts, int filesWithFindings, int files)
    {
        static string Count(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
        var total = counts[0] + counts[1] + counts[2];
        if (total == 0) return $"No violations in {Count(files, "file")}.";
        var parts = new List<string>();
        if (counts[2] > 0) parts.Add(Count(counts[2], "error"));
        if (counts[1] > 0) parts.Add(Count(counts[1], "warning"));
        if (counts[0] > 0) parts.Add(Count(counts[0], "info"));
        return $"{string.Join(", ", parts)} in {Count(filesWithFindings, "file")}.";
    }

    private static TextReader OpenText(string path)
    {
        try
        {
            return new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {path}: {e.Message}");
        }
    }
}
