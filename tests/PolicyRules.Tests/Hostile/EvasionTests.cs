namespace PolicyRules.Tests.Hostile;

/// <summary>
/// The usual ways to slip a word past a filter are caught for a lexicon with <c>evasions: true</c>,
/// and none of them makes an ordinary word match.
/// </summary>
public class EvasionTests
{
    private static PolicyEngine Engine => Hostile.Engine.Value;

    [TestCase("shіt", TestName = "Cyrillic і")]
    [TestCase("сunt", TestName = "Cyrillic с")]
    [TestCase("bаstard", TestName = "Cyrillic а")]
    [TestCase("wаnkеr", TestName = "Cyrillic а and е")]
    [TestCase("ΒΙΤCΗ", TestName = "Greek capitals")]
    [TestCase("ｆｕｃｋ", TestName = "full-width letters")]
    [TestCase("ＳＨＩＴ", TestName = "full-width capitals")]
    [TestCase("𝐟𝐮𝐜𝐤", TestName = "mathematical bold (NFKC)")]
    [TestCase("f\u200Duck", TestName = "zero-width joiner")]
    [TestCase("s\u200Bh\u200Ci\u2060t", TestName = "zero-width space, non-joiner, word joiner")]
    [TestCase("sh\u00ADit", TestName = "soft hyphen")]
    [TestCase("f u c k", TestName = "spaced letters")]
    [TestCase("f.u.c.k", TestName = "dotted letters")]
    [TestCase("f-u-c-k", TestName = "dashed letters")]
    [TestCase("f_u_c_k", TestName = "underscored letters")]
    [TestCase("S H I T", TestName = "spaced capitals")]
    [TestCase("fuuuuuck", TestName = "repeated letters")]
    [TestCase("shiiiiiiit", TestName = "repeated letters 2")]
    [TestCase("crrrrrap", TestName = "repeated letters 3")]
    [TestCase("sh1t", TestName = "leetspeak 1")]
    [TestCase("$h!t", TestName = "leetspeak $ !")]
    [TestCase("b1tch", TestName = "leetspeak b1tch")]
    [TestCase("b!tch", TestName = "leetspeak b!tch")]
    [TestCase("c0ck", TestName = "leetspeak 0")]
    [TestCase("pr1ck", TestName = "leetspeak pr1ck")]
    [TestCase("b@st@rd", TestName = "leetspeak @")]
    [TestCase("w4nk3r", TestName = "leetspeak 4 3")]
    [TestCase("f**k", TestName = "masked f**k")]
    [TestCase("f*ck", TestName = "masked f*ck")]
    [TestCase("sh*t", TestName = "masked sh*t")]
    [TestCase("c**t", TestName = "masked c**t")]
    [TestCase("b*tch", TestName = "masked b*tch")]
    [TestCase("ƒuck", TestName = "latin small f with hook")]
    [TestCase("fúck", TestName = "accent")]
    [TestCase("FUCK", TestName = "capitals")]
    [TestCase("piss   off", TestName = "phrase with extra spaces")]
    public void EvasionIsCaught(string word)
    {
        foreach (var text in new[] { word, $"Honestly, {word}!", $"what the {word} is this" })
        {
            var v = Hostile.CheckAndVerify(text).Violations.Where(x => x.Rule == "swearing").ToList();
            v.Should().ContainSingle($"'{text}' hides a swear word");
            v[0].Excerpt.Should().StartWith(word[..1]).And.EndWith(word[^1..]);
        }
    }

    [Test]
    public void EachStarOfAMaskIsOneLetter()
    {
        // Squeezing the run of stars as if it were "fuuuck" made "p***k" the four-letter "p**k", read as "pack".
        var engine = new PolicyEngineBuilder().AddPackYaml(
            "pack: conduct\nrules:\n  - id: r\n    title: T\n    detect: { lexicon: [prick, pack of wolves], evasions: true }\n    message: M\n").Build();
        engine.ShouldFlag("he is a p***k", "r").Single().Excerpt.Should().Be("p***k");
        engine.ShouldNotFlag("he is a p**k");
    }

    [Test]
    public void EvasionsAreOnlyForRulesThatAskForThem()
    {
        var engine = new PolicyEngineBuilder().AddPackYaml(
            "pack: conduct\nrules:\n  - id: fees\n    title: T\n    detect: { lexicon: [fees, crap] }\n    message: M\n").Build();
        foreach (var text in new[] { "f33s", "f**s", "c r a p", "crrrrap", "cr@p" })
            engine.ShouldNotFlag(text);
        engine.ShouldFlag("fees", "fees");
        engine.ShouldFlag("ｆｅｅｓ", "fees"); // folding is not an evasion: full-width is the same word
    }

    // Ordinary words that contain, resemble or decode towards a listed word. None may match.
    [TestCase("class")]
    [TestCase("classic")]
    [TestCase("Scunthorpe")]
    [TestCase("assess")]
    [TestCase("assessment")]
    [TestCase("assassin")]
    [TestCase("cocktail")]
    [TestCase("peacock")]
    [TestCase("Hitchcock")]
    [TestCase("Cockburn")]
    [TestCase("cockerel")]
    [TestCase("Essex")]
    [TestCase("Sussex")]
    [TestCase("Middlesex")]
    [TestCase("therapist")]
    [TestCase("grape")]
    [TestCase("scrap")]
    [TestCase("scrapbook")]
    [TestCase("analysis")]
    [TestCase("shiitake")]
    [TestCase("shitake")]
    [TestCase("Matsushita")]
    [TestCase("pricked")]
    [TestCase("prickly")]
    [TestCase("Penistone")]
    [TestCase("Dickens")]
    [TestCase("bassoon")]
    [TestCase("passage")]
    [TestCase("cumulative")]
    [TestCase("document")]
    [TestCase("snigger")]
    [TestCase("harass")]
    [TestCase("Cunningham")]
    [TestCase("bitchute")]
    [TestCase("twatch")]
    [TestCase("Shittington")]
    public void OrdinaryWordsNeverMatch(string word)
    {
        foreach (var text in new[] { word, word.ToUpperInvariant(), $"We visited {word} today.", $"{word}'s", $"\"{word}\"" })
            Engine.ShouldNotFlag(text);
    }

    [Test]
    public void OrdinaryTextWithEvasionLookingShapesIsClean()
    {
        foreach (var text in new[]
        {
            "Year 5 scored 4/5 on the 2nd test.", "b4 l8r gr8", "The A-level results: A, B, C and D.",
            "Mr. S. H. Smith", "I.T. and P.E. lessons", "U.S.A. trip", "Section 5.3.1",
            "e-mail a-z", "Plan A B C", "**Bold** and *italic* text", "5 * 3 = 15", "a**b**c",
            "c.c. the head", "Cc: office", "p.s. see you", "R.S.V.P.", "t.b.c.", "S.A.T.s",
            "£5 @ the fair", "ABBA rocks", "Mississippi", "Hawaii", "zzz", "Brrr it's cold",
            "Aaargh!", "sh", "s h", "s.h", "f*", "*k", "***", "f * c k", "@@@@", "$$$",
        })
            Engine.ShouldNotFlag(text);
    }

    [Test]
    public void CyrillicAndGreekProseDoesNotTurnIntoEnglishSwearing()
    {
        foreach (var text in new[]
        {
            "Привет, как дела? Мы сегодня в школе.", "Καλημέρα, τι κάνεις;", "Слава Україні", "Это кот, а не собака",
        })
            Engine.ShouldNotFlag(text);
    }
}
