namespace PolicyRules.Tests.Hostile;

/// <summary>8 threads checking 1,000,000 drafts against one engine give the same results as one thread.</summary>
[Parallelizable(ParallelScope.None)]
public class ConcurrencyHostileTests
{
    private const int Drafts = 1_000_000;
    private const int Threads = 8;

    // Short drafts from a small grammar, generated from the index so no thread shares input state.
    private static readonly string[] Pieces =
    [
        "shit", "sh1t", "f**k", "f u c k", "the head is a joke", "hello", "jo@gmail.com", "office@school.sch.uk",
        "school", "crap", ".", "\n", "😀", "Scunthorpe", "class", "07700 900123", "ß", "ｆｕｃｋ", "\u0301", "\uD800",
        "never said the head is useless", "\"shit\"", "assess", "Ǆ",
    ];

    private static string Draft(int i)
    {
        var r = (uint)i * 2654435761u;
        var count = 1 + (int)(r % 6);
        var parts = new string[count];
        for (var k = 0; k < count; k++)
        {
            r = r * 1103515245u + 12345u;
            parts[k] = Pieces[(r >> 8) % (uint)Pieces.Length];
        }
        return string.Join(' ', parts);
    }

    private static readonly PostContext[] Contexts =
    [
        PostContext.Default,
        new() { Channel = Channel.Personal, Author = AuthorRole.Parent },
        new() { SchoolNames = ["Scunthorpe"], Profile = "views my own" },
    ];

    [Test]
    public void EightThreadsMatchOneThreadOnAMillionDrafts()
    {
        var engine = Hostile.Engine.Value;
        var sequential = new string[Drafts];
        for (var i = 0; i < Drafts; i++) sequential[i] = Hostile.Key(engine.Check(Draft(i), Contexts[i % Contexts.Length]));

        var parallel = new string[Drafts];
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            // Interleaved, so threads work on neighbouring drafts at the same time.
            for (var i = t; i < Drafts; i += Threads) parallel[i] = Hostile.Key(engine.Check(Draft(i), Contexts[i % Contexts.Length]));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Hostile.Hash(parallel).Should().Be(Hostile.Hash(sequential));
        for (var i = 0; i < Drafts; i++)
            if (!string.Equals(parallel[i], sequential[i], StringComparison.Ordinal))
                Assert.Fail($"draft {i} \"{Draft(i)}\": one thread gave [{sequential[i]}], eight gave [{parallel[i]}]");
        sequential.Count(s => s.Length > 0).Should().BeGreaterThan(Drafts / 2, "the drafts exercise the rules");
    }
}
