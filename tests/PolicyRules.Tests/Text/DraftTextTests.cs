using PolicyRules.Recognition;

namespace PolicyRules.Tests.Text;

/// <summary>
/// <see cref="DraftView.Text"/>, what the recognizers read: the original with odd spaces and full-width forms read as
/// ASCII, one UTF-16 unit for one, so spans stay offsets into the original.
/// </summary>
public class DraftTextTests
{
    [Test]
    public void Reads_full_width_letters_as_ascii_ones()
    {
        const string text = "Well done to Ａｍｅｌｉａ Ｊｏｎｅｓ, ０７７００ ９００１２３";
        DraftView.Create(text).Text.Should().Be("Well done to Amelia Jones, 07700 900123");
    }

    // Full-width signs other than those between digits keep their form ("＠" is read by the mention recognizer as it is).
    [TestCase("Ｈｉ！ ＠ｊｅｓｓ ＃ｆｕｎ", "Hi！ ＠jess ＃fun")]
    public void Keeps_the_other_full_width_signs(string text, string expected) => DraftView.Create(text).Text.Should().Be(expected);

    [TestCase("Well done to Amelia Jones in Year 5!")]
    [TestCase("Café, Zoë and 😀 — nothing to map")]
    public void Does_not_copy_a_text_with_nothing_to_map(string text) => DraftView.Create(text).Text.Should().BeSameAs(text);
}
