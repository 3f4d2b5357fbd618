using PolicyRules.Recognition;
using PolicyRules.Text;

namespace PolicyRules.Tests.Text;

/// <summary><see cref="DraftView.DigitRuns"/>: every maximal run of ASCII digits, in order, found again for each check.</summary>
public class DigitRunsTests
{
    private static (int Start, int Length)[] Naive(string text)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            runs.Add((start, i - start));
        }
        return [.. runs];
    }

    [TestCase("")]
    [TestCase("no digits here")]
    [TestCase("7")]
    [TestCase("07700 900123")]
    [TestCase("Call 07700 900123 or (0161) 496-0000.")]
    [TestCase("٣ is not an ASCII digit; 1٣2 is two runs")]
    [TestCase("Year 3 and 14th at 8.40am, £412.50")]
    public void Holds_every_run_of_ascii_digits(string text) =>
        DraftView.Create(text).DigitRuns.ToArray().Should().Equal(Naive(text));

    [Test]
    public void Reads_full_width_digits_as_ascii_ones()
    {
        // DraftView.Text holds "07700 900123" where the draft has "０７７００ ９００１２３", at the same offsets.
        const string text = "Text me on ０７７００ ９００１２３ or ٣";
        var view = DraftView.Create(text);
        view.Text.Should().Be("Text me on 07700 900123 or ٣");
        view.DigitRuns.ToArray().Should().Equal((11, 5), (17, 6));
    }

    [Test]
    public void Holds_many_runs_and_long_ones()
    {
        var text = string.Join(" x", Enumerable.Range(0, 1_000).Select(i => new string('9', i % 40 + 1)));
        DraftView.Create(text).DigitRuns.ToArray().Should().Equal(Naive(text));
    }

    [Test]
    public void Is_found_again_after_the_view_is_reset_for_another_draft()
    {
        var view = DraftView.Create("12 and 345 then 6789 and more 0");
        view.DigitRuns.Length.Should().Be(4);
        const string next = "only 42";
        var folded = new NormalizedText();
        folded.Normalize(next);
        var tokens = new TokenizedText();
        Tokenizer.Tokenize(folded, tokens);
        view.Reset(folded, tokens, PostContext.Default);
        view.DigitRuns.ToArray().Should().Equal([(5, 2)]);
    }
}
