namespace PolicyRules.Tests.Engine;

/// <summary>A clean draft on a warm engine allocates nothing beyond its (shared) result.</summary>
public class AllocationTests
{
    private static PolicyEngine Engine() => new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml("""
        pack: conduct
        work-terms: [school, pupils]
        rules:
          - id: swear
            title: T
            detect: { lexicon: [shit, crap, "bloody hell"], evasions: true }
            unless: { negated: true, quoted: true, near: [quote], within: 3, overlapping: ["crap shoot"] }
            message: "Avoid {match}"
          - id: phone
            title: T
            detect: { pattern: '\b07\d{3}\s?\d{6}\b' }
            message: M
          - id: postcode
            title: T
            detect: { pattern: '\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b' }
            message: M
          - id: mail
            title: T
            detect: { recognizer: email, tags: [personal] }
            message: M
          - id: combo
            title: T
            detect: { combination: { all: [head, { lexicon: [useless, joke] }], within: 5 } }
            message: M
          - id: disclaimer
            title: T
            when: { channel: personal, mentions-work: true }
            detect: { required: { any: ["views my own"], trigger: [think, reckon] } }
            message: M
          - id: work-only
            title: T
            when: { mentions-work: true }
            detect: { lexicon: [rubbish] }
            message: M
        """).Build();

    // The school's own address is an entity the rule's tag filter drops: the recognizer is told so and builds nothing.
    private static readonly string[] CleanDrafts =
    [
        "Questions? Write to office@stathern.leics.sch.uk and we will reply by Friday.",
        "What a fantastic morning! Huge well done to Year 3 at the National Space Centre 🚀 Questions about black holes all the way home.",
        "Reminder: school closes at 1.30pm on Friday 19th December. Contact the office with questions. https://www.stathern.leics.sch.uk/news",
        "Our Year 6 netball team smashed it at the Melton tournament, finishing 2nd out of 12 schools. The head is proud of every one of you! #ProudToBeUs",
        "I think Stathern pupils were brilliant today. Views my own.",
        "",
    ];

    [Test]
    public void CleanDraftAllocatesNothingOnAWarmEngine()
    {
        var engine = Engine();
        var contexts = new[]
        {
            PostContext.Default,
            new PostContext { Channel = Channel.Personal, SchoolNames = ["Conway Primary", "Conway"], StaffNames = ["Mr Okoro"] },
            // The school's own address, recognised as such through the context's lists and then dropped.
            new PostContext { SchoolDomains = ["stathern.leics.sch.uk"], SchoolContacts = ["0116 496 0000", "office@stathern.leics.sch.uk"] },
        };
        foreach (var context in contexts)
        {
            foreach (var draft in CleanDrafts)
            {
                engine.Check(draft, context).Should().BeSameAs(CheckResult.Clean, draft);
                SteadyStateAllocation(() => engine.Check(draft, context))
                    .Should().Be(0, $"checking \"{draft}\" with {context.Channel} context should not allocate");
            }
        }
    }

    [Test]
    public void DraftWithFindingsAllocatesInProportionToItsFindings()
    {
        var engine = Engine();
        const string one = "What a crap day at the museum.";
        var many = string.Join(' ', Enumerable.Repeat(one, 20));
        for (var i = 0; i < 20; i++) { engine.Check(one); engine.Check(many); }
        long Measure(string draft)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            engine.Check(draft);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        var perOne = Measure(one);
        var perMany = Measure(many);
        engine.Check(many).Violations.Should().HaveCount(20);
        perMany.Should().BeLessThan(perOne * 20 + 4096);
    }

    // Realistic clean school news for the bundled engine (every pack, policy and recognizer). They reach the
    // recognizers that scan every draft (person name, social handle) and those triggered by digits (phone, postcode,
    // street address, bank details, date of birth); "Mrs Patel" and the school's own address are entities no bundled
    // rule keeps, so their recognizers build nothing (DraftView.Wants).
    private static readonly string[] CleanSchoolNews =
    [
        "Mrs Patel's class loved the trip. Any questions to office@stathern.leics.sch.uk please.",
        "What a fantastic morning at the National Space Centre! Questions about black holes all the way home.",
        "Reminder: school closes at 1.30pm on Friday 19th December. Lunch menus for next term are on the website.",
        "Congratulations to the football team at the county cross-country! Photos will be shared with parents by email.",
        "Don't forget that our Eco Council meets in the reading café on Thursday. The gates open at 8.40am as usual.",
        "We raised £412.50 for charity, thank you! Please remember PE kits on Thursday.",
        "Lovely to see the school choir during World Book Day. Tickets are available from the school office.",
    ];

    [Test]
    public void CleanSchoolNewsAllocatesNothingOnTheWarmBundledEngine()
    {
        var engine = BundledRules.Engine;
        foreach (var draft in CleanSchoolNews)
            engine.Check(draft).Should().BeSameAs(CheckResult.Clean, draft);
        var allocated = SteadyStateAllocation(() => { foreach (var draft in CleanSchoolNews) engine.Check(draft); });
        allocated.Should().Be(0, "a clean draft on the warm bundled engine allocates nothing beyond the shared clean result");
    }

    /// <summary>Bytes the action allocates once the runtime has warmed up: until hot methods tier up, tier-0 code of
    /// some vectorised BCL helpers boxes (they are not precompiled for every instruction set), so warm in rounds and
    /// judge the last one. An action that allocates every time still shows it.</summary>
    internal static long SteadyStateAllocation(Action action)
    {
        long allocated = -1;
        for (var round = 0; round < 20 && allocated != 0; round++)
        {
            for (var i = 0; i < 100; i++) action();
            if (round > 0) Thread.Sleep(100);
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 20; i++) action();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        return allocated;
    }
}
