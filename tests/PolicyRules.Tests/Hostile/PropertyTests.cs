using System.Text;

namespace PolicyRules.Tests.Hostile;

/// <summary>
/// Seeded random drafts built from a grammar of hostile pieces: no exception, spans in bounds and
/// pointing at the matched text, the same result twice (and on a fresh engine), and lexicon findings
/// agree with a naive reference on plain words.
/// </summary>
public class PropertyTests
{
    /// <summary>The hostile pieces drafts are built from.</summary>
    internal static readonly string[] Pieces =
    [
        // words and evasions
        "shit", "SHIT", "sh1t", "$h!t", "sh*t", "f**k", "f*ck", "fuuuuck", "f u c k", "f.u.c.k", "f-u-c-k", "ｆｕｃｋ", "𝐟𝐮𝐜𝐤",
        "shіt", "f\u200Duck", "piss off", "piss", "off", "class", "Scunthorpe", "assess", "cocktail", "the head is a joke",
        "head", "useless", "never", "\"", "'", "jo@gmail.com", "a@b.co", "office@school.sch.uk", "07700 900123", "07700900123",
        "https://example.com/shit", "www.x.org", "@mention", "#hashtag", "#shit", "$", "Mr.", "e.g.", "J.",
        // separators and line endings
        " ", "  ", "\t", "\n", "\r\n", "\r", "\u2028", "\u0085", ".", "!", "?", ";", ",", "-", "*", "**", "_", "...",
        // awkward Unicode
        "\u0301", "\u0301\u0301\u0301", "\u200B", "\u200D", "\uFEFF", "\u202E", "\u200F", "\0", "\uD800", "\uDC00", "\uFFFD",
        "😀", "👨‍👩‍👧‍👦", "🇬🇧", "ß", "ﬃ", "㎏", "…", "İ", "ǅ", "ΐ", "ﷺ", "\uE000", "\uFFFF", "\u0378", "٣", "𝟙",
        "مرحبا", "שלום", "Привет", "中文", "a", "b", "s", "h", "i", "t", "1", "0", "@", "!!!", "aaaa", "****",
    ];

    internal static string Generate(Random random, int maxPieces)
    {
        var sb = new StringBuilder();
        var count = random.Next(0, maxPieces);
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) == 0) sb.Append(' ');
        }
        return sb.ToString();
    }

    [Test]
    public void RandomHostileDraftsKeepTheInvariants([Values(1, 2, 3, 4)] int seed)
    {
        var engine = Hostile.Engine.Value;
        var fresh = new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml(Hostile.ConductPack).Build();
        var random = new Random(seed);
        for (var n = 0; n < 5_000; n++)
        {
            var text = Generate(random, n % 100 == 0 ? 400 : 30);
            CheckResult first;
            try { first = Hostile.CheckAndVerify(text, engine: engine); }
            catch (Exception e) when (e is not AssertionException)
            {
                Assert.Fail($"seed {seed}, draft {n} {Escape(text)} threw {e}");
                return;
            }
            var again = engine.Check(text);
            Hostile.Key(again).Should().Be(Hostile.Key(first), $"the same draft twice: {Escape(text)}");
            Hostile.Key(fresh.Check(text)).Should().Be(Hostile.Key(first), $"on a fresh engine: {Escape(text)}");
            foreach (var v in first.Violations.Where(v => v.Detector == "lexicon"))
                v.Length.Should().BeGreaterThan(0, Escape(text));
        }
    }

    [Test]
    public void PlainWordFindingsAgreeWithANaiveReference([Values(11, 12)] int seed)
    {
        // On drafts of plain lower-case words and spaces, the swearing rule must fire on exactly the
        // listed words (and their plurals), found here by splitting on spaces.
        var listed = new[] { "fuck", "shit", "bitch", "cunt", "twat", "wanker", "bastard", "arsehole", "asshole", "bollocks", "cock", "prick", "crap" };
        var words = listed.Concat(["class", "assess", "cocktail", "shits", "crapp", "ock", "head", "a", "bitchy", "fucking", "cocks", "pricks"]).ToArray();
        var forms = listed.SelectMany(w => new[] { w, w + "s", w + "es" }).ToHashSet();
        var engine = Hostile.Engine.Value;
        var random = new Random(seed);
        for (var n = 0; n < 5_000; n++)
        {
            var draft = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            var expected = new List<int>();
            var offset = 0;
            var previousMatched = false;
            foreach (var w in draft.Split(' '))
            {
                // Findings of one rule separated only by a space merge into one (PolicyEngine.Report).
                var matched = forms.Contains(w);
                if (matched && !previousMatched) expected.Add(offset);
                previousMatched = matched;
                offset += w.Length + 1;
            }
            var actual = engine.Check(draft).Violations.Where(v => v.Rule == "swearing").Select(v => v.Start).ToList();
            actual.Should().Equal(expected, $"\"{draft}\"");
        }
    }

    internal static string Escape(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text.Length > 300 ? text[..300] : text)
            sb.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        return sb.Append(text.Length > 300 ? "...\"" : "\"").ToString();
    }
}
