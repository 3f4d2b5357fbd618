using PolicyRules.Text;

namespace PolicyRules.Tests.Text;

public class TokenizerTests
{
    private static List<(TokenKind Kind, string Text, int Sentence)> Tokens(string text)
    {
        var n = new NormalizedText();
        n.Normalize(text);
        var t = new TokenizedText();
        Tokenizer.Tokenize(n, t);
        var list = new List<(TokenKind, string, int)>();
        for (var i = 0; i < t.Count; i++) list.Add((t[i].Kind, t.TextOf(t[i]).ToString(), t[i].Sentence));
        return list;
    }

    [Test]
    public void KindsOfTokens()
    {
        Tokens("Email office@stathern.sch.uk or see https://example.org/a?b=1. @MrsPatel #ProudOfYou 😀 cost 1,000 at 10:30")
            .Select(t => (t.Kind, t.Text)).Should().Equal(
                (TokenKind.Word, "email"), (TokenKind.Email, "office@stathern.sch.uk"), (TokenKind.Word, "or"), (TokenKind.Word, "see"),
                (TokenKind.Url, "https://example.org/a?b=1"), (TokenKind.Mention, "mrspatel"), (TokenKind.Hashtag, "proudofyou"),
                (TokenKind.Emoji, "😀"), (TokenKind.Word, "cost"), (TokenKind.Number, "1,000"), (TokenKind.Word, "at"), (TokenKind.Number, "10:30"));
    }

    [Test]
    public void SentencesBreakOnStopsAndNewlinesButNotAbbreviations()
    {
        Tokens("Mrs. Patel said hi. Then we left!\nNew line").Select(t => t.Sentence).Should().Equal(0, 0, 0, 0, 1, 1, 1, 2, 2);
    }

    // "Star of the Week / Tom Whitfield / Year 4", laid out with line breaks or <br>: short lines read as one sentence.
    [TestCase("Star of the Week\nTom Whitfield\nYear 4", 0, 0, 0, 0, 0, 0, 0, 0)]
    [TestCase("Tom Whitfield  \nin Year 4", 0, 0, 0, 0, 0)]
    // A line longer than four words or 32 characters, a sentence's stop, a blank line or a bullet still ends it.
    [TestCase("Year 4 trip\nSarah Jones drove the big minibus", 0, 0, 0, 1, 1, 1, 1, 1, 1)]
    [TestCase("Thank you to all our families\nSarah Jones", 0, 0, 0, 0, 0, 0, 1, 1)]
    [TestCase("Year 4 trip!\nSarah Jones", 0, 0, 0, 1, 1)]
    [TestCase("Tom Whitfield\n\nYear 4", 0, 0, 1, 1)]
    [TestCase("Stars\n- Tom Whitfield", 0, 1, 1)]
    public void ALineBreakBetweenTwoShortLinesKeepsTheSentence(string text, params int[] sentences) =>
        Tokens(text).Select(t => t.Sentence).Should().Equal(sentences);

    [Test]
    public void BlankLinesAndBulletsStartParagraphs()
    {
        var n = new NormalizedText();
        n.Normalize("One. Two\n\nThree\n \r\n\n\nFour\nFive\n- Six\n  \u2022 Seven\n-8 nine");
        var t = new TokenizedText();
        Tokenizer.Tokenize(n, t);
        Enumerable.Range(0, t.Count).Select(i => t.ParagraphOf(t[i].Sentence)).Should().Equal(0, 0, 1, 2, 2, 3, 4, 4, 4);
    }

    [TestCase("f u c k off", "fuck")]
    [TestCase("f.u.c.k off", "fuck")]
    [TestCase("f-u-c-k off", "fuck")]
    [TestCase("sh1t", "sh1t")]
    [TestCase("b!tch", "b!tch")]
    [TestCase("f**k", "f**k")]
    [TestCase("don't", "don't")]
    public void EvasionsStayOneWord(string text, string first) => Tokens(text)[0].Text.Should().Be(first);

    [Test]
    public void TwoSpacedLettersAreNotJoined() => Tokens("a b cat").Select(t => t.Text).Should().Equal("a", "b", "cat");
}
