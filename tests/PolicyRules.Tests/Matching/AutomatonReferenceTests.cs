using PolicyRules.Matching;
using PolicyRules.Text;

namespace PolicyRules.Tests.Matching;

/// <summary>The automaton finds exactly what a naive phrase-by-phrase, position-by-position matcher finds.</summary>
public class AutomatonReferenceTests
{
    private static readonly string[] Words = ["a", "b", "c", "ab", "ba", "cab", "abc", "d"];

    [Test]
    public void MatchesTheNaiveReference([Range(1, 40)] int seed)
    {
        var random = new Random(seed);
        var phrases = Enumerable.Range(0, random.Next(1, 60))
            .Select(_ => Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)]).ToArray())
            .DistinctBy(p => string.Join(' ', p))
            .ToList();
        var text = string.Join(' ', Enumerable.Range(0, 300).Select(_ => random.Next(12) == 0 ? "x." : Words[random.Next(Words.Length)]));

        var forms = phrases.SelectMany(p => p).Distinct().Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        var vocabulary = new Vocabulary(forms, [], forms.Count);
        var automaton = new PhraseAutomaton(phrases.Select(p => new Phrase(string.Join(' ', p), p.Select(w => forms[w]).ToArray(), p, false, false)).ToList(), forms.Count);

        var norm = new NormalizedText();
        norm.Normalize(text);
        var tokens = new TokenizedText();
        Tokenizer.Tokenize(norm, tokens);
        for (var i = 0; i < tokens.Count; i++) tokens[i].WordId = vocabulary.Find(tokens.TextOf(tokens[i]), out tokens[i].Via); // plain lookups: this test is about the automaton, not evasions
        var hits = new List<PhraseHit>();
        automaton.Scan(tokens, hits);

        var expected = new List<PhraseHit>();
        for (var p = 0; p < phrases.Count; p++)
            for (var start = 0; start + phrases[p].Length <= tokens.Count; start++)
            {
                var ok = true;
                for (var k = 0; k < phrases[p].Length && ok; k++)
                    ok = tokens.TextOf(tokens[start + k]).SequenceEqual(phrases[p][k]) && tokens[start + k].Sentence == tokens[start].Sentence;
                if (ok) expected.Add(new PhraseHit(p, start, start + phrases[p].Length - 1));
            }
        hits.Should().BeEquivalentTo(expected);
    }

    private static readonly string[] Inflectable = ["cat", "cats", "cat's", "body", "bodies", "bus", "buses", "bus'", "box", "a", "s"];

    [Test]
    public void KnowingTheFormsOfEachClassChangesNoHit([Range(1, 40)] int seed)
    {
        // Classes as the engine builder makes them: a word and the forms its inflecting phrases accept share one.
        var random = new Random(seed);
        var phrases = Enumerable.Range(0, random.Next(1, 40))
            .Select(_ => (Words: Enumerable.Range(0, random.Next(1, 4)).Select(_ => Inflectable[random.Next(Inflectable.Length)]).ToArray(),
                Inflect: random.Next(2) == 0, Evasions: random.Next(2) == 0))
            .ToList();
        var classOf = new Dictionary<string, string>();
        string Root(string w) => classOf[w] == w ? w : Root(classOf[w]);
        foreach (var (words, inflect, _) in phrases)
            foreach (var w in words)
                foreach (var form in inflect ? Inflections.Of(w) : [w])
                {
                    classOf.TryAdd(w, w);
                    classOf.TryAdd(form, form);
                    if (Root(w) != Root(form)) classOf[Root(form)] = Root(w);
                }
        var roots = classOf.Keys.Select(Root).Distinct().ToList();
        var forms = classOf.Keys.ToDictionary(f => f, f => roots.IndexOf(Root(f)));
        var built = phrases.Select(p => new Phrase(string.Join(' ', p.Words), p.Words.Select(w => forms[w]).ToArray(), p.Words, p.Inflect, p.Evasions)).ToList();
        var checking = new PhraseAutomaton(built, roots.Count);
        var knowing = new PhraseAutomaton(built, roots.Count, forms);

        var text = string.Join(' ', Enumerable.Range(0, 300).Select(_ => random.Next(12) == 0 ? "x." : Inflectable[random.Next(Inflectable.Length)]));
        var norm = new NormalizedText();
        norm.Normalize(text);
        var tokens = new TokenizedText();
        Tokenizer.Tokenize(norm, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i].WordId = forms.GetValueOrDefault(tokens.TextOf(tokens[i]).ToString(), -1);
            tokens[i].Via = tokens[i].WordId < 0 ? Lookup.None : random.Next(5) == 0 ? Lookup.Evasion : Lookup.Exact;
        }
        var expected = new List<PhraseHit>();
        checking.Scan(tokens, expected);
        var hits = new List<PhraseHit>();
        knowing.Scan(tokens, hits);
        hits.Should().Equal(expected);
    }
}
