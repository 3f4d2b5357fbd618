using PolicyRules.Recognition;

namespace PolicyRules.Tests.Engine;

/// <summary>
/// A rule's cues (<c>Cues</c>: its lexicons and patterns as bit masks over the check's phrase-set hits and found
/// literals, asked before any part is collected) must never call a present part absent, and must skip the rule when a
/// part it needs is absent. 70 lexicons and 70 patterns in one list put the masks in two 64-bit words, so a mask built
/// from the wrong word or bit fails here.
/// </summary>
public class CuesTests
{
    private const int N = 70;

    // Letters only, so each is one token: "zqaa", "zqab", ...
    private static string Word(string prefix, int i) => $"{prefix}{(char)('a' + i / 26)}{(char)('a' + i % 26)}";

    // What pattern i of a list requires: letters too, as the literal search reads every digit as any digit.
    private static string Literal(string prefix, int i) => Word(prefix, i) + "x";

    private static readonly CountingRecognizer Capitals = new();

    private static readonly PolicyEngine Engine = new PolicyEngineBuilder().AddRecognizer(Capitals).AddPackYaml(
        "pack: conduct\nrules:\n" +
        // Any one of 140 parts, lexicons and patterns interleaved.
        "  - id: some\n    title: T\n    detect:\n      combination:\n        any:\n" +
        string.Concat(Enumerable.Range(0, N).Select(i => $"          - {Word("zq", i)}\n          - {{ pattern: '{Literal("alpha", i)}' }}\n")) +
        "    message: M\n" +
        // Every one of 140 parts after the recognizer, which is collected first (the anchor) and so runs only when
        // the cues let the rule through.
        "  - id: every\n    title: T\n    detect:\n      combination:\n        all:\n          - { recognizer: capitals }\n" +
        string.Concat(Enumerable.Range(0, N).Select(i => $"          - {Word("yq", i)}\n          - {{ pattern: '{Literal("beta", i)}' }}\n")) +
        "    message: M\n" +
        // A pattern whose every match holds a digit, read by the literal search as ASCII digits only.
        "  - id: digit\n    title: T\n    detect:\n      combination:\n        any: [nothingness, { pattern: '\\bref \\d' }]\n    message: M\n" +
        // A pattern with no literal to search for may always occur.
        "  - id: long\n    title: T\n    detect:\n      combination:\n        any: [nothingness, { pattern: '\\b[a-z]{30,}\\b' }]\n    message: M\n",
        "cues.yaml").Build();

    [Test]
    public void EachAnyPartAloneStillMatches()
    {
        for (var i = 0; i < N; i++)
        {
            Engine.ShouldFlag($"we saw {Word("zq", i)} today", "some");
            Engine.ShouldFlag($"we saw {Literal("alpha", i)} today", "some");
        }
        Engine.ShouldNotFlag("we saw nothing today");
    }

    [Test]
    public void AnAbsentAllPartSkipsTheRuleBeforeItsRecognizerRuns()
    {
        var words = Enumerable.Range(0, N).Select(i => Word("yq", i)).ToList();
        var literals = Enumerable.Range(0, N).Select(i => Literal("beta", i)).ToList();
        var before = Capitals.Calls;
        Engine.ShouldFlag($"BOB {string.Join(' ', words)} {string.Join(' ', literals)}", "every");
        Capitals.Calls.Should().Be(before + 1);

        for (var i = 0; i < N; i++)
        {
            Engine.ShouldNotFlag($"BOB {string.Join(' ', words.Where((_, k) => k != i))} {string.Join(' ', literals)}");
            Engine.ShouldNotFlag($"BOB {string.Join(' ', words)} {string.Join(' ', literals.Where((_, k) => k != i))}");
        }
        Capitals.Calls.Should().Be(before + 1, "no draft missing a part got as far as the recognizer");
    }

    [Test]
    public void TextThePrefilterCannotReadMayHoldAnyPattern()
    {
        // An Arabic-Indic digit: "\d" matches it, the literal search does not read it as a digit.
        Engine.ShouldFlag("see ref \u0663 below", "digit");
        Engine.ShouldFlag("see ref 3 below", "digit");
        Engine.ShouldNotFlag("see ref three below");
    }

    [Test]
    public void APatternWithoutLiteralsIsNeverKnownAbsent()
    {
        Engine.ShouldFlag($"a {new string('m', 31)} word", "long");
        Engine.ShouldNotFlag($"a {new string('m', 12)} word");
    }

    // Upper-case words of two or more letters, counting how often it runs.
    private sealed class CountingRecognizer : IRecognizer
    {
        public int Calls;
        public string Name => "capitals";
        public System.Buffers.SearchValues<char>? Trigger => null;
        public IReadOnlyCollection<string> Placeholders => [];

        public void Recognize(DraftView input, ICollection<Entity> results)
        {
            Calls++;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(input.Text, @"\b[A-Z]{2,}\b"))
                results.Add(new Entity(Name, m.Index, m.Length, 1.0, Name));
        }
    }
}
