using PolicyRules.Tests.Hostile;

namespace PolicyRules.Tests.Engine;

/// <summary>A rule with <c>every-mention</c> reports each other mention of what it found; others report once.</summary>
public class EveryMentionTests
{
    private static readonly PolicyEngine Bundled = new PolicyEngineBuilder().UseBundledRules().Build();

    private static PolicyEngine Build(bool everyMention) => new PolicyEngineBuilder().AddPackYaml(
        "pack: confidentiality\nrules:\n  - id: r\n    title: T\n" + (everyMention ? "    every-mention: true\n" : "") +
        // A nested combination stands for its first part, as pupil-full-name's does: the finding is "Project X".
        "    detect:\n      combination:\n        any:\n          - combination: { all: [\"project x\"], any: [leaked] }\n" +
        "    message: \"'{match}' is secret\"\n", "every.yaml").Build();

    private static Violation[] PupilNames(string text) =>
        [.. Bundled.Check(text).Violations.Where(v => v.Rule == "pupil-full-name")];

    [Test]
    public void APupilNamedInFullIsReportedWhereverTheNameAppearsAgain()
    {
        const string text = "Well done to Amelia Jones in Year 5! Amelia Jones ran the fastest time in the county.";
        var found = PupilNames(text);
        found.Select(v => v.Start).Should().Equal(13, 37);
        found[1].Excerpt.Should().Be("Amelia Jones");
        found[1].Evidence.Should().StartWith("another mention of 'Amelia Jones'");
        found[1].Message.Should().Be(found[0].Message);
        found[1].Severity.Should().Be(found[0].Severity);
    }

    [Test]
    public void AMentionCountsInAnyCaseAcrossALineBreakAndWithAPossessive()
    {
        var found = PupilNames("Well done to Amelia Jones in Year 5!\nAMELIA JONES is a star. Go Amelia\nJones's team!");
        found.Select(v => v.Excerpt).Should().Equal("Amelia Jones", "AMELIA JONES", "Amelia\nJones");
        found[2].Message.Should().Contain("'Amelia Jones'").And.NotContain("\n");
    }

    [TestCase("Amelia\n\nJones ran the fastest time in the county.")]
    [TestCase("Amelia Jonesy ran the fastest time in the county.")]
    [TestCase("Amelia Jones-Smith ran the fastest time in the county.")]
    [TestCase("Amelia ran the fastest time in the county, and so did Jones.")]
    [TestCase("Ramelia Jones ran the fastest time in the county.")]
    public void OtherNamesAreNotMentionsOfIt(string second)
    {
        PupilNames("Well done to Amelia Jones in Year 5! " + second).Should().ContainSingle();
    }

    [Test]
    public void ANameWithoutACueAnywhereIsStillNotReported()
    {
        PupilNames("Amelia Jones ran the fastest time in the county. Amelia Jones is fast.").Should().BeEmpty();
    }

    [Test]
    public void OnlyRulesThatAskForItReportOtherMentions()
    {
        const string text = "Project X leaked to the press. Nobody mentions Project X here.";
        Build(everyMention: false).Check(text).Violations.Should().ContainSingle();
        var all = Build(everyMention: true).Check(text).Violations;
        all.Select(v => v.Excerpt).Should().Equal("Project X", "Project X");
        all[1].Message.Should().Be("'Project X' is secret");
    }

    [Test]
    public void ThePackKeyIsABoolean()
    {
        var act = () => new PolicyEngineBuilder().AddPackYaml(
            "pack: conduct\nrules:\n  - id: r\n    title: T\n    every-mention: often\n    detect: { lexicon: [x] }\n    message: M\n", "bad.yaml").Build();
        act.Should().Throw<RuleLoadException>().Where(e => e.Line == 5 && e.Message.Contains("every-mention"));
    }

    [Test]
    public void ManyNamesInALongDocumentAreFoundInOneReading()
    {
        // Thousands of different names, each flagged once and mentioned again: linear in the text, not names x text.
        string[] firsts = ["Amelia", "Oliver", "Isla", "Noah", "Freya", "Leo", "Ava", "Jack", "Mia", "Harry"];
        string[] lasts = ["Jones", "Smith", "Evans", "Davies", "Wilson", "Taylor", "Brown", "Walker", "Wright", "Green"];
        string Make(int n)
        {
            var sb = new System.Text.StringBuilder();
            for (var k = 0; sb.Length < n; k++)
            {
                var name = $"{firsts[k % 10]} {lasts[k / 10 % 10]}";
                sb.Append($"Well done to {name} in Year 5! {name} ran well. ");
            }
            return sb.ToString(0, n);
        }
        var text = Make(20_000);
        PupilNames(text).Count(v => v.Evidence!.StartsWith("another mention")).Should().BeGreaterThan(100);
        Hostile.Hostile.AssertLinear(Make, t => Bundled.Check(t), 500_000);
    }
}
