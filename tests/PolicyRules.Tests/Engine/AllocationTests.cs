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

    // No draft here holds an entity a recognizer reports: an entity (a public record with tags and values) is
    // allocated by the recognizer even when the rule's tag filter then drops it.
    private static readonly string[] CleanDrafts =
    [
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
        };
        foreach (var context in contexts)
        {
            foreach (var draft in CleanDrafts)
            {
                for (var i = 0; i < 50; i++) engine.Check(draft, context).Should().BeSameAs(CheckResult.Clean, draft);
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 100; i++) engine.Check(draft, context);
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                allocated.Should().Be(0, $"checking \"{draft}\" with {context.Channel} context should not allocate");
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
}
