using PolicyRules.Classification;
using PolicyRules.Recognition;

namespace PolicyRules.Tests.Classification;

public class ClassifierEngineTests
{
    private const string Pack = """
        pack: conduct
        rules:
          - id: swearing
            title: Swearing
            detect: { lexicon: [shit], evasions: true }
            message: "'{match}' is offensive language."
        """;

    private static readonly string[] Categories = [.. WireNames.Categories];

    private static PolicyEngine Engine(IDraftClassifier classifier) => new PolicyEngineBuilder()
        .AddPackYaml(Pack, "conduct.yaml").AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").UseClassifier(classifier).Build();

    [Test]
    public void ScoreAtThresholdIsReportedWithCitationAndConfidence()
    {
        var classifier = new FixedClassifier(Categories, [0, 0, 0.8, 0, 0], [0.5, 0.5, 0.8, 0.5, 0.5]);
        var result = Engine(classifier).Check("the head couldn't organise a raffle");
        var v = result.Violations.Should().ContainSingle().Which;
        v.Rule.Should().Be("classifier-defamation");
        v.Category.Should().Be("defamation");
        v.Detector.Should().Be("classifier");
        v.Severity.Should().Be(Severity.Warning);
        v.Confidence.Should().Be(0.8);
        v.Message.Should().Contain("trained model");
        v.Citations.Should().ContainSingle().Which.Clause.Should().Be("3");
    }

    [Test]
    public void ScoreBelowThresholdIsNotReported()
    {
        var classifier = new FixedClassifier(Categories, [0.49, 0.79, 0.9, 0.99, 0.2], [0.5, 0.8, 0.95, double.PositiveInfinity, 0.5]);
        Engine(classifier).Check("anything at all").Violations.Should().BeEmpty();
        classifier.Calls.Should().Be(1);
    }

    [Test]
    public void NeverRemovesARuleFinding()
    {
        var text = "what a load of shit";
        var rulesOnly = new PolicyEngineBuilder().AddPackYaml(Pack, "conduct.yaml").AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").Build().Check(text);
        foreach (var scores in new double[][] { [0, 0, 0, 0, 0], [1, 1, 1, 1, 1] })
        {
            var withClassifier = Engine(new FixedClassifier(Categories, scores, [0.5, 0.5, 0.5, 0.5, 0.5])).Check(text);
            withClassifier.Violations.Where(v => v.Detector != "classifier").Should().BeEquivalentTo(rulesOnly.Violations);
            withClassifier.Violations.Should().NotContain(v => v.Detector == "classifier" && v.Category == "conduct", "a rule already raised conduct");
        }
    }

    [Test]
    public void DisablingARuleLetsTheClassifierJudgeItsCategoryUnlessItsClassifierIdIsDisabledToo()
    {
        var classifier = new FixedClassifier(Categories, [0, 0, 0, 0, 0.9], [0.5, 0.5, 0.5, 0.5, 0.5]);
        PolicyEngineBuilder Builder() => new PolicyEngineBuilder().AddPackYaml(Pack, "conduct.yaml")
            .AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").UseClassifier(classifier).DisableRule("swearing");
        const string text = "what a load of shit";

        Builder().Build().Check(text).Violations.Should().ContainSingle().Which.Rule.Should().Be("classifier-conduct",
            "the classifier judges a category no running rule raised");
        Builder().DisableRule("classifier-conduct").Build().Check(text).Violations.Should().BeEmpty();
    }

    [Test]
    public void AClassifierCategoryTakesASeverityOverride()
    {
        var classifier = new FixedClassifier(Categories, [0, 0, 0.8, 0, 0], [0.5, 0.5, 0.5, 0.5, 0.5]);
        var engine = new PolicyEngineBuilder().AddPackYaml(Pack, "conduct.yaml").AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml")
            .UseClassifier(classifier).OverrideSeverity("classifier-defamation", Severity.Error).Build();
        engine.Check("the head couldn't organise a raffle").Violations.Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
    }

    [Test]
    public void AnUnknownClassifierCategoryIdFailsTheBuild()
    {
        var act = () => new PolicyEngineBuilder().AddPackYaml(Pack, "conduct.yaml").DisableRule("classifier-gossip").Build();
        act.Should().Throw<ArgumentException>().WithMessage("unknown rule id 'classifier-gossip'");
    }

    [Test]
    public void BundledClassifierNeverRemovesARuleFindingOnTheCorpus()
    {
        var rulesOnly = new PolicyEngineBuilder().AddPackYaml(Pack, "conduct.yaml").AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").Build();
        var both = Engine(BundledRules.DefaultClassifier);
        foreach (var e in ClassifierTestData.Corpus.Take(300))
        {
            var a = rulesOnly.Check(e.Text, e.Context).Violations;
            var b = both.Check(e.Text, e.Context).Violations;
            b.Where(v => v.Detector != "classifier").Should().BeEquivalentTo(a, e.Id);
        }
    }

    [Test]
    public void ClassifierScoresAllocateNothing()
    {
        var classifier = BundledRules.DefaultClassifier;
        var draft = DraftView.Create(BenchmarkDraft, new PostContext { Channel = Channel.Personal });
        var scores = new double[5];
        PolicyRules.Tests.Engine.AllocationTests.SteadyStateAllocation(() => classifier.Score(draft, scores)).Should().Be(0);
    }

    [Test]
    public void ScoresAreProbabilities()
    {
        var scores = new double[5];
        BundledRules.DefaultClassifier.Score(DraftView.Create(""), scores);
        scores.Should().OnlyContain(s => s >= 0 && s <= 1);
        BundledRules.DefaultClassifier.Score(DraftView.Create(BenchmarkDraft), scores);
        scores.Should().OnlyContain(s => s >= 0 && s <= 1);
    }

    [Test]
    public void BundledModelHasTheFiveCategoriesAndReachableThresholds()
    {
        var c = BundledRules.DefaultClassifier;
        c.Categories.Should().Equal(WireNames.Categories);
        c.Model.Settings.Should().Be(FeatureSettings.Default);
        c.Thresholds.Should().OnlyContain(t => t > 0.5 && t < 1, "each category reached the target precision on held-out folds");
    }

    // Paraphrases written for this test (not in the training corpus): no lexicon holds their wording.
    [TestCase("the leadership team at this school couldn't run a tuck shop", "parent", "defamation")]
    [TestCase("wouldn't trust the new deputy head to look after a goldfish", "parent", "defamation")]
    [TestCase("the senior leadership couldn't organise a piss-up in a brewery", "staff", "defamation")]
    [TestCase("the ofsted inspectors are coming in next tuesday, don't tell anyone", "staff", "confidentiality")]
    [TestCase("one of my year 4s has been taken into care, heartbreaking", "staff", "confidentiality")]
    [TestCase("as a teacher here I think the new behaviour policy is going to fail", "staff", "disclaimers")]
    [TestCase("dm me on my personal account lads, revision tips and banter", "staff", "conduct")]
    public void CatchesParaphrasesARuleFreeEngineMisses(string text, string author, string category)
    {
        WireNames.TryParse<AuthorRole>(author, out var role).Should().BeTrue();
        var context = new PostContext { Channel = Channel.Personal, Author = role };
        var ruleFree = new PolicyEngineBuilder().AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").Build();
        ruleFree.Check(text, context).Violations.Should().BeEmpty();
        var withModel = new PolicyEngineBuilder().AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").UseDefaultClassifier().Build();
        withModel.Check(text, context).Violations.Should().Contain(v => v.Category == category && v.Detector == "classifier");
    }

    [Test]
    public void TheReadmeExampleIsMissedByTheBundledRulesAndCaughtByTheModel()
    {
        // The README's example of what the classifier adds must stay true of the bundled packs.
        var readme = File.ReadAllText(Path.Combine(ClassifierTestData.RepoRoot, "README.md"));
        var example = System.Text.RegularExpressions.Regex.Match(readme,
            "echo \"(?<draft>[^\"]+)\" \\\\\n  \\| policyrules check - --channel personal --author staff --classifier default");
        example.Success.Should().BeTrue("the README shows the classifier's example as an echo piped to policyrules check");
        var draft = example.Groups["draft"].Value;
        var context = new PostContext { Channel = Channel.Personal, Author = AuthorRole.Staff };
        BundledRules.Engine.Check(draft, context).Violations.Select(v => v.Rule).Should().Equal("disclaimer-missing");
        var withModel = new PolicyEngineBuilder().UseBundledRules().UseDefaultClassifier().Build();
        withModel.Check(draft, context).Violations.Select(v => v.Rule).Should().BeEquivalentTo("classifier-confidentiality", "disclaimer-missing");
    }

    [Test]
    public void TheDefaultLeavesPupilIdentificationToTheRules()
    {
        // The model scores it, but only the rules see the roster's consents and the channel.
        var scores = new double[5];
        const string text = "happy birthday to Lily Evans in 5B who lives on Elm Road";
        BundledRules.DefaultClassifier.Score(DraftView.Create(text), scores);
        var index = WireNames.Categories.ToList().IndexOf("pupil-identification");
        scores[index].Should().BeGreaterThanOrEqualTo(BundledRules.DefaultClassifier.Thresholds[index]);
        var withModel = new PolicyEngineBuilder().AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").UseDefaultClassifier().Build();
        withModel.Check(text, new PostContext { Channel = Channel.Personal }).Violations.Should().NotContain(v => v.Detector == "classifier" && v.Category == "pupil-identification");
        var allCategories = new PolicyEngineBuilder().AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").UseClassifier(BundledRules.DefaultClassifier).Build();
        allCategories.Check(text, new PostContext { Channel = Channel.Personal }).Violations.Should().Contain(v => v.Detector == "classifier" && v.Category == "pupil-identification");
    }

    [Test]
    public void UnknownClassifierCategoryIsAnError()
    {
        var act = () => new PolicyEngineBuilder().UseClassifier(BundledRules.DefaultClassifier, ["gossip"]);
        act.Should().Throw<ArgumentException>().WithMessage("the classifier does not score 'gossip'*");
    }

    [TestCase("Our Year 6 pupils had a wonderful trip to the museum today", "official")]
    [TestCase("Reminder: school closes at 1pm on Friday for the end of term", "official")]
    [TestCase("Lovely sunny walk with the dog this morning", "personal")]
    [TestCase("Well done to everyone who took part in sports day, what a great afternoon", "official")]
    public void LeavesOrdinaryDraftsAlone(string text, string channel)
    {
        WireNames.TryParse<Channel>(channel, out var c).Should().BeTrue();
        var withModel = new PolicyEngineBuilder().AddPolicyYaml(ClassifierTestData.Policy, "test-policy.yaml").UseDefaultClassifier().Build();
        withModel.Check(text, new PostContext { Channel = c }).Violations.Should().BeEmpty();
    }

    /// <summary>A 280-character draft (also used by the benchmark).</summary>
    internal const string BenchmarkDraft =
        "Shattered after parents' evening. Honestly the management here couldn't organise a raffle, " +
        "and the new deputy wouldn't know a lesson plan if it bit him. Year 6 were brilliant though, proud of every one " +
        "of them. Roll on half term, need a lie in and a big mug of cocoa! #teacherlife";

    [Test]
    public void BenchmarkDraftIs280Characters() => BenchmarkDraft.Length.Should().Be(280);
}
