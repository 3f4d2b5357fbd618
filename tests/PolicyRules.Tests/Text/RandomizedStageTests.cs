using PolicyRules.Matching;
using PolicyRules.Tests.Reference;
using PolicyRules.Text;

namespace PolicyRules.Tests.Text;

/// <summary>
/// The tokeniser and the vocabulary lookup, with their fast paths, give exactly what their straightforward
/// references give, on seeded random text full of evasions, addresses, odd Unicode and punctuation.
/// </summary>
public class RandomizedStageTests
{
    private static readonly string[] Fragments =
    [
        "the", "a", "I", "cat", "Bloody", "hell", "shit", "sh1t", "sh!t", "$hit", "5h1t", "f**k", "f*ck", "fuuuuck", "fuuck", "asssss",
        "s h i t", "f.u.c.k", "f-u-c-k", "c_r_a_p", "a b", "b@stard", "b!tch", "don't", "parent's", "parents'", "bodies", "body",
        "jo.bloggs@gmail.com", "office@stathern.sch.uk", "a@b", "x@y.z1", "@MrsPatel", "@_x", "#ProudToBeUs", "#1", "e@",
        "https://example.org/wiki/Bee_(insect)).", "http://", "www.", "www.x.org,", "https", "what", "wow", "h", "w",
        "1,000", "10:30", "3.5", "8.40am", "£412.50", "0-0-0-0", "1.", "Mr.", "Mrs.", "e.g.", "J.", "etc.",
        "😀", "🚀", "⚽", "→", "\u2603", "\uD835\uDC1F\uD835\uDC2E\uD835\uDC1C\uD835\uDC24", "\uD835", "\uDC00", "ﬁ", "ß", "Ⅻ",
        "сat", "ΡΑΤ", "café", "e\u0301", "zero\u200Bwidth", "ＦＵＬＬ", "naïve", "日本語", "مرحبا", "\u00A0", "\u2019", "\u201C", "\u2014",
        ".", "!", "?", ";", ",", ":", "\"", "'", "(", ")", "*", "**", "|", "$", "@", "#", "-", "_", "%", "+", "\n", "\r\n", "\t", "  ",
    ];

    private static readonly char[] Alphabet =
        "abcdefghijklmnopqrstuvwxyzABCZ0123456789 .,;:!?\"'()*|$@#-_%+/\n\té\u0301\u200BßﬁсΡ😀\uD835\uDC1F\uFFFF\u2190\u00BB".ToCharArray();

    internal static string RandomText(Random random, int pieces)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = 0; k < pieces; k++)
        {
            if (random.Next(4) == 0)
                for (var n = random.Next(1, 6); n > 0; n--) sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            else
                sb.Append(Fragments[random.Next(Fragments.Length)]);
            if (random.Next(3) > 0) sb.Append(random.Next(8) == 0 ? "\n" : " ");
        }
        return sb.ToString();
    }

    private static readonly string LongestExpansion = CharFolding.Expansions.MaxBy(e => e.Value.Length).Key.ToString();

    [Test]
    public void NormaliserMatchesTheReference([Range(1, 200)] int seed)
    {
        var random = new Random(seed);
        var norm = new NormalizedText();
        // Two texts into one instance: buffers are reused, and expansions may have to grow them mid-text.
        for (var round = 0; round < 2; round++)
        {
            var text = random.Next(4) == 0
                ? string.Concat(Enumerable.Repeat(LongestExpansion, random.Next(1, 300))) + RandomText(random, 50)
                : RandomText(random, random.Next(1, 150));
            norm.Normalize(text);
            var (chars, map) = ReferenceNormalizer.Normalize(text);
            norm.Chars.ToString().Should().Be(chars);
            Enumerable.Range(0, norm.Length + 1).Select(norm.OriginalStart).Should().Equal(map);
        }
    }

    [Test]
    public void FoldingAWordGivesWhatNormalisingTheDraftGives([Range(1, 200)] int seed)
    {
        // DraftView.TryFold is how recognizers that read the original text look a word up in a folded list.
        var random = new Random(seed);
        var text = RandomText(random, random.Next(1, 40));
        var norm = new NormalizedText();
        norm.Normalize(text);
        var buffer = new char[text.Length * 4];
        PolicyRules.Recognition.DraftView.TryFold(text, buffer, out var written).Should().BeTrue();
        new string(buffer, 0, written).Should().Be(norm.Chars.ToString());
        if (written > 0) PolicyRules.Recognition.DraftView.TryFold(text, new char[written - 1], out _).Should().BeFalse("one character short does not fit");
    }

    [Test]
    public void TokeniserMatchesTheReference([Range(1, 200)] int seed)
    {
        var random = new Random(seed);
        var norm = new NormalizedText();
        norm.Normalize(RandomText(random, random.Next(1, 120)));
        var actual = new TokenizedText();
        var expected = new TokenizedText();
        Tokenizer.Tokenize(norm, actual);
        ReferenceTokenizer.Tokenize(norm, expected);
        Describe(actual).Should().Equal(Describe(expected), $"the text was \"{norm.Chars}\"");
        actual.SentenceCount.Should().Be(expected.SentenceCount);
    }

    [Test]
    public void TokeniserMatchesTheReferenceOnRunsOfPlainWords([Range(1, 100)] int seed)
    {
        // Lower-case words of every length up to past a sixteen-character block, mostly one space apart, now and
        // then another separator or a word that is not plain: the fast path's block boundaries fall everywhere.
        var random = new Random(seed);
        var sb = new System.Text.StringBuilder();
        for (var k = random.Next(1, 300); k > 0; k--)
        {
            sb.Append(random.Next(12) == 0 ? Fragments[random.Next(Fragments.Length)] : new string([.. Enumerable.Range(0, random.Next(1, 21)).Select(_ => (char)('a' + random.Next(3)))]));
            sb.Append(random.Next(8) switch { 0 => "  ", 1 => ". ", 2 => ", ", 3 => random.Next(3) == 0 ? "\"" : "!", _ => " " });
        }
        if (random.Next(2) == 0) sb.Length--; // end on a word as well as after one
        var norm = new NormalizedText();
        norm.Normalize(sb.ToString());
        var actual = new TokenizedText();
        var expected = new TokenizedText();
        Tokenizer.Tokenize(norm, actual);
        ReferenceTokenizer.Tokenize(norm, expected);
        EveryField(actual).Should().Equal(EveryField(expected), $"the text was \"{norm.Chars}\"");
        actual.SentenceCount.Should().Be(expected.SentenceCount);
    }

    [Test]
    public void Next_of_kind_finds_what_a_walk_over_every_token_finds([Range(1, 200)] int seed)
    {
        var random = new Random(seed);
        var norm = new NormalizedText();
        var text = RandomText(random, random.Next(1, 120)) + string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(4) switch
        {
            0 => " @jess_b", 1 => " #proud", 2 => " https://x.com/a", _ => " a@b.com 🚀",
        }));
        norm.Normalize(text);
        var tokens = new TokenizedText();
        Tokenizer.Tokenize(norm, tokens);
        foreach (var kind in Enum.GetValues<TokenKind>())
            for (var from = 0; from <= tokens.Count + 1; from++)
            {
                var expected = Enumerable.Range(from, Math.Max(0, tokens.Count - from)).Where(i => tokens[i].Kind == kind).DefaultIfEmpty(-1).First();
                tokens.NextOfKind(kind, from).Should().Be(expected, $"{kind} from {from} in \"{norm.Chars}\"");
            }
    }

    private static List<Token> EveryField(TokenizedText t) => [.. Enumerable.Range(0, t.Count).Select(i => t[i])];

    [Test]
    public void VocabularyMatchesTheReference([Range(1, 100)] int seed)
    {
        var random = new Random(seed);
        var norm = new NormalizedText();
        norm.Normalize(RandomText(random, 200));
        var tokens = new TokenizedText();
        Tokenizer.Tokenize(norm, tokens);

        // Forms: some of the draft's own words, some words its evasions decode to; evasion forms a subset.
        var words = Enumerable.Range(0, tokens.Count).Select(i => tokens.TextOf(tokens[i]).ToString())
            .Concat(["shit", "fuck", "feck", "ass", "bitch", "bastard", "crap", "fuck's", "cat", "hell", "the"]).Distinct().ToList();
        var forms = words.Where(_ => random.Next(3) == 0).Concat(["shit", "fuck", "feck", "ass", "hell"]).Distinct()
            .Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i % 40);
        var evasionForms = forms.Where(_ => random.Next(2) == 0).Concat(forms.Where(f => f.Key is "shit" or "fuck" or "feck"))
            .DistinctBy(f => f.Key).ToDictionary(f => f.Key, f => f.Value);
        var vocabulary = new Vocabulary(forms, evasionForms, 40);
        var reference = new ReferenceVocabulary(forms, evasionForms, 40);

        var copy = new TokenizedText();
        Tokenizer.Tokenize(norm, copy);
        vocabulary.Assign(tokens).Should().Be(reference.Assign(copy));
        for (var i = 0; i < tokens.Count; i++)
        {
            (tokens[i].WordId, tokens[i].Via).Should().Be((copy[i].WordId, copy[i].Via), $"token \"{tokens.TextOf(tokens[i])}\"");
            var text = tokens.TextOf(tokens[i]);
            (vocabulary.Find(text, out var via), via).Should().Be((reference.Find(text, out var refVia), refVia));
        }
        foreach (var w in words.Concat(forms.Keys).Concat(["", "x", new string('a', 70), "aaa", "f***", "*uck", "sh1t", "5h1t", "sh!t"]))
            (vocabulary.Find(w, out var via), via).Should().Be((reference.Find(w, out var refVia), refVia), $"word \"{w}\"");
    }

    private static List<string> Describe(TokenizedText t) =>
        [.. Enumerable.Range(0, t.Count).Select(i => $"{t[i].Kind} [{t[i].Start},{t[i].End}) \"{t.TextOf(t[i])}\" s{t[i].Sentence} q{t[i].InQuote} j{t[i].Joined} w{t[i].WordId}")];

    [Test]
    public void In_a_long_document_the_token_at_or_after_an_offset_is_the_linear_answer()
    {
        // Past 1,024 tokens the lookup searches blocks of 32; one instance reused for texts of different lengths,
        // so a block index left from the previous text would show.
        var random = new Random(77);
        var norm = new NormalizedText();
        var tokens = new TokenizedText();
        foreach (var pieces in new[] { 3000, 1200, 5000, 40 })
        {
            norm.Normalize(RandomText(random, pieces));
            Tokenizer.Tokenize(norm, tokens);
            var ends = Enumerable.Range(0, tokens.Count).Select(i => tokens.OriginalEnd(tokens[i])).ToArray();
            var offsets = Enumerable.Range(-1, norm.Original.Length + 3).ToList();
            foreach (var offset in offsets.OrderBy(_ => random.Next()))
            {
                var expected = Array.FindIndex(ends, e => e > offset) is var k and >= 0 ? k : tokens.Count;
                tokens.TokenAtOrAfter(offset).Should().Be(expected, $"offset {offset} of a text of {tokens.Count} tokens");
            }
        }
    }

    [Test]
    public void The_token_at_or_after_an_offset_is_the_binary_search_answer_whatever_the_order_of_lookups()
    {
        var random = new Random(2024);
        for (var round = 0; round < 300; round++)
        {
            var norm = new NormalizedText();
            norm.Normalize(RandomText(random, random.Next(0, 80)));
            var tokens = new TokenizedText();
            Tokenizer.Tokenize(norm, tokens);
            // In text order (as matches and entities come), backwards, and at random: the answer never depends on the last one.
            var offsets = Enumerable.Range(-1, norm.Original.Length + 3).ToList();
            var orders = new[] { offsets, Enumerable.Reverse(offsets).ToList(), offsets.OrderBy(_ => random.Next()).ToList() };
            foreach (var order in orders)
                foreach (var offset in order)
                {
                    var expected = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => tokens.OriginalEnd(tokens[i]) > offset, tokens.Count);
                    tokens.TokenAtOrAfter(offset).Should().Be(expected, $"offset {offset} of '{norm.Original}'");
                }
        }
    }
}
