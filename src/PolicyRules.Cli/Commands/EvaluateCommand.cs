using System.CommandLine;
using PolicyRules.Cli.Evaluation;

namespace PolicyRules.Cli.Commands;

/// <summary><c>policyrules evaluate CORPUS.jsonl</c>: precision and recall per category on a labelled corpus.</summary>
internal static class EvaluateCommand
{
    public static Command Create(ConsoleIO io)
    {
        var corpus = new Argument<string>("corpus") { Description = "Labelled drafts: JSON Lines with the batch fields plus \"expect\" (or \"labels\"): [categories]." };
        var verbose = new Option<bool>("--verbose") { Description = "List every draft whose categories differ from its labels." };
        var engineOptions = new EngineOptions();
        var command = new Command("evaluate", "Measure precision and recall per category on a labelled corpus.") { corpus, verbose };
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var drafts = CorpusEvaluator.Load(EngineOptions.RequireFile(parse.GetValue(corpus)!));
            var report = CorpusEvaluator.Evaluate(engineOptions.Build(parse), drafts);
            if (parse.GetValue(verbose))
            {
                foreach (var o in report.Outcomes.Where(o => !o.Correct))
                {
                    io.Out.WriteLine($"{o.Draft.Id}: missed [{string.Join(", ", o.Missed)}] unexpected [{string.Join(", ", o.Unexpected)}]");
                    io.Out.WriteLine($"    {o.Draft.Text}");
                    foreach (var v in o.Result.Violations) io.Out.WriteLine($"    - {v.Rule} at '{v.Excerpt}'");
                }
                io.Out.WriteLine();
            }
            io.Out.WriteLine(report.ToTable());
            return CliApp.Clean;
        });
        return command;
    }
}
