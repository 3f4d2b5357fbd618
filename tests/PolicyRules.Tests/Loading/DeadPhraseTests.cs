using PolicyRules.Loading;

namespace PolicyRules.Tests.Loading;

/// <summary>A phrase that its rule's own overlapping exception always excuses is found, and only such a phrase.</summary>
public class DeadPhraseTests
{
    private static RuleDefinition Rule(DetectorSpec detect, params DetectorSpec[] overlapping) => new()
    {
        Id = "r", Title = "T", Category = "conduct", Message = "M", Detect = detect,
        Unless = new RuleExceptions { Overlapping = overlapping },
    };

    private static string[] Dead(RuleDefinition rule) => [.. DeadPhrase.Of(rule).Select(d => d.Phrase)];

    [Test]
    public void APhraseThatIsAnExceptionsWordsIsDead()
    {
        Dead(Rule(new LexiconSpec(["Again", "useless", "cover-up"]), new LexiconSpec(["again!", "cover up"], Inflect: true)))
            .Should().Equal("Again", "cover-up");
    }

    [Test]
    public void AnExceptionThatIsLongerOrShorterLeavesThePhraseAlive()
    {
        Dead(Rule(new LexiconSpec(["useless", "total waste"]), new LexiconSpec(["useless idiot", "waste"]))).Should().BeEmpty();
    }

    [Test]
    public void AnInflectingOrEvasivePhraseIsDeadOnlyWhenTheExceptionIsToo()
    {
        // The phrase still matches "cats" or "c@t" where the exception does not.
        Dead(Rule(new LexiconSpec(["cat"], Inflect: true), new LexiconSpec(["cat"], Inflect: false))).Should().BeEmpty();
        Dead(Rule(new LexiconSpec(["cat"], Evasions: true), new LexiconSpec(["cat"]))).Should().BeEmpty();
        Dead(Rule(new LexiconSpec(["cat"], Inflect: false), new LexiconSpec(["cat"]))).Should().Equal("cat");
    }

    [Test]
    public void OnlyPhrasesThatAreFindingsOnTheirOwnAreRead()
    {
        var exception = new LexiconSpec(["again"]);
        // Each 'any' occurrence of a combination without 'all' parts is a finding: dead.
        Dead(Rule(new CombinationSpec([], [new LexiconSpec(["again"]), new PatternSpec("x")]), exception)).Should().Equal("again");
        // With an 'all' part a finding spans both, which the exception does not cover.
        Dead(Rule(new CombinationSpec([new LexiconSpec(["teacher"])], [new LexiconSpec(["again"])]), exception)).Should().BeEmpty();
        Dead(Rule(new PatternSpec("again"), exception)).Should().BeEmpty();
    }

    [Test]
    public void TheBundledPacksHaveNone()
    {
        BundledRules.Packs.SelectMany(p => p.Rules).SelectMany(DeadPhrase.Of).Select(d => d.ToString()).Should().BeEmpty();
    }
}
