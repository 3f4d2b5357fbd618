using PolicyRules.Text;

namespace PolicyRules.Tests.Text;

/// <summary>Normalised text maps back to the exact original characters.</summary>
public class OffsetMapTests
{
    [TestCase("Café", "cafe")]
    [TestCase("Cafe\u0301 au lait", "cafe au lait")]
    [TestCase("ＦＵＬＬ width", "full width")]
    [TestCase("zero\u200Bwidth\uFEFF", "zerowidth")]
    [TestCase("Straße", "strasse")]
    [TestCase("\u0441\u0430t", "cat")] // Cyrillic с and а
    [TestCase("smile 😀 ok", "smile 😀 ok")]
    [TestCase("a\r\nb", "a\n\nb")]
    [TestCase("NUL\0here", "nulhere")]
    public void Folds(string original, string folded)
    {
        var n = new NormalizedText();
        n.Normalize(original);
        n.Chars.ToString().Should().Be(folded);
    }

    [TestCase("Café crème brûlée 😀 and ﬁne", "creme", "crème")]
    [TestCase("Cafe\u0301 time", "cafe", "Cafe\u0301")]
    [TestCase("the sh1t hit", "sh1t", "sh1t")]
    [TestCase("zero\u200Bwidth word", "zerowidth", "zero\u200Bwidth")]
    [TestCase("😀😀 Straße 😀", "strasse", "Straße")]
    [TestCase("ﬁne day", "fine", "ﬁ" + "ne")]
    public void SpansMapBackToTheOriginal(string original, string foldedWord, string originalWord)
    {
        var n = new NormalizedText();
        n.Normalize(original);
        var at = n.Chars.ToString().IndexOf(foldedWord, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        var start = n.OriginalStart(at);
        var end = n.OriginalEnd(at + foldedWord.Length - 1);
        original[start..end].Should().Be(originalWord);
    }

    [Test]
    public void EveryFoldedCharacterMapsInsideTheOriginal([Random(0, int.MaxValue, 20)] int seed)
    {
        var random = new Random(seed);
        var pieces = new[] { "a", "É", "\u0301", "😀", "\u200B", "ﬁ", "ß", " ", "\n", "\r", "Ｋ", "\uD800", "\uDC00", "1", "!", "а" };
        var text = string.Concat(Enumerable.Range(0, 200).Select(_ => pieces[random.Next(pieces.Length)]));
        var n = new NormalizedText();
        n.Normalize(text);
        var previous = 0;
        for (var i = 0; i < n.Length; i++)
        {
            var start = n.OriginalStart(i);
            var end = n.OriginalEnd(i);
            start.Should().BeGreaterThanOrEqualTo(previous);
            end.Should().BeGreaterThan(start).And.BeLessThanOrEqualTo(text.Length);
            previous = start;
        }
    }
}
