namespace PolicyRules.Tests.Engine;

public class SmokeTests
{
    private const string Pack = """
        pack: conduct
        work-terms: [school, my class]
        rules:
          - id: swearing
            title: Swearing
            detect: { lexicon: [fuck, shit, "piss off"], evasions: true }
            unless: { quoted: true }
            message: "'{match}' is offensive language."
            suggestion: Remove it.
          - id: phone-pattern
            title: Mobile number
            severity: warning
            detect: { pattern: '\b07\d{3} ?\d{6}\b' }
            message: "A mobile number: {match}."
          - id: meeting-leak
            title: Meeting leak
            category: confidentiality
            detect:
              combination:
                all: [{ lexicon: [governors] }, { lexicon: [meeting, said, decided] }]
                within: 5
            unless: { negated: true }
            message: "Governors' business: {match}."
          - id: disclaimer
            title: Disclaimer missing
            category: disclaimers
            when: { channel: personal, author: [staff, governor], mentions-work: true }
            detect: { required: { any: ["views are my own", "views my own"] } }
            message: Add a disclaimer.
        """;

    private static readonly PolicyEngine Engine = new PolicyEngineBuilder().AddPackYaml(Pack, "test.yaml").Build();

    [TestCase("What a load of shit", "swearing", "shit")]
    [TestCase("what a load of sh1t", "swearing", "sh1t")]
    [TestCase("f*ck this", "swearing", "f*ck")]
    [TestCase("f u c k this", "swearing", "f u c k")]
    [TestCase("FUUUUCK this", "swearing", "FUUUUCK")]
    [TestCase("Ｆｕｃｋ this", "swearing", "Ｆｕｃｋ")]
    [TestCase("fu\u200Bck this", "swearing", "fu\u200Bck")]
    [TestCase("call me 07700 900123 tonight", "phone-pattern", "07700 900123")]
    [TestCase("At the governors meeting they decided to cut staff", "meeting-leak", "governors meeting")]
    public void Finds(string text, string rule, string excerpt)
    {
        var result = Engine.Check(text);
        result.Violations.Should().ContainSingle(v => v.Rule == rule).Which.Excerpt.Should().Be(excerpt);
    }

    [TestCase("Scunthorpe won the match")]
    [TestCase("\"no shit\" is not something we say")]
    [TestCase("The governors never said anything about the meeting")]
    [TestCase("We had a lovely assembly")]
    public void StaysQuiet(string text) => Engine.Check(text).Violations.Should().BeEmpty();

    [Test]
    public void DisclaimerDependsOnContext()
    {
        var personal = new PostContext { Channel = Channel.Personal, Author = AuthorRole.Staff };
        Engine.Check("Great day at school today, so proud of my class", personal).Violations.Should().ContainSingle(v => v.Rule == "disclaimer");
        Engine.Check("Great day at school today. Views are my own.", personal).Violations.Should().BeEmpty();
        Engine.Check("Great day at school today", personal with { Profile = "Teacher. All views my own." }).Violations.Should().BeEmpty();
        Engine.Check("Great day at school today", PostContext.Default).Violations.Should().BeEmpty();
    }
}

/// <summary>How a rule's matches in one sentence become violations (PolicyEngine.Report).</summary>
public class FindingMergeTests
{
    [Test]
    public void TwoPupilsInOneSentenceAreTwoViolations()
    {
        var result = BundledRules.Engine.Check("Well done to Tyler Booth and Amelia Jones for the relay!", new PostContext { Channel = Channel.Newsletter });
        result.Violations.Where(v => v.Rule == "pupil-full-name").Select(v => v.Excerpt)
            .Should().Equal("Tyler Booth", "Amelia Jones");
    }

    [Test]
    public void A_phone_number_in_full_width_digits_is_in_the_finding()
    {
        const string text = "Text me on ０７７００ ９００１２３";
        var result = BundledRules.Engine.Check(text, new PostContext { Channel = Channel.Message, Author = AuthorRole.Staff });
        var finding = result.Violations.Should().ContainSingle(v => v.Rule == "conduct-personal-contact").Which;
        finding.Excerpt.Should().Be(text, "the number is part of the finding, in its own digits");
        (finding.Start, finding.Length).Should().Be((0, text.Length));
    }

    [Test]
    public void ACombinationsMatchesInOneSentenceStayOneViolation()
    {
        var result = BundledRules.Engine.Check(
            "Between us, the governors meeting on Tuesday agreed redundancies in the office, so keep it quiet until it's announced.",
            new PostContext { Channel = Channel.Newsletter });
        result.Violations.Should().ContainSingle(v => v.Rule == "conf-marked-confidential");
    }
}
