using System.Text;
using PolicyRules.Detection;
using PolicyRules.Tests.Reference;
using PolicyRules.Text;

namespace PolicyRules.Tests.Matching;

/// <summary>The one-pass literal search agrees with a plain search for every literal (STYLE.md item 10), and records
/// exactly what its straightforward reference (Reference/ReferencePatternLiterals) records.</summary>
public class PatternLiteralsTests
{
    [Test]
    public void Finds_the_first_occurrence_of_each_literal_as_a_plain_search_does()
    {
        var random = new Random(4711);
        string[] pieces = ["the ", "head", "he", "ad", "typical", " is", "rubbish", "£", "@", "🍆", "ß", "x", "mat", "maths", "a", " ", ".", "\n", "É", "e"];
        for (var round = 0; round < 200; round++)
        {
            var literals = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)])))
                .Distinct().ToList();
            var scan = new PatternLiterals(literals);
            var text = new StringBuilder();
            for (var i = 0; i < random.Next(0, 60); i++) text.Append(pieces[random.Next(pieces.Length)]);
            var s = text.ToString().ToLowerInvariant(); // drafts are folded to lower case before the search
            var found = new LiteralOccurrences();
            scan.Find(s, found);
            for (var id = 0; id < literals.Count; id++)
            {
                // A literal is searched by its first PatternLiterals.MaxLength characters (sound: its prefix occurs where it does).
                var cut = literals[id].ToLowerInvariant()[..Math.Min(PatternLiterals.MaxLength, literals[id].Length)];
                var expected = Enumerable.Range(0, s.Length).Where(i => s.AsSpan(i).StartsWith(cut, StringComparison.Ordinal)).ToList();
                var actual = new List<int>();
                for (var node = found.Head(id); node >= 0; node = found.Next(node)) actual.Add(found.Position(node));
                actual.Should().Equal(expected, $"literal '{literals[id]}' in '{s}'");
                found.First(id).Should().Be(expected.Count > 0 ? expected[0] : -1);
            }
        }
    }

    [Test]
    public void Each_pattern_slot_reads_the_first_of_its_literals_and_whether_one_is_assumed_anywhere()
    {
        var random = new Random(99);
        string[] pieces = ["the ", "head", "he", "ad", "£", "🍆", "a", " ", "x"];
        // Characters beyond the classes make some literals unrepresentable (assumed anywhere).
        var wide = Enumerable.Range(0, 260).Select(i => ((char)(0x4E00 + i)).ToString()).ToList();
        var found = new LiteralOccurrences();
        for (var round = 0; round < 300; round++)
        {
            var literals = Enumerable.Range(0, random.Next(1, 10))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => pieces[random.Next(pieces.Length)])))
                .Distinct().ToList();
            if (round % 3 == 0) literals.AddRange(wide.Where(w => !literals.Contains(w)));
            var slots = Enumerable.Range(0, random.Next(0, 6))
                .Select(_ => Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(literals.Count)).ToArray()).ToList();
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            new PatternLiterals(literals, slots).Find(text, found); // one LiteralOccurrences reused, as a check does
            for (var slot = 0; slot < slots.Count; slot++)
            {
                var firsts = slots[slot].Select(found.First).Where(f => f >= 0).ToList();
                found.SlotFirst(slot).Should().Be((firsts.Count > 0 ? firsts.Min() : int.MaxValue, slots[slot].Any(found.Anywhere)), $"slot {slot} in '{text}'");
            }
        }
    }

    [Test]
    public void Upper_case_ascii_in_the_text_matches_and_a_literal_beyond_the_alphabet_counts_as_present()
    {
        var scan = new PatternLiterals(["typical", "head"]);
        var found = new LiteralOccurrences();
        scan.Find("Our HEAD and a Typical day", found);
        found.First(0).Should().Be(15);
        found.First(1).Should().Be(4);

        // More distinct characters than the automaton's classes hold: the literals it cannot spell are assumed present.
        var many = Enumerable.Range(0, 300).Select(i => ((char)(0x4E00 + i)).ToString()).Append("zz").ToList();
        var wide = new PatternLiterals(many);
        var at = new LiteralOccurrences();
        wide.Find("no such characters here", at);
        Enumerable.Range(0, many.Count).Count(at.Anywhere).Should().BeGreaterThan(0);
        at.First(many.Count - 1).Should().Be(-1, "'zz' is spelled by the automaton and does not occur");
        at.Anywhere(many.Count - 1).Should().BeFalse();
    }

    [Test]
    public void Every_digit_reads_as_any_digit()
    {
        var scan = new PatternLiterals(["year \u0001", "/10", "u\u0001s"]);
        var found = new LiteralOccurrences();
        scan.Find("well done year 4! scored 9/12 for the u9s", found);
        found.First(0).Should().Be(10);
        found.First(1).Should().Be(26, "'/10' stands for a slash and two digits: the search may only err on the side of running a pattern");
        found.First(2).Should().Be(38);
    }

    private static readonly string[] Pieces =
    [
        "the ", "head", "HEAD", "He", "ad", "typical", " is", "Rubbish", "£", "@", "🍆", "ß", "x", "mat", "maths", "a", " ",
        ".", "\n", "É", "é", "e", "★", "–", "year 4", "10", "/12", "u9s", "\u0001", "0", "dinner money", "Ζ", "日本",
    ];

    private static string RandomText(Random random, string[] pieces, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length) text.Append(pieces[random.Next(pieces.Length)]);
        return text.ToString(0, length);
    }

    // Lengths around the search's part and block sizes (4 parts of 32 to 1,024 characters), and a few at random.
    private static readonly int[] Lengths = [0, 1, 15, 16, 127, 128, 129, 131, 300, 4095, 4096, 4097, 4099, 4096 + 127, 4096 + 128, 9000];

    [Test]
    public void Records_the_same_occurrences_in_the_same_order_as_the_reference([Range(1, 40)] int seed)
    {
        var random = new Random(seed);
        var literals = Enumerable.Range(0, random.Next(1, 60))
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => Pieces[random.Next(Pieces.Length)])))
            .Distinct().ToList();
        var texts = Lengths.Append(random.Next(20000)).Select(n => RandomText(random, Pieces, n));
        ShouldRecordWhatTheReferenceRecords(literals, texts);
    }

    [Test]
    public void Records_what_the_reference_records_with_more_distinct_characters_than_classes()
    {
        var random = new Random(254);
        var wide = Enumerable.Range(0, 300).Select(i => ((char)(0x4E00 + i)).ToString()).ToArray();
        var literals = Enumerable.Range(0, 400)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : wide[random.Next(wide.Length)])))
            .Distinct().ToList();
        string[] pieces = [.. wide, .. Pieces];
        var texts = Lengths.Select(n => RandomText(random, pieces, n)).ToList();
        // The same literals in reverse order into the same LiteralOccurrences: other ids are assumed present, and
        // the last automaton's must be forgotten.
        var found = new LiteralOccurrences();
        ShouldRecordWhatTheReferenceRecords(literals, texts, found);
        ShouldRecordWhatTheReferenceRecords([.. Enumerable.Reverse(literals)], texts, found);
    }

    [Test]
    public void Records_what_the_reference_records_past_the_occurrence_limit()
    {
        // Every character ends several literals: far more occurrences than LiteralOccurrences keeps.
        List<string> literals = ["a", "aa", "aaa", "a1", "11", "1a1", "b", "ab", "zzz"];
        var random = new Random(3);
        string[] pieces = ["a", "aa", "7", "42", "A", "b", " "];
        var texts = new[] { 200, 5000, 20000 }.Select(n => RandomText(random, pieces, n)).ToList();
        var found = new LiteralOccurrences();
        new PatternLiterals(literals).Find(texts[^1], found);
        found.Overflowed.Should().BeTrue();
        ShouldRecordWhatTheReferenceRecords(literals, texts);
    }

    [Test]
    public void Records_what_the_reference_records_with_more_states_than_16_bits_number()
    {
        var random = new Random(65536);
        var literals = Enumerable.Range(0, 6000)
            .Select(_ => new string(Enumerable.Range(0, PatternLiterals.MaxLength).Select(_ => (char)('a' + random.Next(26))).ToArray()))
            .Distinct().ToList();
        var prefixes = literals.SelectMany(l => Enumerable.Range(1, l.Length).Select(n => l[..n])).Distinct().Count();
        (prefixes + 1).Should().BeGreaterThan(ushort.MaxValue + 1, "the automaton must need 32-bit states");
        // Text that goes deep into the automaton: literals, their prefixes and random letters.
        string[] pieces = [.. literals.Take(500), .. literals.Take(500).Select(l => l[..random.Next(1, l.Length)]), "q", "z", " "];
        ShouldRecordWhatTheReferenceRecords(literals, [.. Lengths.Select(n => RandomText(random, pieces, n))]);
    }

    [Test]
    public void Records_what_the_reference_records_for_the_bundled_literals()
    {
        var literals = PatternFactsTests.BundledPatterns().SelectMany(p => PatternFacts.Of(p)?.Required ?? []).Distinct().ToList();
        literals.Should().HaveCount(new PolicyEngineBuilder().UseBundledRules().Build().PatternLiterals.Count, "these are the engine's literals");
        var random = new Random(1729);
        string[] pieces =
        [
            .. literals, .. literals.Select(l => l.ToUpperInvariant()), .. literals.Select(l => l[..(l.Length / 2)]),
            .. InputWords, .. Pieces,
        ];
        var norm = new NormalizedText();
        var texts = new List<string>();
        foreach (var length in Lengths.Append(20480))
        {
            var text = RandomText(random, pieces, length);
            norm.Normalize(text);
            texts.Add(text);
            texts.Add(norm.Chars.ToString()); // what checks search
        }
        ShouldRecordWhatTheReferenceRecords(literals, texts);
    }

    private static readonly string[] InputWords =
    [
        " ", " ", ", ", ". ", "! ", "\n\n", "school ", "pupils ", "Year 6 ", "trip ", "parents ", "Mrs Patel ", "07700 900123 ",
        "jo.bloggs@gmail.com ", "https://www.stathern.leics.sch.uk/news ", "£412.50 ", "🚀 ", "#ProudToBeUs ", "café ",
    ];

    /// <summary>Compares each literal's chain, node numbers included (they show the order occurrences were added in,
    /// which decides what is kept past the limit), and Anywhere, First and Overflowed. The search under test reuses
    /// one LiteralOccurrences for every text; the reference gets a fresh one each time.</summary>
    private static void ShouldRecordWhatTheReferenceRecords(List<string> literals, IEnumerable<string> texts, LiteralOccurrences? reused = null)
    {
        var scan = new PatternLiterals(literals);
        var reference = new ReferencePatternLiterals(literals);
        scan.Count.Should().Be(reference.Count);
        var found = reused ?? new LiteralOccurrences();
        foreach (var text in texts)
        {
            var expected = new LiteralOccurrences();
            reference.Find(text, expected);
            scan.Find(text, found);
            var context = text.Length <= 300 ? $"in '{text}'" : $"in a text of {text.Length} characters";
            found.Overflowed.Should().Be(expected.Overflowed, context);
            for (var id = 0; id < literals.Count; id++)
            {
                Chain(found, id).Should().Equal(Chain(expected, id), $"literal '{literals[id]}' {context}");
                found.Anywhere(id).Should().Be(expected.Anywhere(id), $"literal '{literals[id]}' {context}");
                found.First(id).Should().Be(expected.First(id), $"literal '{literals[id]}' {context}");
            }
        }
    }

    private static List<(int Node, int Position)> Chain(LiteralOccurrences found, int id)
    {
        var chain = new List<(int, int)>();
        for (var node = found.Head(id); node >= 0; node = found.Next(node)) chain.Add((node, found.Position(node)));
        return chain;
    }
}
