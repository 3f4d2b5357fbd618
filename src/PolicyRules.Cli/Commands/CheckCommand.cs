using System.CommandLine;
using PolicyRules.Cli.Batch;
using PolicyRules.Cli.Checking;
using PolicyRules.Cli.Config;
using PolicyRules.Cli.Inputs;
using PolicyRules.Cli.Output;

namespace PolicyRules.Cli.Commands;

/// <summary><c>policyrules check FILE|DIR|GLOB|-...</c> and <c>policyrules check --jsonl INPUT|-</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleIO io)
    {
        var files = new Argument<string[]>("files") { Description = "Files, folders or globs to check: .md, .markdown, .mdown, .html, .htm, .xhtml, .docx, .txt ('-' for standard input).", Arity = ArgumentArity.ZeroOrMore };
        var jsonl = new Option<string?>("--jsonl") { Description = "Check JSON Lines drafts from a file or '-' (standard input); writes one JSON result per line, in input order." };
        var stdinFormat = new Option<string?>("--stdin-format") { Description = "How to read '-': text (default), markdown or html." };
        stdinFormat.AcceptOnlyFromAmong("text", "markdown", "html");
        var failOn = FailOn.Create();
        var engineOptions = new EngineOptions();
        var contextOptions = new ContextOptions();
        var configOptions = new ConfigOptions();
        var output = new OutputOptions();
        var command = new Command("check", "Check files, or JSON Lines drafts, against the active policies.") { files, jsonl, failOn, stdinFormat };
        engineOptions.AddTo(command);
        contextOptions.AddTo(command);
        configOptions.AddTo(command);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            var threshold = FailOn.Read(parse, failOn);
            var paths = parse.GetValue(files) ?? [];
            var batch = parse.GetValue(jsonl);
            if (batch is null && paths.Length == 0) throw new UsageException("give files to check, or --jsonl INPUT");
            if (batch is not null && paths.Length > 0) throw new UsageException("give either files or --jsonl, not both");
            var config = configOptions.Load(parse, io);
            var engine = engineOptions.Build(parse, config);
            if (batch is not null)
            {
                // Each line gives its own context and the output is JSON Lines: say so rather than ignore the options silently.
                foreach (var (option, why) in new (Option, string)[]
                {
                    (output.Format, "the output is JSON Lines"), (stdinFormat, "standard input is read as JSON Lines"),
                    (contextOptions.Channel, "each line gives its own context"), (contextOptions.Author, "each line gives its own context"),
                    (contextOptions.School, "each line gives its own context"), (contextOptions.Profile, "each line gives its own context"),
                })
                    if (parse.GetResult(option) is { Implicit: false })
                        io.Error.WriteLine($"warning: {option.Name} has no effect with --jsonl: {why}");
                return RunBatch(io, engine, batch, threshold, parse.GetValue(output.Output));
            }
            var kind = parse.GetValue(stdinFormat) switch { "markdown" => InputKind.Markdown, "html" => InputKind.Html, _ => InputKind.Text };
            var checker = new FileChecker(engine, config, contextOptions.ReadDefaults(parse));
            var discovery = FileDiscovery.Expand(paths, config);
            discovery.Report(io.Error);
            var report = CheckFiles(io, engine, checker, discovery.Files, threshold, kind, discovery.UnreadableFolders);
            output.Write(io, report, output.Read(parse), parse.GetValue(output.Output));
            if (report.Unreadable > 0) return CliApp.UsageError;
            return report.Failing > 0 ? CliApp.Findings : CliApp.Clean;
        });
        return command;
    }

    internal static RunReport CheckFiles(ConsoleIO io, PolicyEngine engine, FileChecker checker, IReadOnlyList<string> paths, Severity threshold, InputKind stdinKind, int unreadableFolders = 0)
    {
        var results = new List<FileResult>();
        var unreadable = 0;
        using (var progress = new Progress(io, paths.Count, "files"))
        {
            foreach (var path in paths)
            {
                progress.Step(path);
                if (ReadOrReport(io, path, path == "-" ? stdinKind : null) is { } doc && CheckOrReport(io, checker, doc) is { } result) results.Add(result);
                else unreadable++;
            }
        }
        return new RunReport(engine, results, threshold, unreadable, unreadableFolders);
    }

    /// <summary>Reads a file (or standard input), or reports on standard error why it cannot be read and returns null.</summary>
    internal static SourceDocument? ReadOrReport(ConsoleIO io, string path, InputKind? kind = null)
    {
        // Standard input is "<stdin>" here as in every report.
        var name = path == "-" ? "<stdin>" : path;
        try
        {
            var doc = InputReader.Read(path, io.In, kind, io.InBytes);
            if (doc.Warning is { } warning) io.Error.WriteLine($"warning: {name}: {warning}");
            return doc;
        }
        catch (InvalidTextException e)
        {
            io.Error.WriteLine($"error: {name}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: cannot read {name}: {e.Message}");
        }
        catch (Exception e) when (e is not (UsageException or OutOfMemoryException))
        {
            InternalError(io, name, "reading", e);
        }
        return null;
    }

    /// <summary>
    /// A bug, or a parser failing in a way not foreseen, on one file: that file's error, so one file cannot lose the
    /// whole run, but worded as a bug to report rather than a problem with the file.
    /// </summary>
    private static void InternalError(ConsoleIO io, string name, string doing, Exception e) =>
        io.Error.WriteLine($"error: {name}: internal error while {doing} the file ({e.GetType().FullName}: {e.Message}); please report it");

    /// <summary>Checks a file, or reports on standard error why its front matter stops it being checked and returns null.</summary>
    internal static FileResult? CheckOrReport(ConsoleIO io, FileChecker checker, SourceDocument doc)
    {
        try
        {
            return checker.Check(doc);
        }
        catch (FrontMatterException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is not (UsageException or OutOfMemoryException))
        {
            InternalError(io, doc.DisplayPath, "checking", e);
            return null;
        }
    }

    private static int RunBatch(ConsoleIO io, PolicyEngine engine, string input, Severity threshold, string? outputFile)
    {
        if (outputFile is not null && input != "-" && Path.GetFullPath(outputFile) == Path.GetFullPath(input))
            throw new UsageException($"--output {outputFile} is the --jsonl input; write the results to another file");
        // Bytes, not text: each line is decoded strictly, so invalid UTF-8 is that line's error, not U+FFFD.
        using var file = input == "-" ? null : OpenBytes(input);
        // -o writes the JSON Lines to a file, as it writes a report.
        using var results = outputFile is null ? null : OutputOptions.CreateFile(outputFile);
        var output = (TextWriter?)results ?? io.Out;
        using var progress = new Progress(io, -1, "lines");
        var runner = new BatchRunner(engine, threshold, lines => progress.Step(lines));
        if ((file ?? io.InBytes) is { } bytes) runner.Run(bytes, output);
        else runner.Run(io.In, output);
        if (runner.Errors > 0)
        {
            io.Error.WriteLine($"{runner.Errors} of {runner.Lines} lines could not be checked (see their 'error' fields).");
            return CliApp.UsageError;
        }
        return runner.Failing > 0 ? CliApp.Findings : CliApp.Clean;
    }

    private static FileStream OpenBytes(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {path}: {e.Message}");
        }
    }
}
