using System.Globalization;
using System.Text;

namespace PolicyRules.Cli.Output;

/// <summary>
/// How many terminal columns text takes, so a caret line lines up under it: East Asian wide and full-width characters
/// (CJK, Hangul, full-width forms such as "０７７００") and emoji take two, combining marks and zero-width characters none,
/// anything else one. A short table of the ranges drafts meet, not the whole of Unicode's East Asian Width.
/// </summary>
internal static class DisplayWidth
{
    // Inclusive ranges of code points that take two columns.
    private static readonly (int First, int Last)[] Wide =
    [
        (0x1100, 0x115F),   // Hangul Jamo initial consonants
        (0x231A, 0x231B),   // watch, hourglass
        (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE),
        (0x2614, 0x2615),   // umbrella with rain, hot beverage
        (0x2648, 0x2653),   // zodiac
        (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
        (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA),
        (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E),
        (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
        (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E),   // CJK radicals, punctuation, ideographic space
        (0x3041, 0x33FF),   // kana, bopomofo, Hangul compatibility jamo, CJK compatibility
        (0x3400, 0x4DBF),   // CJK extension A
        (0x4E00, 0x9FFF),   // CJK unified ideographs
        (0xA000, 0xA4CF),   // Yi
        (0xA960, 0xA97F),   // Hangul Jamo extended A
        (0xAC00, 0xD7A3),   // Hangul syllables
        (0xF900, 0xFAFF),   // CJK compatibility ideographs
        (0xFE10, 0xFE19),   // vertical forms
        (0xFE30, 0xFE6F),   // CJK compatibility forms, small form variants
        (0xFF01, 0xFF60),   // full-width ASCII forms
        (0xFFE0, 0xFFE6),   // full-width signs
        (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A),
        (0x1F200, 0x1F251), // enclosed ideographic supplement
        (0x1F300, 0x1F64F), // pictographs, emoticons
        (0x1F680, 0x1F6FF), // transport and map symbols
        (0x1F7E0, 0x1F7EB),
        (0x1F900, 0x1F9FF), // supplemental symbols and pictographs
        (0x1FA70, 0x1FAFF), // symbols and pictographs extended A
        (0x20000, 0x2FFFD), // CJK extensions B and later
        (0x30000, 0x3FFFD),
    ];

    /// <summary>The columns <paramref name="text"/> takes on a terminal.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Of(rune);
        return width;
    }

    /// <summary>The columns one character takes: 0, 1 or 2.</summary>
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x300) return value is < 0x20 or (>= 0x7F and < 0xA0) ? 0 : 1; // ASCII and Latin-1: one, controls none
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format:
                return 0; // accents written as marks, zero-width joiner and spaces, variation selectors
        }
        if (value is >= 0x1160 and <= 0x11FF) return 0; // Hangul medial vowels and final consonants join the syllable
        return IsWide(value) ? 2 : 1;
    }

    private static bool IsWide(int value)
    {
        int lo = 0, hi = Wide.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (value < Wide[mid].First) hi = mid - 1;
            else if (value > Wide[mid].Last) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
