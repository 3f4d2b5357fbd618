using System.Text;
using PolicyRules.Detection;

namespace PolicyRules.Tests.Matching;

/// <summary>The one-pass literal search agrees with a plain search for every literal (STYLE.md item 10).</summary>
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
}
