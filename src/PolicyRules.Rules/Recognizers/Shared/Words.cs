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
            break;
        }
        end = i;
        return end > start;
    }

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

    /// <summary>A possessive "'s" at the end, trimmed.</summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '\u2019' ? word[..^2] : word;
}
