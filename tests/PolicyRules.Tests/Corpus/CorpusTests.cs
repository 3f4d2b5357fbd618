using PolicyRules.Cli.Evaluation;

namespace PolicyRules.Tests.Corpus;

/// <summary>
/// Every labelled draft in tests/corpus/corpus.jsonl runs as a test. Drafts the rules cannot yet get
/// right are listed in tests/corpus/known-misses.txt; a listed draft must still be wrong, so the
/// list can only shrink. The aggregate test holds the targets of the issue.
/// </summary>
public class CorpusTests
{
    private static readonly string CorpusPath = Path.Combine(Cli.CliRunner.Root, "tests", "corpus", "corpus.jsonl");
    private static readonly Lazy<IReadOnlyList<LabelledDraft>> Drafts = new(() => CorpusEvaluator.Load(CorpusPath));
    private static readonly Lazy<HashSet<string>> KnownMisses = new(() =>
        File.ReadLines(Path.Combine(Cli.CliRunner.Root, "tests", "corpus", "known-misses.txt"))
            .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToHashSet());

    public static IEnumerable<TestCaseData> Cases() =>
        CorpusEvaluator.Load(CorpusPath).Select(d => new TestCaseData(d.Id).SetName($"Corpus({d.Id})"));

    [TestCaseSource(nameof(Cases))]
    public void Draft(string id)
    {
        var draft = Drafts.Value.Single(d => d.Id == id);
        var result = BundledRules.Engine.Check(draft.Text, draft.Context);
        var raised = result.Categories.ToHashSet();
        var correct = raised.SetEquals(draft.Expected);
        var found = string.Join("; ", result.Violations.Select(v => $"{v.Rule} at '{v.Excerpt}'"));
        if (KnownMisses.Value.Contains(id))
            correct.Should().BeFalse($"{id} is listed in known-misses.txt but now passes: remove it from the list");
        else
            raised.Should().BeEquivalentTo(draft.Expected, $"\"{draft.Text}\" found: {found}");
    }

    [Test]
    public void MeetsTheTargets()
    {
        var report = CorpusEvaluator.Evaluate(BundledRules.Engine, Drafts.Value);
        Drafts.Value.Should().HaveCountGreaterThanOrEqualTo(400);
        foreach (var category in WireNames.Categories)
        {
            report.Precision(category).Should().BeGreaterThanOrEqualTo(0.95, category);
            report.Recall(category).Should().BeGreaterThanOrEqualTo(0.90, category);
        }
        report.CleanFalseAlarmRate.Should().BeLessThan(0.03);
    }

    // The README's result tables are what `policyrules evaluate` prints today, for both corpora.
    [TestCase("corpus.jsonl")]
    [TestCase("independent.jsonl")]
    public void TheReadmeShowsWhatEvaluatePrints(string corpus)
    {
        var (exit, output, _) = Cli.CliRunner.Run("evaluate", Path.Combine(Cli.CliRunner.Root, "tests", "corpus", corpus));
        exit.Should().Be(0);
        var readme = File.ReadAllText(Path.Combine(Cli.CliRunner.Root, "README.md"));
        var table = output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.StartsWith('|') || l.Contains("clean drafts with any finding")).ToList();
        table.Should().HaveCountGreaterThan(5);
        readme.Should().Contain(string.Join("\n", table.Take(table.Count - 1)), "the README's table for " + corpus);
        readme.Should().Contain(table[^1]);
    }
}
