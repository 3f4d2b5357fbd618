namespace PolicyRules.Recognizers.Shared;

/// <summary>Word scanning over the original text for the name recognizers, without allocating.</summary>
internal static class Words
{
    /// <summary>
    /// Finds the next word at or after <paramref name="from"/>: letters with inner apostrophes or hyphens, combining
    /// marks after a letter, and invisible characters between two letters ("Ame\u00ADlia", "Ame\u200Blia").
    /// </summary>
    public static bool Next(string text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !char.IsLetter(text[i])) i++;
        start = i;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i])) { i++; continue; }
            if (text[i] is '\'' or '\u2019' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start) { i++; continue; }
            if (text[i] >= '\u00AD' && i > start && InWord(text, i)) { i++; continue; }
            break;
        }
        end = i;
        return end > start;
    }

    // Past the first letter, the non-letter at i belongs to the word: an accent typed as a combining mark after its letter
    // (decomposed text, "Zoe\u0308"), or an invisible character that a copy from a web page or an evasion put inside the
    // word: a soft hyphen, a zero-width space, non-joiner or joiner, a word joiner or a byte order mark, then a letter.
    // The folded text drops both; the word reader keeps them inside the word, so the span covers the whole name.
    private static bool InWord(string text, int i)
    {
        var c = text[i];
        if (!IsInvisible(c)) return c >= '\u0300' && IsCombiningMark(c);
        var j = i + 1;
        while (j < text.Length && IsInvisible(text[j])) j++;
        return j < text.Length && char.IsLetter(text[j]);
    }

    /// <summary>The invisible characters a word may hold between two letters: soft hyphen, zero-width space, non-joiner and
    /// joiner, word joiner and byte order mark (zero-width no-break space).</summary>
    public static bool IsInvisible(char c) => c is '\u00AD' or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    private static bool IsCombiningMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>True when only one or two spaces separate the two words (no punctuation or line break), perhaps with
    /// invisible characters beside them ("Amelia\u200B Jones"), or a single tab: a first name and a surname pasted from
    /// two columns of a spreadsheet ("Isla\tBrown").</summary>
    public static bool Adjacent(string text, int aEnd, int bStart)
    {
        var gap = bStart - aEnd;
        if (gap == 1 && text[aEnd] == '\t') return true;
        if (gap is 1 or 2 && text[aEnd] is ' ' or '\u00A0' && text[bStart - 1] is ' ' or '\u00A0') return true;
        return gap is > 1 and <= MaxGap && AdjacentPastInvisible(text, aEnd, bStart);
    }

    // The most characters between two adjacent words: two spaces and a few invisible characters.
    private const int MaxGap = 8;

    private static bool AdjacentPastInvisible(string text, int aEnd, int bStart)
    {
        var spaces = 0;
        for (var i = aEnd; i < bStart; i++)
        {
            if (text[i] is ' ' or '\u00A0') spaces++;
            else if (!IsInvisible(text[i])) return false;
        }
        return spaces is 1 or 2;
    }

    /// <summary>The word as a string without the invisible characters it holds (<see cref="IsInvisible"/>, and the mark
    /// <see cref="PolicyRules.Recognition.DraftView.MathLetterFiller"/> after a mathematical letter): for an entity's values,
    /// which a message or a suggestion shows ("𝐀𝐦𝐞𝐥𝐢𝐚" as "Amelia").</summary>
    public static string Visible(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAnyInRange('\u00AD', '\uFEFF') < 0 || !ContainsInvisible(word)) return word.ToString();
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
            if (!IsInvisible(c) && c != PolicyRules.Recognition.DraftView.MathLetterFiller) buffer[n++] = c;
        return buffer[..n].ToString();
    }

    private static bool ContainsInvisible(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (IsInvisible(c) || c == PolicyRules.Recognition.DraftView.MathLetterFiller) return true;
        return false;
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
