using System.Security.Cryptography;
using PolicyRules.Classification;

namespace PolicyRules.Tests.Classification;

public class TrainingTests
{
    [Test]
    public void SameDataGivesByteIdenticalModel()
    {
        var first = ClassifierTestData.SmallReport.Model.ToBytes();
        var again = ClassifierTrainer.Train(ClassifierTestData.Small, ClassifierTestData.SmallOptions).Model.ToBytes();
        var serial = ClassifierTrainer.Train(ClassifierTestData.Small, ClassifierTestData.SmallOptions with { Parallel = false }).Model.ToBytes();
        again.Should().Equal(first);
        serial.Should().Equal(first, "threads must not change the result");
    }

    [Test]
    public void AnotherSeedGivesAnotherModel()
    {
        var first = ClassifierTestData.SmallReport.Model.ToBytes();
        var other = ClassifierTrainer.Train(ClassifierTestData.Small, ClassifierTestData.SmallOptions with { Seed = 2 }).Model.ToBytes();
        other.Should().NotEqual(first, "the seed assigns folds, and folds choose thresholds");
    }

    [Test]
    public void ModelHasNoTimestampOrMachineState()
    {
        var model = ClassifierTestData.SmallReport.Model;
        model.Description.Should().Contain("400 examples").And.Contain("seed 1");
        model.Description.Should().NotContain(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The bundled model trades recall for precision: 0.98 on the training folds (see the README).</summary>
    internal const double BundledTargetPrecision = 0.98;

    [Test]
    public void BundledModelRebuildsByteForByte()
    {
        // The README's command: policyrules train --data data/classifier/train.jsonl --out rules/models/default.prmodel --target-precision 0.98
        var bundled = File.ReadAllBytes(Path.Combine(ClassifierTestData.RepoRoot, "rules", "models", "default.prmodel"));
        var rebuilt = ClassifierTrainer.Train(ClassifierTestData.Corpus, new TrainerOptions { TargetPrecision = BundledTargetPrecision }).Model.ToBytes();
        Convert.ToHexStringLower(SHA256.HashData(rebuilt)).Should().Be(Convert.ToHexStringLower(SHA256.HashData(bundled)),
            "rules/models/default.prmodel must be exactly what training on data/classifier/train.jsonl with --target-precision 0.98 gives; retrain it after changing either");
    }

    [Test]
    public void ReportsCrossValidatedPrecisionAndRecallPerCategory()
    {
        var report = ClassifierTestData.SmallReport;
        report.Examples.Should().Be(400);
        report.Categories.Select(c => c.Category).Should().Equal(WireNames.Categories);
        foreach (var c in report.Categories)
        {
            (c.TruePositives + c.FalseNegatives).Should().Be(c.Positives, "every example is held out exactly once");
            c.Precision.Should().BeInRange(0, 1);
            c.Recall.Should().BeInRange(0, 1);
        }
        report.Categories.Sum(c => c.TruePositives).Should().BeGreaterThan(0, "even a small model learns something");
    }

    [Test]
    public void LearnsASeparableToyProblem()
    {
        var examples = new List<TrainingExample>();
        for (var i = 0; i < 60; i++)
        {
            examples.Add(new TrainingExample($"p{i}", $"the deputy head number {i} is a total fraud", PostContext.Default, ["defamation"]));
            examples.Add(new TrainingExample($"n{i}", $"lovely assembly number {i} this morning", PostContext.Default, []));
        }
        var report = ClassifierTrainer.Train(examples, new TrainerOptions { Features = FeatureSettings.Default with { HashBits = 14 }, Folds = 3 });
        var defamation = report.Categories.Single(c => c.Category == "defamation");
        defamation.Precision.Should().Be(1);
        defamation.Recall.Should().Be(1);
        report.Categories.Single(c => c.Category == "conduct").Threshold.Should().Be(double.PositiveInfinity, "no conduct examples: it never fires");
        var scores = new double[5];
        new LinearClassifier(report.Model).Score(Recognition.DraftView.Create("honestly the deputy head is a fraud"), scores);
        scores[2].Should().BeGreaterThan(report.Model.Thresholds[2]);
    }

    [Test]
    public void RejectsBadInput()
    {
        var examples = ClassifierTestData.Small;
        FluentActions.Invoking(() => ClassifierTrainer.Train(examples, new TrainerOptions { Folds = 1 })).Should().Throw<ArgumentException>().WithMessage("*2 folds*");
        FluentActions.Invoking(() => ClassifierTrainer.Train(examples, new TrainerOptions { Categories = ["conduct"] }))
            .Should().Throw<ArgumentException>().WithMessage("*has the label*not one of: conduct*");
        FluentActions.Invoking(() => ClassifierTrainer.Train(examples, new TrainerOptions { Features = FeatureSettings.Default with { HashBits = 30 } }))
            .Should().Throw<ArgumentException>().WithMessage("*hash bits 30*");
    }

    [TestCase(0.7, 3, 0.45)]
    [TestCase(0.5, 3, 0.1)]
    [TestCase(0.9, 1, 0.75)]
    [TestCase(1.0, 1, 0.75)]
    [TestCase(1.0, 3, double.PositiveInfinity)]
    public void ThresholdIsTheLowestReachingTargetPrecision(double target, int minTp, double expected)
    {
        // Scores high to low: 0.9 +, 0.8 +, 0.7 -, 0.6 +, 0.3 -, 0.2 +.
        double[] scores = [0.9, 0.8, 0.7, 0.6, 0.3, 0.2];
        bool[] labels = [true, true, false, true, false, true];
        var threshold = ClassifierTrainer.ChooseThreshold([0, 1, 2, 3, 4, 5], i => scores[i], labels, target, minTp);
        threshold.Should().BeApproximately(expected, 1e-12);
    }

    [Test]
    public void CorpusErrorsNameTheLine()
    {
        const string jsonl = """
            {"id": "a", "text": "fine", "channel": "personal", "author": "staff", "labels": []}

            {"id": "b", "text": "bad", "channel": "fax", "labels": []}
            """;
        FluentActions.Invoking(() => TrainingCorpus.Parse(jsonl, "c.jsonl")).Should().Throw<RuleLoadException>()
            .Which.Message.Should().Be("c.jsonl:3:1: unknown channel 'fax'; expected one of: official, personal, newsletter, message");
        FluentActions.Invoking(() => TrainingCorpus.Parse("{\"text\": \"x\", \"labels\": [\"rudeness\"]}", "c.jsonl")).Should().Throw<RuleLoadException>()
            .WithMessage("c.jsonl:1:1: unknown category 'rudeness' in 'labels'*");
        FluentActions.Invoking(() => TrainingCorpus.Parse("{\"text\": \"x\"", "c.jsonl")).Should().Throw<RuleLoadException>().WithMessage("c.jsonl:1:1: not valid JSON*");
        FluentActions.Invoking(() => TrainingCorpus.Parse("{\"text\": \"x\"}", "c.jsonl")).Should().Throw<RuleLoadException>().WithMessage("*missing 'expect' (or 'labels')*");
        var parsed = TrainingCorpus.Parse(jsonl.Split('\n')[0]);
        parsed.Should().ContainSingle().Which.Context.Channel.Should().Be(Channel.Personal);
    }

    [Test]
    public void CorpusLabelsMayBeNamedExpectAsEvaluateNamesThem()
    {
        // One labelled corpus serves train and evaluate: 'expect' (evaluate's name) or 'labels' (train's), or both when they agree.
        const string jsonl = """
            {"id": "a", "text": "x", "expect": ["conduct"]}
            {"id": "b", "text": "y", "labels": ["defamation", "conduct"], "expect": ["conduct", "defamation"]}
            {"id": "c", "text": "z", "expect": []}
            """;
        var parsed = TrainingCorpus.Parse(jsonl, "c.jsonl");
        parsed.Select(e => string.Join(",", e.Labels)).Should().Equal("conduct", "defamation,conduct", "");
        FluentActions.Invoking(() => TrainingCorpus.Parse("""{"text": "x", "expect": ["conduct"], "labels": ["defamation"]}""", "c.jsonl"))
            .Should().Throw<RuleLoadException>()
            .Which.Message.Should().Be("c.jsonl:1:1: 'expect' [conduct] and 'labels' [defamation] differ; give one of them, or the same categories in both");
        FluentActions.Invoking(() => TrainingCorpus.Parse("""{"text": "x", "expect": ["conduct"], "labels": []}""", "c.jsonl"))
            .Should().Throw<RuleLoadException>().WithMessage("*differ*");
        FluentActions.Invoking(() => TrainingCorpus.Parse("""{"text": "x", "expect": "conduct"}""", "c.jsonl"))
            .Should().Throw<RuleLoadException>().WithMessage("c.jsonl:1:1: 'expect' must be a list of categories, not a string");
        FluentActions.Invoking(() => TrainingCorpus.Parse("""{"text": "x", "expect": ["condct"]}""", "c.jsonl"))
            .Should().Throw<RuleLoadException>().WithMessage("c.jsonl:1:1: unknown category 'condct' in 'expect'; did you mean 'conduct'?*");
    }

    [Test]
    public void TrainingCorpusIsLargeAndLabelled()
    {
        var corpus = ClassifierTestData.Corpus;
        corpus.Count.Should().BeGreaterThanOrEqualTo(1500);
        foreach (var category in WireNames.Categories) corpus.Count(e => e.Has(category)).Should().BeGreaterThan(100, category);
        corpus.Count(e => e.Labels.Count == 0).Should().BeGreaterThan(300, "clean drafts teach what not to flag");
    }
}
