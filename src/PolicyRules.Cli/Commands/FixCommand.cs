using System.CommandLine;
using System.Text;
using Humanizer;
using PolicyRules.Cli.Checking;
using PolicyRules.Cli.Config;
using PolicyRules.Cli.Fix;
using PolicyRules.Cli.Inputs;
using PolicyRules.Cli.Output;

namespace PolicyRules.Cli.Commands;

/// <summary><c>policyrules fix [--dry-run] FILE|DIR|GLOB...</c>: apply the safe fixes and print the diff.</summary>
internal static class FixCommand
{
    public static Command Create(ConsoleIO io)
    {
        var files = new Argument<string[]>("files") { Description = "Text, Markdown or HTML files, folders or globs to fix.", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the diff without changing the files." };
        var engineOptions = new EngineOptions();
        var contextOptions = new ContextOptions();
        var configOptions = new ConfigOptions();
        var command = new Command("fix", "Apply the fixes that are safe (a pupil's full name to first name and initial, a personal phone number removed, a missing disclaimer appended), show the diff, and list what is left to fix by hand.") { files, dryRun };
        engineOptions.AddTo(command);
        contextOptions.AddTo(command);
        configOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var config = configOptions.Load(parse, io);
            var engine = engineOptions.Build(parse, config);
            var checker = new FileChecker(engine, config, contextOptions.ReadDefaults(parse));
            var discovery = FileDiscovery.Expand(parse.GetValue(files) ?? [], config);
            discovery.Report(io.Error);
            var paths = discovery.Files;
            var dry = parse.GetValue(dryRun);
            var fixedFiles = 0;
            var applied = 0;
            var unreadable = 0;
            var left = new List<(string Path, Finding Finding)>();
            foreach (var path in paths)
            {
                if (path == "-") throw new UsageException("fix edits files; it cannot read standard input");
                if (CheckCommand.ReadOrReport(io, path) is not { } doc || CheckCommand.CheckOrReport(io, checker, doc) is not { } result)
                {
                    unreadable++;
                    continue;
                }
                if (doc.Kind == InputKind.Docx)
                {
                    // Not edited, but checked: its findings are all left, and its errors fail the run as check's do.
                    io.Error.WriteLine($"skipped {path}: fix does not edit .docx files");
                    left.AddRange(result.Findings.Select(f => (path, f)));
                    continue;
                }
                var fixes = Fixer.Plan(result, engine);
                var edits = Fixer.EditsOf(fixes);
                if (edits.Count == 0)
                {
                    left.AddRange(result.Findings.Select(f => (path, f)));
                    continue;
                }
                var after = Fixer.Apply(doc.Original, edits);
                left.AddRange(Remaining(checker, doc, after, edits, dry).Select(f => (path, f)));
                // An absolute path reads as git diff --no-index writes it: "a/tmp/news.md", not "a//tmp/news.md".
                var shown = path.Replace('\\', '/').TrimStart('/');
                io.Out.Write(UnifiedDiff.Create(doc.Original, after, "a/" + shown, "b/" + shown));
                foreach (var fix in fixes) io.Error.WriteLine($"{path}: [{fix.Rule}] {fix.Description}");
                // A file read in a declared legacy charset is written back in it, so its meta tag stays true.
                if (!dry) File.WriteAllText(path, after, doc.Charset ?? UnicodeFormOf(path));
                fixedFiles++;
                applied += fixes.Count;
            }
            var done = applied == 0 ? "Nothing to fix" : $"{(dry ? "Would apply" : "Applied")} {"fix".ToQuantity(applied)} in {"file".ToQuantity(fixedFiles)}";
            var notRead = new[] { ("file", unreadable), ("folder", discovery.UnreadableFolders) }.Where(x => x.Item2 > 0).Select(x => x.Item1.ToQuantity(x.Item2)).ToList();
            io.Error.WriteLine(notRead.Count == 0 ? $"{done}." : $"{done}; {string.Join(" and ", notRead)} could not be read.");
            ReportLeft(io, left);
            if (notRead.Count > 0) return CliApp.UsageError;
            // As check: errors left (with the fixes applied) fail the run, so a script cannot take a fixed file for a clean one.
            return left.Any(x => x.Finding.Violation.Severity == Severity.Error) ? CliApp.Findings : CliApp.Clean;
        });
        return command;
    }

    /// <summary>
    /// The findings the fixes leave: the fixed text checked again. A dry run reports them where they are in the file as
    /// it is (the fixed text's offsets mapped back through the edits); otherwise in the file as written.
    /// </summary>
    private static IEnumerable<Finding> Remaining(FileChecker checker, SourceDocument doc, string after, IReadOnlyList<Edit> edits, bool dry)
    {
        var findings = checker.Check(InputReader.Parse(doc.Path, after, doc.Kind)).Findings;
        if (!dry) return findings;
        return findings.Select(f =>
        {
            var start = Fixer.ToOriginal(f.Violation.Start, edits);
            var end = Fixer.ToOriginal(f.Violation.End, edits);
            return Finding.At(doc, f.Violation with { Start = start, Length = Math.Max(0, end - start) });
        });
    }

    private static void ReportLeft(ConsoleIO io, List<(string Path, Finding Finding)> left)
    {
        if (left.Count == 0) return;
        io.Error.WriteLine("Not fixed automatically (policyrules check explains each):");
        foreach (var (path, f) in left)
            io.Error.WriteLine($"  {path}:{f.Line}:{f.Column}: {WireNames.Of(f.Violation.Severity)} [{f.Violation.Rule}] {f.Violation.Message}");
        var counts = new[] { Severity.Error, Severity.Warning, Severity.Info }
            .Select(s => (Severity: s, Count: left.Count(x => x.Finding.Violation.Severity == s)))
            .Where(x => x.Count > 0)
            .Select(x => x.Severity == Severity.Info ? $"{x.Count} info" : WireNames.Of(x.Severity).ToQuantity(x.Count));
        io.Error.WriteLine($"{string.Join(", ", counts)} left in {"file".ToQuantity(left.Select(x => x.Path).Distinct().Count())}.");
    }

    // The file written back as it was read: UTF-8 with or without its byte order mark, or UTF-16 with its own.
    private static Encoding UnicodeFormOf(string path)
    {
        Span<byte> head = stackalloc byte[3];
        int read;
        using (var stream = File.OpenRead(path)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..read] switch
        {
            [0xEF, 0xBB, 0xBF] => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
    }
}
