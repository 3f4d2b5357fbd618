namespace PolicyRules.Tests.Engine;

public class ConcurrencyTests
{
    [Test]
    public void ParallelChecksGiveTheSameResultsAsSequential()
    {
        var engine = new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml("""
            pack: conduct
            work-terms: [school]
            rules:
              - id: swear
                title: T
                detect: { lexicon: [shit, crap], evasions: true }
                message: M
              - id: mail
                title: T
                detect: { recognizer: email, tags: [personal] }
                message: M
              - id: combo
                title: T
                detect: { combination: { all: [head, { lexicon: [useless, joke] }] } }
                message: M
            """).Build();
        var random = new Random(7);
        var pieces = new[] { "shit", "sh1t", "the head is a joke", "hello", "jo@gmail.com", "school", "crap", ".", "\n", "😀", "Scunthorpe" };
        var drafts = Enumerable.Range(0, 5000)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)])))
            .ToList();
        static string Key(CheckResult r) => string.Join("|", r.Violations.Select(v => $"{v.Rule}@{v.Start}+{v.Length}"));
        var sequential = drafts.Select(d => Key(engine.Check(d))).ToList();
        var parallel = new string[drafts.Count];
        Parallel.For(0, drafts.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Key(engine.Check(drafts[i])));
        parallel.Should().Equal(sequential);
        sequential.Count(s => s.Length > 0).Should().BeGreaterThan(1000);
        engine.CheckMany(drafts.Select(d => (d, (PostContext?)null)).ToList()).Select(Key).Should().Equal(sequential);
    }
}
