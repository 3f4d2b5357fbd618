namespace PolicyRules.Recognizers.Shared;

/// <summary>Word scanning over the original text for the name recognizers, without allocating.</summary>
internal static class Words
{
    /// <summary>Finds the next word at or after <paramref name="from"/>: letters with inner apostrophes or hyphens.</summary>
    public static bool Next(string text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !char.IsLetter(text[i])) i++;
        start = i;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i])) { i++; continue; }
            if (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start) { i++; continue; }
            // An accent typed as a combining mark after its letter (decomposed text, "Zoe\u0308") is part of the word.
            if (text[i] >= '\u0300' && i > start && IsCombiningMark(text[i])) { i++; continue; }
            break;
        }
        end = i;
        return end > start;
    }

    private static bool IsCombiningMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>True when only one or two spaces separate the two words (no punctuation or line break).</summary>
    public static bool Adjacent(string text, int aEnd, int bStart)
    {
        var gap = bStart - aEnd;
        if (gap is < 1 or > 2) return false;
        for (var i = aEnd; i < bStart; i++)
            if (text[i] is not (' ' or '\u00A0')) return false;
        return true;
    }

    /// <summary>True when the word starts a sentence (or a line, or follows a colon).</summary>
    public static bool AtSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '"' or '\'' or '(' or '\u201C' or '\u2018' or '*' or '-' || char.IsSurrogate(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.OtherSymbol)) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r' or ':';
    }

    // ContainsAnyInRange boxes in its tier-0 code (not precompiled on AVX-512 machines): 96 B per call until it tiers up.
    private static readonly System.Buffers.SearchValues<char> LowerAscii = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    /// <summary>Capitalised as a name: an upper-case first letter and at least one lower-case letter.</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word[1..].ContainsAny(LowerAscii) || word.Length > 1 && char.IsUpper(word[0]) && word[1] is '\'' or '\u2019';

    /// <summary>
    /// True when the word ending at <paramref name="end"/> is a town in a postal address: a postcode follows it ("Dudley
    /// DY1 4QT", "Dudley · DY1 4QT"), or it follows a street after a comma or a dot ("Oak Road, Dudley").
    /// </summary>
    public static bool InPostalAddress(string text, int start, int end, ReadOnlySpan<char> wordBefore)
    {
        var i = end;
        while (i < text.Length && i - end < 4 && text[i] is ' ' or ',' or '\u00B7' or '|' or '-' or '\u2013') i++;
        if (i > end && IsPostcodeAt(text, i)) return true;
        if (wordBefore.IsEmpty || !(wordBefore is "Road" or "Street" or "Lane" or "Avenue" or "Close" or "Drive" or "Way" or "Crescent" or "Grove" or "Gardens")) return false;
        var separator = text.AsSpan(0, start).TrimEnd(' ');
        return separator.Length > 0 && separator[^1] is ',' or '\u00B7' or '|';
    }

    // An outward code (one or two letters, a digit, maybe a letter or digit), a space, an inward code (a digit, two letters).
    private static bool IsPostcodeAt(string text, int i)
    {
        var j = i;
        var letters = 0;
        while (j < text.Length && char.IsAsciiLetterUpper(text[j]) && letters < 2) { j++; letters++; }
        if (letters == 0 || j >= text.Length || !char.IsAsciiDigit(text[j])) return false;
        j++;
        if (j < text.Length && (char.IsAsciiDigit(text[j]) || char.IsAsciiLetterUpper(text[j]))) j++;
        if (j >= text.Length || text[j] != ' ') return false;
        j++;
        return j + 3 <= text.Length && char.IsAsciiDigit(text[j]) && char.IsAsciiLetterUpper(text[j + 1]) && char.IsAsciiLetterUpper(text[j + 2])
            && (j + 3 == text.Length || !char.IsLetterOrDigit(text[j + 3]));
    }

    /// <summary>A possessive "'s" (in capitals, "'S") at the end, trimmed.</summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019' ? word[..^2] : word;
}
