using PolicyRules.Recognition;

namespace PolicyRules.Tests.Engine;

/// <summary>Each detector kind, positive and near-miss negative, and context gates.</summary>
public class RuleKindTests
{
    private static PolicyEngine Build(string rules, string workTerms = "[school]") =>
        new PolicyEngineBuilder().AddPackYaml($"pack: conduct\nwork-terms: {workTerms}\nrules:\n{rules}", "kinds.yaml").Build();

    [Test]
    public void LexiconMatchesWholeWordsWithPluralsAndPossessives()
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { lexicon: [governor, \"parents evening\"] }\n    message: M\n");
        engine.ShouldFlag("The governors met", "r");
        engine.ShouldFlag("the governor's view", "r");
        engine.ShouldFlag("see you at parents' evening", "r");
        engine.ShouldNotFlag("governorship is a role");
        engine.ShouldNotFlag("parents and evening");
    }

    [Test]
    public void LexiconPhrasesMayHoldEmoji()
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { lexicon: [\"leadership \U0001F644\", \"\U0001F92C\"] }\n    message: M\n");
        engine.ShouldFlag("our leadership \U0001F644 strikes again", "r").Single().Excerpt.Should().Be("leadership \U0001F644");
        engine.ShouldFlag("the office again \U0001F92C\U0001F92C", "r");
        engine.ShouldNotFlag("our leadership team \U0001F644");
        engine.ShouldNotFlag("well done \U0001F600");
    }

    [Test]
    public void LexiconWithoutInflectionIsExact()
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { lexicon: [cat], inflect: false }\n    message: M\n");
        engine.ShouldFlag("a cat", "r");
        engine.ShouldNotFlag("two cats");
    }

    [Test]
    public void EvasionsOnlyWhereTheRuleAsks()
    {
        var engine = Build(
            "  - id: loose\n    title: T\n    detect: { lexicon: [shit], evasions: true }\n    message: M\n" +
            "  - id: strict\n    title: T\n    detect: { lexicon: [fees] }\n    message: M\n");
        engine.ShouldFlag("oh $h!t", "loose");
        engine.ShouldFlag("sh*t", "loose");
        engine.ShouldNotFlag("f33s", "strict");
        engine.ShouldNotFlag("assess the class in Scunthorpe");
    }

    [Test]
    public void PatternRunsOnFoldedTextAndReportsOriginalSpan()
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { pattern: 'pass(word)?\\s*[:=]\\s*\\S+' }\n    message: 'Password: {match}'\n");
        var v = engine.ShouldFlag("The PASSWORD = Tígér99 ok", "r").Single();
        v.Excerpt.Should().Be("PASSWORD = Tígér99");
        v.Message.Should().Be("Password: PASSWORD = Tígér99");
        engine.ShouldNotFlag("remember your password");
    }

    [Test]
    public void CatastrophicPatternCannotHang()
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { pattern: '(a+)+b' }\n    message: M\n");
        var text = new string('a', 100_000) + "c";
        engine.Check(text).Violations.Should().BeEmpty(); // linear-time engine: returns rather than backtracking for ever
    }

    [Test]
    public void RecognizerFiltersByTag()
    {
        var engine = new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml(
            "pack: conduct\nrules:\n  - id: r\n    title: T\n    detect: { recognizer: email, tags: [personal] }\n    message: 'Personal email at {domain}'\n").Build();
        engine.ShouldFlag("email me at jo.bloggs@gmail.com", "r").Single().Message.Should().Be("Personal email at gmail.com");
        engine.ShouldNotFlag("email office@stathern.leics.sch.uk");
    }

    [Test]
    public void CombinationNeedsAllPartsNearby()
    {
        var engine = Build("  - id: r\n    title: T\n    detect:\n      combination:\n        all: [redundancies, { lexicon: [secret, \"not announced\", \"keep it quiet\"] }]\n        within: 6\n    message: M\n");
        engine.ShouldFlag("Redundancies coming, keep it quiet", "r").Single().Excerpt.Should().Be("Redundancies coming, keep it quiet");
        engine.ShouldNotFlag("Redundancies were announced in the paper. This is a long sentence about something else entirely, and later we keep it quiet");
        engine.ShouldNotFlag("keep it quiet in the library");
    }

    [Test]
    public void ANegationInAnAsideNegatesNothingOutsideIt()
    {
        var engine = Build("  - id: r\n    title: T\n    detect:\n      combination:\n        all: [liar, head]\n        within: 10\n    unless: { negated: true }\n    message: M\n");
        engine.ShouldFlag("The head (I don't care who knows it) is a liar", "r");
        engine.ShouldNotFlag("The head is not a liar");
        engine.ShouldNotFlag("The head (honestly) is not a liar");
    }

    [Test]
    public void ANegationBeforeACommaNegatesItsOwnClauseOnly()
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { lexicon: [call me at home] }\n    unless: { negated: true }\n    message: M\n");
        engine.ShouldFlag("If you can't get through, call me at home after 6.", "r");
        engine.ShouldFlag("If you can't get through call me at home after 6.", "r"); // a condition, not a negation
        engine.ShouldFlag("If you don't hear back call me at home after 6.", "r");
        engine.ShouldNotFlag("Please don't call me at home after 6.");
        engine.ShouldNotFlag("Please never call me at home, it's the office or nothing.");
    }

    [Test]
    public void WithinNWordsStaysInsideAParagraph()
    {
        // A newsletter's blocks are joined by blank lines: a heading is not about the paragraph before it.
        var engine = Build("  - id: r\n    title: T\n    detect:\n      combination:\n        all: [redundancies, secret]\n        within: 6\n    message: M\n");
        engine.ShouldFlag("Redundancies.\nIt is a secret", "r");
        engine.ShouldFlag("Redundancies are coming. It is a secret", "r");
        engine.ShouldNotFlag("No redundancies this year.\n\nSecret Santa");
        engine.ShouldNotFlag("Secret Santa\n \r\nRedundancies: none");
        engine.ShouldNotFlag("- No redundancies this year\n- Secret Santa on Friday");
    }

    [Test]
    public void CombinationInOneSentence()
    {
        var engine = Build("  - id: r\n    title: T\n    detect:\n      combination:\n        all: [head]\n        any: [useless, clown]\n    message: M\n");
        engine.ShouldFlag("Honestly the head is a total clown", "r");
        engine.ShouldNotFlag("The head visited. The clown show was fun");
    }

    [Test]
    public void CombinationAsAPartStandsForItsAnchorWhenTheRestIsNear()
    {
        // "a redundancy word on its own, or 'head' only near 'clown'": the nested combination yields 'head' alone.
        var engine = Build("  - id: r\n    title: T\n    detect:\n      combination:\n        any:\n          - redundancies\n          - combination: { all: [head], any: [clown], within: 3 }\n    message: M\n");
        engine.ShouldFlag("Redundancies are coming", "r");
        engine.ShouldFlag("Honestly the head is a clown", "r").Single().Excerpt.Should().Be("head");
        engine.ShouldNotFlag("The head visited the circus and later, much later, met a clown");
        engine.ShouldNotFlag("The head visited today");
    }

    [Test]
    public void CombinationRunsItsRecognizerOnlyWhenItsCheapPartsCanOccur()
    {
        // The recognizer is the anchor; the lexicon and the pattern (with its literal "ref") are the cheap parts.
        var counter = new CountingRecognizer();
        var engine = new PolicyEngineBuilder().AddRecognizer(counter).AddPackYaml(
            "pack: conduct\nrules:\n  - id: r\n    title: T\n    detect:\n      combination:\n        all: [{ recognizer: capitals }, clown]\n" +
            "        any: [{ pattern: 'ref \\d+' }, rubbish]\n    message: M\n" +
            "  - id: nested\n    title: T\n    detect:\n      combination:\n        any:\n          - redundancies\n" +
            "          - combination: { all: [{ recognizer: capitals }], any: [idiot] }\n    message: M\n", "count.yaml").Build();

        engine.ShouldNotFlag("BOB was here with a ref 12 but no circus act");      // 'clown' absent: no run
        engine.ShouldNotFlag("BOB is a clown");                                     // neither 'any' part
        engine.ShouldNotFlag("BOB visited today");                                  // the nested combination's cue absent
        counter.Calls.Should().Be(0);

        engine.ShouldFlag("BOB is a clown, ref 12", "r").Single().Excerpt.Should().Be("BOB is a clown, ref 12");
        engine.ShouldFlag("BOB is a rubbish clown", "r");
        engine.ShouldFlag("BOB is an idiot", "nested").Single().Excerpt.Should().Be("BOB");
        counter.Calls.Should().Be(3);
        engine.ShouldNotFlag("bob is a rubbish clown");                             // present cues, no entity
        counter.Calls.Should().Be(4);
    }

    [Test]
    public void CombinationSkipsItsRecognizersWhenAnotherRecognizersTriggerIsAbsent()
    {
        // 'digits' runs only on text holding a digit: without one, the 'capitals' anchor is not run either.
        var capitals = new CountingRecognizer();
        var digits = new CountingRecognizer("digits", @"\d+", System.Buffers.SearchValues.Create("0123456789"));
        var engine = new PolicyEngineBuilder().AddRecognizer(capitals).AddRecognizer(digits).AddPackYaml(
            "pack: conduct\nrules:\n  - id: r\n    title: T\n    detect:\n      combination:\n        all: [{ recognizer: capitals }, { recognizer: digits }]\n    message: M\n",
            "count.yaml").Build();

        engine.ShouldNotFlag("BOB lives here");
        (capitals.Calls, digits.Calls).Should().Be((0, 0));
        engine.ShouldFlag("BOB lives at 12", "r").Single().Excerpt.Should().Be("BOB lives at 12");
        (capitals.Calls, digits.Calls).Should().Be((1, 1));
    }

    [Test]
    public void RecognizersSharingATriggerAreAskedTogetherAndOthersApart()
    {
        // 'digits' and 'numbers' share one trigger set (searched once per check); 'ats' has its own.
        var shared = System.Buffers.SearchValues.Create("0123456789");
        var digits = new CountingRecognizer("digits", @"\d+", shared);
        var numbers = new CountingRecognizer("numbers", @"\d{2,}", shared);
        var ats = new CountingRecognizer("ats", "@", System.Buffers.SearchValues.Create("@"));
        var engine = new PolicyEngineBuilder().AddRecognizer(digits).AddRecognizer(numbers).AddRecognizer(ats).AddPackYaml(
            "pack: conduct\nrules:\n  - id: d\n    title: T\n    detect: { recognizer: digits }\n    message: M\n" +
            "  - id: n\n    title: T\n    detect: { recognizer: numbers }\n    message: M\n" +
            "  - id: a\n    title: T\n    detect: { recognizer: ats }\n    message: M\n", "count.yaml").Build();

        engine.Check("room 12").Violations.Select(v => v.Rule).Should().BeEquivalentTo(["d", "n"]);
        (digits.Calls, numbers.Calls, ats.Calls).Should().Be((1, 1, 0));
        engine.Check("me @ home").Violations.Select(v => v.Rule).Should().Equal("a");
        (digits.Calls, numbers.Calls, ats.Calls).Should().Be((1, 1, 1));
        engine.ShouldNotFlag("nothing here");
        (digits.Calls, numbers.Calls, ats.Calls).Should().Be((1, 1, 1));
    }

    [Test]
    public void RequiredStopsAtTheFirstTriggerPartThatOccurs()
    {
        // The finding stands at the first trigger part's occurrence, so the later part is not collected.
        var counter = new CountingRecognizer();
        var engine = new PolicyEngineBuilder().AddRecognizer(counter).AddPackYaml(
            "pack: conduct\nrules:\n  - id: r\n    title: T\n    detect:\n      required:\n        any: [\"views my own\"]\n" +
            "        trigger: [reckon, { recognizer: capitals }]\n    message: M\n", "count.yaml").Build();

        engine.ShouldFlag("BOB is late again, I reckon", "r").Single().Excerpt.Should().Be("reckon");
        counter.Calls.Should().Be(0);
        engine.ShouldFlag("BOB is late again", "r").Single().Excerpt.Should().Be("BOB");
        counter.Calls.Should().Be(1);
        engine.ShouldNotFlag("BOB is late again. Views my own");
    }

    // Upper-case words of two or more letters (or another pattern), counting how often it runs.
    private sealed class CountingRecognizer(string name = "capitals", string pattern = @"\b[A-Z]{2,}\b", System.Buffers.SearchValues<char>? trigger = null) : IRecognizer
    {
        public int Calls;
        public string Name => name;
        public System.Buffers.SearchValues<char>? Trigger => trigger;
        public IReadOnlyCollection<string> Placeholders => [];

        public void Recognize(DraftView input, ICollection<Entity> results)
        {
            Calls++;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(input.Text, pattern))
                results.Add(new Entity(Name, m.Index, m.Length, 1.0, name));
        }
    }

    [Test]
    public void RequiredFiresOnlyWhenMissingAndTriggered()
    {
        var engine = Build(
            "  - id: r\n    title: T\n    when: { channel: personal, mentions-work: true }\n    detect:\n      required:\n        any: [\"views my own\"]\n        trigger: [think, reckon]\n    message: M\n");
        var personal = new PostContext { Channel = Channel.Personal };
        engine.ShouldFlag("I think school should change", "r", personal);
        engine.ShouldNotFlag("Lovely day at school", "r", personal);           // no view expressed
        engine.ShouldNotFlag("I think school should change. Views my own", "r", personal);
        engine.ShouldNotFlag("I think school should change", "r", personal with { Profile = "Teacher, views my own" });
        engine.ShouldNotFlag("I think cheese is great", "r", personal);       // not about work
        engine.ShouldNotFlag("I think school should change", "r");             // official channel
    }

    [Test]
    public void SchoolNamesFromTheContextCountAsWork()
    {
        var engine = Build("  - id: r\n    title: T\n    when: { mentions-work: true }\n    detect: { lexicon: [rubbish] }\n    message: M\n", "[work]");
        engine.ShouldFlag("Stathern's canteen is rubbish", "r", new PostContext { SchoolNames = ["Stathern"] });
        engine.ShouldNotFlag("Stathern's canteen is rubbish", "r", new PostContext());
    }

    [Test]
    public void AttachmentRule()
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { attachment: { kind: image, shows-pupils: true, consent: false } }\n    message: M\n");
        engine.ShouldFlag("Sports day!", "r", new PostContext { Attachments = [new Attachment("image", ShowsPupils: true)] })
            .Single().Evidence.Should().Contain("no consent");
        engine.ShouldNotFlag("Sports day!", "r", new PostContext { Attachments = [new Attachment("image", ShowsPupils: true, Consent: true)] });
    }

    [Test]
    public void GatesByChannelAuthorAndRoster()
    {
        var engine = Build("  - id: r\n    title: T\n    when: { channel: [personal, message], author: parent, has-roster: false }\n    detect: { lexicon: [rubbish] }\n    message: M\n");
        engine.ShouldFlag("rubbish", "r", new PostContext { Channel = Channel.Message, Author = AuthorRole.Parent });
        engine.ShouldNotFlag("rubbish", "r", new PostContext { Channel = Channel.Official, Author = AuthorRole.Parent });
        engine.ShouldNotFlag("rubbish", "r", new PostContext { Channel = Channel.Message, Author = AuthorRole.Staff });
        engine.ShouldNotFlag("rubbish", "r", new PostContext { Channel = Channel.Message, Author = AuthorRole.Parent, Roster = [new RosterEntry("A B")] });
        // A value beyond the enums' names is in no list (the gates are bit sets: no shift may wrap onto a listed one).
        engine.ShouldNotFlag("rubbish", "r", new PostContext { Channel = (Channel)33, Author = AuthorRole.Parent });
        engine.ShouldNotFlag("rubbish", "r", new PostContext { Channel = Channel.Message, Author = (AuthorRole)35 });
        Build("  - id: any\n    title: T\n    detect: { lexicon: [rubbish] }\n    message: M\n")
            .ShouldFlag("rubbish", "any", new PostContext { Channel = (Channel)33, Author = (AuthorRole)35 });
    }

    [Test]
    public void ExceptionsNegationQuotationNearAndOverlap()
    {
        var engine = Build(
            "  - id: r\n    title: T\n    detect: { lexicon: [surname, killer] }\n    unless:\n      negated: true\n      quoted: true\n      near: [policy]\n      within: 3\n      overlapping: [\"killer whale\"]\n    message: M\n");
        engine.ShouldFlag("post the surname", "r");
        engine.ShouldNotFlag("we never post a surname");
        engine.ShouldNotFlag("staff say \"surname\" often");
        engine.ShouldNotFlag("the policy on surname use");
        engine.ShouldNotFlag("we saw a killer whale");
        engine.ShouldFlag("he is a killer", "r");
    }

    [Test]
    public void NearWithinWordsCrossesASentenceEndUnlessSameSentence()
    {
        const string rule = "  - id: r\n    title: T\n    detect: { lexicon: [surname] }\n    unless:\n      near: [policy]\n      within: 3\n{0}    message: M\n";
        var across = Build(rule.Replace("{0}", ""));
        var own = Build(rule.Replace("{0}", "      same-sentence: true\n"));
        // Three words apart either way, but across a full stop: excused only without same-sentence.
        across.ShouldNotFlag("Post the surname. Policy says no.");
        own.ShouldFlag("Post the surname. Policy says no.", "r");
        own.ShouldFlag("Read the policy. Surname here.", "r");
        // In its own sentence, within three words, it still excuses; further away it does not.
        own.ShouldNotFlag("The policy on surname use is clear.");
        own.ShouldFlag("The policy we wrote last term says surname use is fine.", "r");
    }

    [Test]
    public void SameSentenceNeedsWithin()
    {
        var act = () => Build("  - id: r\n    title: T\n    detect: { lexicon: [surname] }\n    unless:\n      near: [policy]\n      same-sentence: true\n    message: M\n");
        act.Should().Throw<RuleLoadException>().Where(e => e.Line == 9 && e.Message.Contains("'same-sentence'") && e.Message.Contains("needs 'within'"));
    }

    [TestCase("no wonder a killer", "no killer")]
    [TestCase("No offence, a killer", "No, not a killer")]
    [TestCase("not only a killer but a liar", "not a killer but a liar")]
    [TestCase("Can't believe he's a killer", "He can't be a killer")]
    [TestCase("Don't tell anyone, but he's a killer", "He is not a killer")]
    [TestCase("Rude isn't the word: killer", "He isn't a killer")]
    [TestCase("Rude doesn't cover it: killer", "He doesn't seem a killer")]
    [TestCase("Isn't he a killer?", "He isn't a killer")]
    [TestCase("He wouldn't know a killer", "He wouldn't be a killer")]
    [TestCase("Isn't it Killer Lane?", "It isn't Killer Lane")]
    public void AnIdiomThatStartsWithANegationWordNegatesNothing(string idiom, string negated)
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { lexicon: [killer] }\n    unless: { negated: true }\n    message: M\n");
        engine.ShouldFlag(idiom, "r");
        engine.ShouldNotFlag(negated);
    }

    [Test]
    public void OverlappingFindingsOfOneRuleMerge()
    {
        var engine = Build("  - id: r\n    title: T\n    detect: { lexicon: [\"child protection\", \"protection plan\"] }\n    message: M\n");
        engine.ShouldFlag("on a child protection plan now", "r").Should().ContainSingle().Which.Excerpt.Should().Be("child protection plan");
    }

    [Test]
    public void CitationsQuoteTheClauseOfActivePoliciesOnly()
    {
        var pack = "pack: conduct\nrules:\n  - id: r\n    title: T\n    detect: { lexicon: [rubbish] }\n    message: M\n";
        var policy = "policy: {0}\ntitle: T\nclauses:\n  - id: '1.2'\n    heading: Conduct\n    quote: \"Staff must not be rude.\"\n    enforced-by: [r]\n";
        var builder = new PolicyEngineBuilder().AddPackYaml(pack).AddPolicyYaml(string.Format(policy, "one")).AddPolicyYaml(string.Format(policy, "two"));
        builder.Build().Check("rubbish").Violations.Single().Citations.Select(c => c.Address).Should().Equal("one#1.2", "two#1.2");
        var only = builder.UsePolicies(["two"]).Build().Check("rubbish").Violations.Single().Citations.Single();
        only.Should().Be(new Citation("two", "1.2", "Conduct", "Staff must not be rude."));
    }

    [Test]
    public void ADisabledRuleDoesNotRunThoughAPolicyClauseNamesIt()
    {
        var pack = "pack: conduct\nrules:\n  - id: r\n    title: T\n    detect: { lexicon: [rubbish] }\n    message: M\n  - id: s\n    title: S\n    detect: { lexicon: [useless] }\n    message: M\n";
        var policy = "policy: one\ntitle: T\nclauses:\n  - id: '1.2'\n    heading: Conduct\n    quote: \"Staff must not be rude.\"\n    enforced-by: [r, s]\n";
        var engine = new PolicyEngineBuilder().AddPackYaml(pack).AddPolicyYaml(policy).DisableRule("r").Build();
        engine.Rules.Select(r => r.Id).Should().Equal("s");
        engine.CitationsOf("r").Should().BeEmpty();
        engine.Check("rubbish and useless").Violations.Should().ContainSingle().Which.Rule.Should().Be("s");
    }

    [Test]
    public void DisablingAnUnknownRuleFailsTheBuild()
    {
        var act = () => new PolicyEngineBuilder().AddPackYaml("pack: conduct\nrules:\n  - id: r\n    title: T\n    detect: { lexicon: [rubbish] }\n    message: M\n").DisableRule("q").Build();
        act.Should().Throw<ArgumentException>().WithMessage("unknown rule id 'q'; did you mean 'r'?");
        var misspelt = () => new PolicyEngineBuilder().UseBundledRules().OverrideSeverity("disclaimer-mising", Severity.Warning).Build();
        misspelt.Should().Throw<ArgumentException>().WithMessage("unknown rule id 'disclaimer-mising'; did you mean 'disclaimer-missing'?");
    }

    [Test]
    public void RulesWrittenInCSharpWorkLikeYaml()
    {
        var engine = new PolicyEngineBuilder().AddRule(new RuleDefinition
        {
            Id = "code-rule", Title = "T", Category = "conduct", Detect = new LexiconSpec(["rubbish"]), Message = "'{match}' found",
        }).Build();
        engine.ShouldFlag("Rubbish!", "code-rule").Single().Message.Should().Be("'Rubbish' found");
    }

    [Test]
    public void VerdictFollowsTheWorstSeverity()
    {
        var engine = Build(
            "  - id: e\n    title: T\n    detect: { lexicon: [bad] }\n    message: M\n" +
            "  - id: w\n    title: T\n    severity: warning\n    detect: { lexicon: [meh] }\n    message: M\n" +
            "  - id: i\n    title: T\n    severity: info\n    detect: { lexicon: [fyi] }\n    message: M\n");
        engine.Check("fine").Verdict.Should().Be(Verdict.Pass);
        engine.Check("fyi").Verdict.Should().Be(Verdict.Pass);
        engine.Check("meh fyi").Verdict.Should().Be(Verdict.Review);
        engine.Check("meh bad").Verdict.Should().Be(Verdict.Block);
    }
}
