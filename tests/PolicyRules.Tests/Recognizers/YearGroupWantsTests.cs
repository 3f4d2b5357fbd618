using PolicyRules.Tests.Engine;

namespace PolicyRules.Tests.Recognizers;

/// <summary>Year groups no rule keeps (here, all but key stages) are not built: such a draft allocates nothing.</summary>
public class YearGroupWantsTests
{
    private static PolicyEngine Engine() => new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml("""
        pack: pupil-identification
        rules:
          - id: key-stage
            title: T
            detect: { recognizer: year-group, tags: [key-stage], min-confidence: 0.8 }
            message: M
        """).Build();

    [Test]
    public void Year_groups_no_rule_keeps_allocate_nothing()
    {
        var engine = Engine();
        const string draft = "Year 3 and Reception visited class 4B with Class 2 and the Nursery.";
        engine.Check(draft).Should().BeSameAs(CheckResult.Clean);
        AllocationTests.SteadyStateAllocation(() => engine.Check(draft)).Should().Be(0);
    }

    [Test]
    public void Year_groups_a_rule_keeps_are_still_found() =>
        Engine().Check("Year 3 moves up to KS2 in September.").Violations.Should().ContainSingle().Which.Excerpt.Should().Be("KS2");
}
