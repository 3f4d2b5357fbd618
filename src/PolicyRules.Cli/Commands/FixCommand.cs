using System.CommandLine;
using Humanizer;
using PolicyRules.Cli.Checking;
using PolicyRules.Cli.Config;
using PolicyRules.Cli.Fix;
using PolicyRules.Cli.Inputs;

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
        var command = new Command("fix", "Apply the fixes that are safe (a pupil's full name to first name and initial, a personal phone number removed, a missing disclaimer appended) and show the diff.") { files, dryRun };
        engineOptions.AddTo(command);
        contextOptions.AddTo(command);
        configOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var config = configOptions.Load(parse, io);
            var engine = engineOptions.Build(parse, config);
            var checker = new FileChecker(engine, config, contextOptions.ReadDefaults(parse));
            var paths = FileDiscovery.Expand(parse.GetValue(files) ?? [], config);
            var dry = parse.GetValue(dryRun);
            var fixedFiles = 0;
            var applied = 0;
            var unreadable = 0;
            foreach (var path in paths)
            {
                if (path == "-") throw new UsageException("fix edits files; it cannot read standard input");
                if (InputReader.KindOf(path) == InputKind.Docx)
                {
                    io.Error.WriteLine($"skipped {path}: fix does not edit .docx files");
                    continue;
                }
                if (CheckCommand.ReadOrReport(io, path) is not { } doc)
                {
                    unreadable++;
                    continue;
                }
                var edits = Fixer.Plan(checker.Check(doc), engine);
                if (edits.Count == 0) continue;
                var after = Fixer.Apply(doc.Original, edits);
                // An absolute path reads as git diff --no-index writes it: "a/tmp/news.md", not "a//tmp/news.md".
                var shown = path.Replace('\\', '/').TrimStart('/');
                io.Out.Write(UnifiedDiff.Create(doc.Original, after, "a/" + shown, "b/" + shown));
                foreach (var e in edits) io.Error.WriteLine($"{path}: [{e.Rule}] {e.Description}");
                if (!dry) File.WriteAllText(path, after);
                fixedFiles++;
                applied += edits.Count;
            }
            var done = applied == 0 ? "Nothing to fix" : $"{(dry ? "Would apply" : "Applied")} {"fix".ToQuantity(applied)} in {"file".ToQuantity(fixedFiles)}";
            io.Error.WriteLine(unreadable == 0 ? $"{done}." : $"{done}; {"file".ToQuantity(unreadable)} could not be read.");
            return unreadable == 0 ? CliApp.Clean : CliApp.UsageError;
        });
        return command;
    }
}
