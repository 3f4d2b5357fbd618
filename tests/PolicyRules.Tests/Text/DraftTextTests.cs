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

    // A fancy text generator's letters are surrogate pairs: each reads as its ASCII letter and an invisible mark, two units
    // for two; the letters Unicode had encoded before ("ℎ" of the italic alphabet) as their ASCII letter. Digits stay.
    [TestCase("𝐀𝐦𝐞𝐥𝐢𝐚 𝘑𝘰𝘯𝘦𝘴", "A\u034Fm\u034Fe\u034Fl\u034Fi\u034Fa\u034F J\u034Fo\u034Fn\u034Fe\u034Fs\u034F")]
    [TestCase("𝑆𝑎𝑟𝑎ℎ, 𝒥ℴ𝓃ℯ𝓈 𝟓", "S\u034Fa\u034Fr\u034Fa\u034Fh, J\u034Fon\u034Fes\u034F 𝟓")]
    [TestCase("\u212Aik 😀", "\u212Aik 😀")]   // the Kelvin sign is no letter of those alphabets; emoji are no letters
    public void Reads_mathematical_letters_as_ascii_ones_at_the_same_offsets(string text, string expected)
    {
        var plain = DraftView.Create(text).Text;
        plain.Should().Be(expected);
        plain.Length.Should().Be(text.Length);
    }

    [TestCase("Well done to Amelia Jones in Year 5!")]
    [TestCase("Café, Zoë and 😀 — nothing to map")]
    public void Does_not_copy_a_text_with_nothing_to_map(string text) => DraftView.Create(text).Text.Should().BeSameAs(text);
}
