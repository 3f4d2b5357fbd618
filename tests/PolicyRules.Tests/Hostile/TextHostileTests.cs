using System.Text;

namespace PolicyRules.Tests.Hostile;

/// <summary>
/// Whatever text is pasted, a check finishes, in time linear in its length, and every span indexes
/// the original text (Excerpt == text.Substring(Start, Length)).
/// </summary>
[Parallelizable(ParallelScope.None)]
public class TextHostileTests
{
    [Test]
    public void EmptyAndWhitespaceDraftsAreClean()
    {
        foreach (var text in new[] { "", " ", "\n", "\r\n", "\t\t", "\u200B", "\u00A0", "\uFEFF" })
            Hostile.CheckAndVerify(text).Violations.Should().BeEmpty();
    }

    [Test]
    public void FiftyMegabyteDraftFinishesAndFindsItsEnds()
    {
        // 50 MB of ordinary prose with a swear word at the start and the end: both are found, so
        // nothing is truncated. Wall-clock bound: 60 s is ~30x what this takes on a CI runner; it only
        // catches a hang or quadratic blow-up, not a slowdown.
        var text = "fuck " + Hostile.Repeat("The class visited the museum and assessed the cocktail of exhibits. ", 50 * 1024 * 1024) + " shit";
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var result = Hostile.CheckAndVerify(text);
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        result.Violations.Select(v => v.Excerpt).Should().Equal("fuck", "shit");
        result.Violations[^1].End.Should().Be(text.Length);
    }

    [Test]
    public void SingleTenMegabyteLine()
    {
        var line = Hostile.Repeat("word ", 10 * 1024 * 1024 - 10) + "crap";
        line.Should().NotContain("\n");
        Hostile.CheckAndVerify(line).Violations.Should().ContainSingle(v => v.Excerpt == "crap");
        // and one 10 MB "word" with no separators at all
        var word = new string('x', 10 * 1024 * 1024);
        Hostile.CheckAndVerify(word).Violations.Should().BeEmpty();
    }

    [Test]
    public void LoneSurrogatesAnywhere()
    {
        var cases = new[]
        {
            "\uD800", "\uDC00", "\uDC00\uD800", "shit\uD800", "\uDFFFshit", "sh\uD800it", "\uD83Dfuck\uDE00",
            "😀\uD83D", "\uDE00😀shit", "shit😀\uD83D", new string('\uD800', 1000) + "crap" + new string('\uDC00', 1000),
        };
        foreach (var text in cases) Hostile.CheckAndVerify(text);
        Hostile.CheckAndVerify("shit\uD800").Violations.Should().ContainSingle().Which.Excerpt.Should().Be("shit");
        Hostile.CheckAndVerify("\uDFFF shit").Violations.Should().ContainSingle().Which.Excerpt.Should().Be("shit");
    }

    [Test]
    public void EveryBmpCharacterInChunks()
    {
        // Every UTF-16 code unit (all Unicode categories, surrogates, private use, unassigned), in
        // chunks of 512, each chunk with a swear word and an email inside: nothing throws, spans hold.
        const int chunk = 512;
        for (var start = 0; start <= char.MaxValue; start += chunk)
        {
            var sb = new StringBuilder(chunk * 2 + 64);
            for (var c = start; c < start + chunk && c <= char.MaxValue; c++) sb.Append((char)c);
            var chars = sb.ToString();
            Hostile.CheckAndVerify(chars);
            var mixed = chars[..(chars.Length / 2)] + " shit jo@gmail.com " + chars[(chars.Length / 2)..];
            Hostile.CheckAndVerify(mixed);
            // each character next to letters, where folding may join it to a word
            var spliced = new StringBuilder();
            foreach (var ch in chars) spliced.Append('s').Append(ch).Append("hit ");
            Hostile.CheckAndVerify(spliced.ToString());
        }
    }

    [Test]
    public void RightToLeftAndCombiningMarks()
    {
        var cases = new[]
        {
            "\u202Ekcuf\u202C",                                   // right-to-left override around a reversed word
            "مرحبا بالعالم shit שלום",                             // Arabic and Hebrew around a match
            "\u200Fshit\u200E",                                   // RLM/LRM marks
            "s\u0301h\u0308i\u0323t\u0300",                        // combining accents on every letter
            "sh" + new string('\u0301', 10_000) + "it",            // ten thousand combining marks in a word
            "Z\u0351\u0364\u0306a\u0300\u0335l\u0317g\u0336o shit", // "zalgo"
            "\u0301shit",                                           // a mark with nothing to combine with
        };
        foreach (var text in cases) Hostile.CheckAndVerify(text);
        Hostile.CheckAndVerify("s\u0301h\u0308i\u0323t\u0300").Violations.Should().ContainSingle().Which.Excerpt.Should().Be("s\u0301h\u0308i\u0323t\u0300");
        Hostile.CheckAndVerify("sh" + new string('\u0301', 10_000) + "it").Violations.Should().ContainSingle();
    }

    [Test]
    public void TenThousandEmoji()
    {
        var emoji = new[] { "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "❤️", "🇬🇧", "1️⃣" };
        var sb = new StringBuilder();
        for (var i = 0; i < 10_000; i++) sb.Append(emoji[i % emoji.Length]);
        var text = sb + " shit " + sb;
        Hostile.CheckAndVerify(text).Violations.Should().ContainSingle().Which.Excerpt.Should().Be("shit");
        Hostile.CheckAndVerify(sb.ToString()).Violations.Should().BeEmpty();
        Hostile.CheckAndVerify("sh😀it f👍🏽uck").Violations.Should().BeEmpty("an emoji inside a word splits it");
    }

    [Test]
    public void NulBytes()
    {
        Hostile.CheckAndVerify("\0").Violations.Should().BeEmpty();
        Hostile.CheckAndVerify(new string('\0', 100_000)).Violations.Should().BeEmpty();
        Hostile.CheckAndVerify("\0shit\0").Violations.Should().ContainSingle().Which.Excerpt.Should().Be("shit");
        Hostile.CheckAndVerify("sh\0it").Violations.Should().ContainSingle(); // a NUL is an invisible character: dropped like a zero-width space
    }

    [TestCase('a')]
    [TestCase('*')]
    [TestCase('.')]
    [TestCase(' ')]
    [TestCase('\n')]
    [TestCase('ß')]
    [TestCase('\u0301')]
    [TestCase('@')]
    [TestCase('s')]
    [TestCase('1')]
    public void OneMillionOfOneCharacter(char c)
    {
        var text = new string(c, 1_000_000);
        Hostile.CheckAndVerify(text);
        Hostile.CheckAndVerify(text + " shit " + text).Violations.Should().Contain(v => v.Excerpt == "shit");
    }

    [Test]
    public void SpacedSingleLettersForAMillionCharacters()
    {
        // The spaced-letter joiner ("f u c k") must not go quadratic on "a a a a ...".
        foreach (var sep in new[] { " ", ".", "-", "*", "_" })
            Hostile.CheckAndVerify(Hostile.Repeat("a" + sep, 1_000_000));
    }

    [Test]
    public void MixedLineEndings()
    {
        var text = "line one shit\r\nline two\rline three crap\n\r\nline\u2028four\u2029five\u0085six fuck\r";
        var result = Hostile.CheckAndVerify(text);
        result.Violations.Select(v => v.Excerpt).Should().Equal("shit", "crap", "fuck");
        Hostile.CheckAndVerify(Hostile.Repeat("\r\n\r\r\n\n\u2028", 1_000_000));
    }

    private static readonly string[] Shapes =
    [
        "The class assessed the cocktail in Scunthorpe. ",
        "a",
        "a ",
        "*",
        "f**k ",
        "s h i t ",
        "😀",
        "\u0301",
        "\uD800",
        "jo@gmail.com ",
        "head useless head joke ",
        "never head useless ",
        "head. useless. ",
        "head useless. never ",
        "07700 900123 ",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@",
        "ß",
        "fuuuuuuuuuuuuuuuuuuuuuuuuuuuck ",
        "x@y.",
    ];

    [TestCaseSource(nameof(Shapes))]
    public void CheckTimeIsLinearInLength(string piece)
    {
        var engine = Hostile.Engine.Value;
        Hostile.AssertLinear(n => Hostile.Repeat(piece, n), text => engine.Check(text));
    }
    private static readonly Lazy<PolicyEngine> Bundled = new(() => new PolicyEngineBuilder().UseBundledRules().Build());

    // The names before the year group merge into one pupil-full-name violation, whose words every-mention then looks for
    // again at each name of the run: comparing the whole run there was quadratic.
    [Test]
    public void RepeatedFullNamesWithAYearGroupCheckInLinearTime()
    {
        var engine = Bundled.Value;
        Hostile.AssertLinear(n => string.Join(' ', Enumerable.Repeat("Amelia Jones", n / 13)) + " in Year 5", text => engine.Check(text), n: 25_000, scale: 8);
    }

    // The same run of names again in a paragraph of its own, with no cue: every-mention would compare the whole run at each
    // of its names there (inside the finding they are skipped, here they are not).
    [Test]
    public void ARunOfNamesRepeatedWithoutACueChecksInLinearTime()
    {
        var engine = Bundled.Value;
        Hostile.AssertLinear(n =>
        {
            var run = string.Join(' ', Enumerable.Repeat("Amelia Jones", n / 26));
            return run + " in Year 5\n\n" + run;
        }, text => engine.Check(text), n: 25_000, scale: 8);
    }

    // Thousands of findings on one line: the text report showed each in a window of the line, but copied the whole line to do it.
    [Test]
    public void ManyFindingsOnOneLineReportInLinearTime()
    {
        var pack = Path.Combine(Path.GetTempPath(), $"policyrules-oneline-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(pack, "pack: conduct\nrules:\n  - id: word\n    title: Word\n    detect: { lexicon: [jelly] }\n    message: \"'{match}'\"\n");
        try
        {
            // Exit 1 (findings) checks that the pack loaded and the report ran: an error would be timed in vain.
            Hostile.AssertLinear(n => Hostile.Repeat("jelly and ", n), text =>
                PolicyRules.Cli.CliApp.Run(["check", "--no-bundled-rules", "--no-config", "--pack", pack, "-"], new StringReader(text), new StringWriter(), new StringWriter())
                    .Should().Be(1),
                n: 25_000, scale: 8);
        }
        finally
        {
            File.Delete(pack);
        }
    }
}
