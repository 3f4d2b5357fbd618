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
            var found = new int[literals.Count];
            scan.FindFirst(s, found);
            for (var id = 0; id < literals.Count; id++)
            {
                // A literal is searched by its first PatternLiterals.MaxLength characters (sound: its prefix occurs where it does).
                var cut = literals[id].ToLowerInvariant()[..Math.Min(PatternLiterals.MaxLength, literals[id].Length)];
                found[id].Should().Be(s.IndexOf(cut, StringComparison.Ordinal), $"literal '{literals[id]}' in '{s}'");
            }
        }
    }

    [Test]
    public void Upper_case_ascii_in_the_text_matches_and_a_literal_beyond_the_alphabet_counts_as_present()
    {
        var scan = new PatternLiterals(["typical", "head"]);
        var found = new int[2];
        scan.FindFirst("Our HEAD and a Typical day", found);
        found.Should().Equal(15, 4);

        // More distinct characters than the automaton's classes hold: the literals it cannot spell are assumed present.
        var many = Enumerable.Range(0, 300).Select(i => ((char)(0x4E00 + i)).ToString()).Append("zz").ToList();
        var wide = new PatternLiterals(many);
        var at = new int[many.Count];
        wide.FindFirst("no such characters here", at);
        at.Count(a => a == 0).Should().BeGreaterThan(0);
        at[^1].Should().Be(-1, "'zz' is spelled by the automaton and does not occur");
    }
}
