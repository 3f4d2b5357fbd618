using PolicyRules.Text;

namespace PolicyRules.Tests.Text;

/// <summary>The vectorised longest-run scan agrees with a plain walk over <see cref="char.IsWhiteSpace(char)"/>.</summary>
public class WhitespaceRunsTests
{
    [Test]
    public void Finds_the_same_longest_runs_as_a_character_by_character_walk()
    {
        var random = new Random(1121);
        // ASCII and Unicode whitespace, letters, and characters beyond ASCII that are not whitespace.
        char[] alphabet = [' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u0085', '\u00A0', '\u1680', '\u2003', '\u2028', '\u3000', 'a', 'b', 'é', "😀"[0], '\u200B', '-', '9'];
        for (var round = 0; round < 3000; round++)
        {
            var length = random.Next(0, 80);
            var text = new string(Enumerable.Range(0, length).Select(_ => random.Next(3) == 0 ? 'x' : alphabet[random.Next(alphabet.Length)]).ToArray());
            WhitespaceRuns.Longest(text).Should().Be(Walk(text), $"'{text}'");
        }
    }

    [Test]
    public void Agrees_on_long_texts_of_words_where_blocks_are_read_whole()
    {
        var random = new Random(77);
        string[] words = ["a", "the", "congratulations", "well", "done", "https://www.example.sch.uk/news", "year", "6", "\u00A0", "é"];
        string[] gaps = [" ", " ", " ", "  ", "\n", " \t", "\u2003"];
        for (var round = 0; round < 500; round++)
        {
            var text = new System.Text.StringBuilder();
            for (var n = random.Next(0, 300); n > 0; n--) text.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
            // A run of others longer than any before it, somewhere late, so the fast blocks must not miss it.
            if (random.Next(2) == 0) text.Insert(random.Next(text.Length + 1), new string('x', random.Next(15, 60)));
            WhitespaceRuns.Longest(text.ToString()).Should().Be(Walk(text.ToString()), $"'{text}'");
        }
    }

    [TestCase("")]
    [TestCase("abc")]
    [TestCase("   ")]
    [TestCase("a bb  ccc   dddd")]
    [TestCase("a long run of text without any breaks in it: https://www.example.sch.uk/news/2026/11/21/a-very-long-address")]
    public void Reads_runs_at_the_edges_and_across_blocks(string text) => WhitespaceRuns.Longest(text).Should().Be(Walk(text));

    private static (int NonSpace, int Space) Walk(string text)
    {
        int nonSpace = 0, space = 0, run = 0;
        var wasSpace = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            run = isSpace == wasSpace ? run + 1 : 1;
            wasSpace = isSpace;
            if (isSpace) space = Math.Max(space, run); else nonSpace = Math.Max(nonSpace, run);
        }
        return (nonSpace, space);
    }
}

/// <summary>The texts the prefilters step aside for.</summary>
public class ConfusableTests
{
    [TestCase("plain ASCII text, 123", false)]
    [TestCase("café, emoji 😀 and a non-breaking\u00A0space", false)]
    [TestCase("the \u212Aelvin sign", true)]
    [TestCase("a long \u017F", true)]
    [TestCase("dotted \u0130 and dotless \u0131", true)]
    [TestCase("year \u0663", true)]   // Arabic-Indic three: "\d" matches it
    [TestCase("year \uFF13", true)]   // a full-width three, were it left unfolded
    public void Finds_characters_the_literal_search_cannot_read_as_the_regex_does(string text, bool expected) =>
        PolicyRules.Detection.PatternFacts.HasConfusable(text).Should().Be(expected);
}
