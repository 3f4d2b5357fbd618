namespace PolicyRules.Tests.Packs;

/// <summary>Every bundled rule's own examples, and the completeness of the packs against the catalogue and policies.</summary>
public class PackTests
{
    private static PolicyEngine Engine => BundledRules.Engine;

    private static IEnumerable<(RuleDefinition Rule, RuleExample Example)> AllExamples() =>
        from pack in BundledRules.Packs
        from rule in pack.Rules
        from example in pack.Examples.GetValueOrDefault(rule.Id) ?? []
        select (rule, example);

    public static IEnumerable<TestCaseData> Positives() =>
        AllExamples().Where(x => x.Example.ShouldMatch).Select(x => new TestCaseData(x.Rule.Id, x.Example).SetName($"{x.Rule.Id} fires: {Short(x.Example.Text)}"));

    public static IEnumerable<TestCaseData> Negatives() =>
        AllExamples().Where(x => !x.Example.ShouldMatch).Select(x => new TestCaseData(x.Rule.Id, x.Example).SetName($"{x.Rule.Id} quiet: {Short(x.Example.Text)}"));

    private static string Short(string s) => (s.Length > 60 ? s[..60] : s).Replace('.', ' ').Replace('(', ' ').Replace(')', ' ');

    private static RuleDefinition Rule(string id) => BundledRules.Packs.SelectMany(p => p.Rules).Single(r => r.Id == id);

    [TestCaseSource(nameof(Positives))]
    public void ExampleFires(string ruleId, RuleExample example)
    {
        var result = Engine.Check(example.Text, example.ContextFor(Rule(ruleId)));
        result.Violations.Select(v => v.Rule).Should().Contain(ruleId, "'{0}' is a match example", example.Text);
    }

    [TestCaseSource(nameof(Negatives))]
    public void ExampleStaysQuiet(string ruleId, RuleExample example)
    {
        var result = Engine.Check(example.Text, example.ContextFor(Rule(ruleId)));
        result.Violations.Select(v => v.Rule).Should().NotContain(ruleId, "'{0}' is a clean example", example.Text);
    }

    [Test]
    public void EveryRuleHasExamplesMessageAndSuggestion()
    {
        foreach (var pack in BundledRules.Packs)
            foreach (var rule in pack.Rules)
            {
                var examples = pack.Examples.GetValueOrDefault(rule.Id) ?? [];
                examples.Count(e => e.ShouldMatch).Should().BeGreaterThanOrEqualTo(2, "rule {0} needs two match examples", rule.Id);
                examples.Count(e => !e.ShouldMatch).Should().BeGreaterThanOrEqualTo(2, "rule {0} needs two clean examples", rule.Id);
                rule.Message.Should().NotBeNullOrWhiteSpace();
                rule.Suggestion.Should().NotBeNullOrWhiteSpace("rule {0} needs a suggestion", rule.Id);
                rule.Category.Should().Be(pack.Name, "rule {0} lives in the pack of its category", rule.Id);
            }
    }

    [Test]
    public void ThereIsOnePackPerCategory() =>
        BundledRules.Packs.Select(p => p.Name).Should().BeEquivalentTo(WireNames.Categories);

    [Test]
    public void EveryCatalogueRuleIsDefinedAndNothingElse()
    {
        var catalogue = CatalogueIds();
        catalogue.Should().HaveCount(35);
        BundledRules.Packs.SelectMany(p => p.Rules).Select(r => r.Id).Should().BeEquivalentTo(catalogue);
    }

    [Test]
    public void EveryRuleIsCitedByAClause()
    {
        var cited = BundledRules.Policies.SelectMany(p => p.Clauses).SelectMany(c => c.EnforcedBy).ToHashSet();
        foreach (var rule in BundledRules.Packs.SelectMany(p => p.Rules))
            cited.Should().Contain(rule.Id, "rule {0} must be cited by a clause of a bundled policy", rule.Id);
    }

    [Test]
    public void EveryCheckableClauseHasARule()
    {
        var ids = BundledRules.Packs.SelectMany(p => p.Rules).Select(r => r.Id).ToHashSet();
        foreach (var policy in BundledRules.Policies)
            foreach (var clause in policy.Clauses.Where(c => c.Checkable))
            {
                clause.EnforcedBy.Should().NotBeEmpty("{0}#{1} is checkable", policy.Id, clause.Id);
                clause.EnforcedBy.Should().OnlyContain(id => ids.Contains(id));
            }
    }

    [Test]
    public void EveryRuleIsCitedInTheEngine()
    {
        foreach (var rule in Engine.Rules) Engine.CitationsOf(rule.Id).Should().NotBeEmpty("rule {0}", rule.Id);
    }

    // Every bundled policy forbids identifying a pupil (DSAT and Conway as confidential or personal data about pupils),
    // so a full name or a child's street is cited whichever single policy is chosen.
    [TestCase("brierley-hill-primary")]
    [TestCase("conway-primary")]
    [TestCase("dsat")]
    [TestCase("star-mat")]
    [TestCase("stathern-primary")]
    public void EachPolicyAloneCitesAPupilsFullNameAndWhereTheyLive(string policy)
    {
        var engine = new PolicyEngineBuilder().UseBundledRules().UsePolicies([policy]).Build();
        engine.CitationsOf("pupil-full-name").Should().NotBeEmpty().And.OnlyContain(c => c.Policy == policy);
        engine.CitationsOf("pupil-location").Should().NotBeEmpty().And.OnlyContain(c => c.Policy == policy);
    }

    private static List<string> CatalogueIds()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "rule-catalog.md"))) dir = dir.Parent;
        dir.Should().NotBeNull("docs/rule-catalog.md is found above the test directory");
        return File.ReadLines(Path.Combine(dir!.FullName, "docs", "rule-catalog.md"))
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| id", StringComparison.Ordinal) && !l.StartsWith("|--", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries)[1])
            .Where(id => id.Length > 0 && id.All(c => char.IsLower(c) || c == '-'))
            .ToList();
    }
}
