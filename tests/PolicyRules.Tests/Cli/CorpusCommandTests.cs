namespace PolicyRules.Tests.Cli;

/// <summary><c>evaluate</c> and <c>train</c> read the same labelled corpus files.</summary>
public class CorpusCommandTests
{
    private static (int Exit, string Out, string Err) Evaluate(CliTestKit kit, string corpus, params string[] more) =>
        kit.Run(["evaluate", "--no-bundled-rules", "--pack", kit.PackFile, "--policy-file", kit.PolicyFile, kit.Write("corpus.jsonl", corpus), .. more]);

    [Test]
    public void EvaluateReadsLabelsAsTrainNamesThem()
    {
        using var kit = new CliTestKit();
        var (exit, output, error) = Evaluate(kit, """
            {"id":"a","text":"Call me on 07700 900123","channel":"message","author":"staff","labels":["conduct"]}
            {"id":"b","text":"Lovely assembly","channel":"official","author":"staff","expect":[]}
            {"id":"c","text":"Ben Smith won","channel":"official","author":"staff","labels":["pupil-identification"],"expect":["pupil-identification"]}
            """);
        (exit, error).Should().Be((0, ""));
        output.Should().Contain("| conduct | 1 | 1.000 | 1.000 | 1 | 0 | 0 |").And.Contain("| pupil-identification | 1 | 1.000 | 1.000 | 1 | 0 | 0 |");
    }

    [Test]
    public void EvaluateRefusesALineWhoseTwoLabelFieldsDiffer()
    {
        using var kit = new CliTestKit();
        var (exit, _, error) = Evaluate(kit, """
            {"id":"a","text":"Lovely assembly","channel":"official","author":"staff","expect":[]}
            {"id":"b","text":"Call me on 07700 900123","channel":"message","author":"staff","expect":["conduct"],"labels":["defamation"]}
            """);
        exit.Should().Be(2);
        error.Should().EndWith("corpus.jsonl:2: 'expect' [conduct] and 'labels' [defamation] differ; give one of them, or the same categories in both" + Environment.NewLine);
    }

    [Test]
    public void TrainReadsExpectAsEvaluateNamesIt()
    {
        using var kit = new CliTestKit();
        var lines = Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? $$"""{"id":"r{{i}}","text":"you are a rubbish useless teacher {{i}}","channel":"personal","author":"parent","expect":["defamation"]}"""
            : $$"""{"id":"c{{i}}","text":"a lovely trip to the zoo {{i}}","channel":"official","author":"staff","expect":[]}""");
        var data = kit.Write("corpus.jsonl", string.Join("\n", lines));
        var (exit, output, error) = kit.Run("train", "--data", data, "--out", kit.PathOf("m.prmodel"), "--folds", "2");
        (exit, error).Should().Be((0, ""));
        output.Should().StartWith("40 examples");
        File.Exists(kit.PathOf("m.prmodel")).Should().BeTrue();
    }

    [Test]
    public void EvaluateSaysNotApplicableWhereThereIsNothingToMeasure()
    {
        using var kit = new CliTestKit();
        var (exit, output, _) = Evaluate(kit, """
            {"id":"a","text":"Call me on 07700 900123","channel":"message","author":"staff","expect":["conduct"]}
            """);
        exit.Should().Be(0);
        // No draft is labelled defamation and none raised it: neither precision nor recall can be measured.
        output.Should().Contain("| defamation | 0 | n/a | n/a | 0 | 0 | 0 |");
        output.Should().Contain("| conduct | 1 | 1.000 | 1.000 | 1 | 0 | 0 |");
        output.Should().Contain("clean drafts with any finding: 0 of 0 (n/a).");
        output.Should().Contain("1 draft; clean drafts"); // not "1 drafts"
    }

    [TestCase("")]
    [TestCase("\n   \n\n")]
    public void AnEmptyCorpusIsAnError(string corpus)
    {
        using var kit = new CliTestKit();
        var (exit, output, error) = Evaluate(kit, corpus);
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"error: {kit.PathOf("corpus.jsonl")}: the corpus holds no drafts (the file is empty or blank){Environment.NewLine}");

        var data = kit.Write("train.jsonl", corpus);
        (exit, output, error) = kit.Run("train", "--data", data, "--out", kit.PathOf("m.prmodel"));
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"error: {data}: the corpus holds no drafts (the file is empty or blank){Environment.NewLine}");
        File.Exists(kit.PathOf("m.prmodel")).Should().BeFalse();
    }

    [Test]
    public void TrainSaysNotApplicableWhereNothingWasFlaggedOrLabelled()
    {
        using var kit = new CliTestKit();
        var lines = Enumerable.Range(0, 20).Select(i => $$"""{"id":"r{{i}}","text":"you are a rubbish useless teacher {{i}}","labels":["defamation"]}""");
        var data = kit.Write("corpus.jsonl", string.Join("\n", lines));
        var (exit, output, error) = kit.Run("train", "--data", data, "--out", kit.PathOf("m.prmodel"), "--folds", "2");
        (exit, error).Should().Be((0, ""));
        // Conduct: no example labelled and none flagged (TP = FP = FN = 0).
        output.Split('\n').Should().Contain(l => l.StartsWith("conduct ", StringComparison.Ordinal))
            .Which.Split(' ', StringSplitOptions.RemoveEmptyEntries).Should().Equal("conduct", "0", "n/a", "n/a", "0", "0", "0", "never");
        output.Should().Contain("clean drafts flagged in any category (held out): n/a (the corpus has no clean drafts)");
    }

    [Test]
    public void TrainSaysWhyTooFewExamplesCannotBeSplitInPlainWords()
    {
        using var kit = new CliTestKit();
        var data = kit.Write("corpus.jsonl", """{"text":"x","labels":[]}""");
        var (exit, _, error) = kit.Run("train", "--data", data, "--out", kit.PathOf("m.prmodel"));
        exit.Should().Be(2);
        error.Should().Be("error: 1 examples cannot be split into 5 folds" + Environment.NewLine);
    }
}
