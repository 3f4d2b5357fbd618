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
}
