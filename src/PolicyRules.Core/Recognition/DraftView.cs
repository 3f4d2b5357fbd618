using System.Buffers;
using PolicyRules.Text;

namespace PolicyRules.Recognition;

/// <summary>
/// A read-only view of the draft being checked, for recognizers and classifiers: the original
/// text, its folded form with a map back, its tokens, and the context. Valid only during the call.
/// </summary>
public sealed class DraftView
{
    private NormalizedText _folded = null!;
    private string _text = "";
    private TokenizedText _tokens = null!;
    private (int Start, int Length)[] _digitRuns = new (int, int)[16];
    private int _digitRunCount = -1; // -1: not yet found for this check

    /// <summary>What the engine's rules keep of the running recognizer's entities; null keeps everything.</summary>
    internal EntityFilter? Filter { get; set; }

    /// <summary>
    /// False when no rule of the engine running this check would keep an entity with these tags at this confidence,
    /// so the recognizer may skip building it (its strings, tags and values): a clean draft then allocates nothing.
    /// Pass <paramref name="moreTags"/> when the entity may get tags beyond these. Always true outside an engine.
    /// </summary>
    public bool Wants(ReadOnlySpan<string> tags, double confidence, bool moreTags = false) =>
        Filter?.Wants(tags, confidence, moreTags) ?? true;

    internal void Reset(NormalizedText folded, TokenizedText tokens, PostContext context)
    {
        _folded = folded;
        _text = Plain(folded.Original);
        _tokens = tokens;
        Context = context;
        _digitRunCount = -1;
    }

    /// <summary>
    /// Normalises and tokenises a draft on its own, outside an engine: for training a classifier,
    /// testing a recognizer or benchmarking. Allocates; the engine reuses its views instead.
    /// </summary>
    public static DraftView Create(string text, PostContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new NormalizedText();
        folded.Normalize(text);
        var tokens = new TokenizedText();
        Tokenizer.Tokenize(folded, tokens);
        var view = new DraftView();
        view.Reset(folded, tokens, context ?? PostContext.Default);
        return view;
    }

    /// <summary>The original text, with no-break, figure, thin, narrow and ideographic spaces read as plain spaces,
    /// full-width digits, letters and the signs between digits ("０７７００", "＋４４", "（０１６１）", "Ａｍｅｌｉａ") as ASCII,
    /// and the mathematical letters of fancy text ("𝐀𝐦𝐞𝐥𝐢𝐚", two units each) as the ASCII letter and
    /// <see cref="MathLetterFiller"/>, at the same offsets; entity spans index this.</summary>
    public string Text => _text;

    private static readonly SearchValues<char> OddSpaces = SearchValues.Create("\u00A0\u2007\u2009\u202F\u3000");

    // The full-width forms of '(' to ':' (brackets, + , - . / and the digits) and of the letters, each 0xFEE0 above its
    // ASCII character: "Ａｍｅｌｉａ Ｊｏｎｅｓ" is a name to the recognizers that read words, as "０７７００" is a number.
    private const char FullWidthFirst = '\uFF08', FullWidthLast = '\uFF1A';
    private const char FullWidthUpperFirst = '\uFF21', FullWidthUpperLast = '\uFF3A', FullWidthLowerFirst = '\uFF41', FullWidthLowerLast = '\uFF5A';
    private const int FullWidthOffset = 0xFEE0;

    private static bool IsMappedFullWidth(char c) =>
        c is >= FullWidthFirst and <= FullWidthLast or >= FullWidthUpperFirst and <= FullWidthUpperLast or >= FullWidthLowerFirst and <= FullWidthLowerLast;

    // The mathematical letters of "fancy text" generators ("𝐀𝐦𝐞𝐥𝐢𝐚", "𝘑𝘰𝘯𝘦𝘴", U+1D400..U+1D7FF) are surrogate pairs behind
    // U+D835: each reads as its ASCII letter (NFKC, case kept), indexed by low surrogate - U+DC00, then the combining
    // grapheme joiner, an invisible mark that the word readers keep inside the word (as they keep an accent typed after
    // its letter), so the pair's two units stay two and a name's span covers both. Zero where the pair is no letter.
    private const char MathHighSurrogate = '\uD835';

    /// <summary>What <see cref="Text"/> holds after a mathematical letter's ASCII letter, in place of its low surrogate:
    /// U+034F COMBINING GRAPHEME JOINER, which shows nothing and is dropped from the folded text.</summary>
    public const char MathLetterFiller = '\u034F';

    private static readonly char[] MathLetters = BuildLetters(1024, i => new string([MathHighSurrogate, (char)(0xDC00 + i)]));

    // The letters of those alphabets that Unicode had already encoded ("ℎ" of the italic, "ℬ", "ℯ", "ℴ" of the script,
    // "ℌ" of the fraktur, "ℂ" of the double-struck ones), one unit each; not the Kelvin sign, nor "ℹ".
    private const char LetterlikeFirst = '\u2102', LetterlikeLast = '\u2134';
    private static readonly char[] LetterlikeLetters =
        BuildLetters(LetterlikeLast - LetterlikeFirst + 1, i => LetterlikeFirst + i == '\u212A' ? "" : ((char)(LetterlikeFirst + i)).ToString());

    // The ASCII letter each of count characters is under NFKC, or zero.
    private static char[] BuildLetters(int count, Func<int, string> character)
    {
        var letters = new char[count];
        for (var i = 0; i < count; i++)
        {
            var s = character(i);
            if (s.Length == 0) continue;
            var plain = s.Normalize(System.Text.NormalizationForm.FormKC);
            if (plain.Length == 1 && char.IsAsciiLetter(plain[0])) letters[i] = plain[0];
        }
        return letters;
    }

    /// <summary>
    /// Letters written with other characters that NFKC reads as an ASCII letter, or that stand for one: circled letters
    /// ("Ⓐⓜⓔⓛⓘⓐ"), superscript and modifier letters ("ᴬᵐᵉˡⁱᵃ"), case kept, and small capitals ("ᴀᴍᴇʟɪᴀ", read as
    /// capitals, which they look like); and the blank characters that show as a space (Hangul fillers, the blank Braille
    /// pattern) as a space. One character for one.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<char, char> OtherLetters = BuildOtherLetters();

    private static System.Collections.Frozen.FrozenDictionary<char, char> BuildOtherLetters()
    {
        var map = new Dictionary<char, char>();
        foreach (var (first, last) in new[] { ('\u02B0', '\u02FF'), ('\u1D2C', '\u1DBF'), ('\u2070', '\u209F'), ('\u24B6', '\u24E9') })
            for (var c = first; c <= last; c++)
                if (c.ToString().Normalize(System.Text.NormalizationForm.FormKC) is { Length: 1 } plain && char.IsAsciiLetter(plain[0])) map[c] = plain[0];
        for (var i = 0; i < CharFolding.SmallCapitals.Length; i++) map[CharFolding.SmallCapitals[i]] = char.ToUpperInvariant(CharFolding.SmallCapitalLetters[i]);
        foreach (var blank in CharFolding.BlankLetters) map[blank] = ' ';
        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(map);
    }

    /// <summary>The high surrogate of the Unicode tag characters (U+E0000..U+E007F), invisible, that an evasion puts inside
    /// a word ("Ame\U000E0041lia"): <see cref="Text"/> holds a word joiner for each of the pair's two units, which the word
    /// readers keep inside the word and the name lists ignore.</summary>
    private const char TagHighSurrogate = '\uDB40';

    // Every kind, so a draft with none (almost every one) is read once.
    private static readonly SearchValues<char> OddSpacesAndFullWidth =
        SearchValues.Create("\u00A0\u2007\u2009\u202F\u3000" + MathHighSurrogate + TagHighSurrogate + string.Concat(OtherLetters.Keys)
            + string.Concat(Enumerable.Range(FullWidthFirst, FullWidthLowerLast - FullWidthFirst + 1).Select(c => (char)c).Where(IsMappedFullWidth))
            + string.Concat(Enumerable.Range(0, LetterlikeLetters.Length).Where(i => LetterlikeLetters[i] != 0).Select(i => (char)(LetterlikeFirst + i))));

    /// <summary>
    /// Word and "&amp;nbsp;" put fixed-width spaces between the groups of a phone number or a postcode, and a keyboard in
    /// full-width mode types "０７７００　９００１２３" or "Ａｍｅｌｉａ": every recognizer reads them as ASCII spaces, digits,
    /// signs and letters without listing them, one character for one, so spans stay offsets into the original; a fancy
    /// text generator's "𝐀𝐦𝐞𝐥𝐢𝐚" is read as "A\u034Fm\u034Fe..." (its letters, each with an invisible mark in place of
    /// the pair's second unit). A text without any is not copied.
    /// </summary>
    internal static string Plain(string text)
    {
        // Every one of them is above U+009F: a range search (a few vector compares) settles a text without any, where
        // the set's own search is a probabilistic map, several times slower per character.
        var beyond = text.AsSpan().IndexOfAnyExceptInRange('\0', '\u009F');
        if (beyond < 0) return text;
        var first = text.AsSpan(beyond).IndexOfAny(OddSpacesAndFullWidth);
        if (first < 0) return text;
        first += beyond;
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                var c = span[i];
                if (IsMappedFullWidth(c)) span[i] = (char)(c - FullWidthOffset);
                else if (OddSpaces.Contains(c)) span[i] = ' ';
                else if (c == MathHighSurrogate && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]) && MathLetters[span[i + 1] - 0xDC00] is var letter and not '\0')
                {
                    span[i] = letter;
                    span[++i] = MathLetterFiller;
                }
                else if (c is >= LetterlikeFirst and <= LetterlikeLast && LetterlikeLetters[c - LetterlikeFirst] is var plain and not '\0') span[i] = plain;
                else if (c == TagHighSurrogate && i + 1 < span.Length && span[i + 1] is >= '\uDC00' and <= '\uDC7F')
                {
                    span[i] = '\u2060';
                    span[++i] = '\u2060';
                }
                else if (c >= '\u0260' && OtherLetters.TryGetValue(c, out var other)) span[i] = other;
            }
        });
    }

    /// <summary>The context of the check.</summary>
    public PostContext Context { get; private set; } = PostContext.Default;

    /// <summary>The text case-folded, accent-free, with invisible characters removed.</summary>
    public ReadOnlySpan<char> Folded => _folded.Chars;

    /// <summary>
    /// Folds <paramref name="text"/> as <see cref="Folded"/> is folded (case, accents, full-width and look-alike letters,
    /// invisible characters) into <paramref name="destination"/>; false when it does not fit. A recognizer that reads
    /// <see cref="Text"/> looks a word up in a folded list with it, without allocating ("Zoë" as "zoe").
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written) =>
        NormalizedText.TryFold(text, destination, out written);

    /// <summary>Maps a span of <see cref="Folded"/> back to (start, length) in <see cref="Text"/>.</summary>
    public (int Start, int Length) ToOriginal(int foldedStart, int foldedLength)
    {
        var start = _folded.OriginalStart(foldedStart);
        if (foldedLength <= 0) return (start, 0);
        return (start, _folded.OriginalEnd(foldedStart + foldedLength - 1) - start);
    }

    /// <summary>
    /// The maximal runs of ASCII digits ('0' to '9') in <see cref="Text"/>, in order, each as (start, length). Found on
    /// first use and kept for the rest of the check, so the recognizers that start from digits share one scan; the
    /// buffer is reused by later checks on this view.
    /// </summary>
    public ReadOnlySpan<(int Start, int Length)> DigitRuns
    {
        get
        {
            if (_digitRunCount < 0) FindDigitRuns();
            return _digitRuns.AsSpan(0, _digitRunCount);
        }
    }

    private void FindDigitRuns()
    {
        var text = Text.AsSpan();
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = text[i..].IndexOfAnyInRange('0', '9');
            if (start < 0) break;
            start += i;
            // Runs are short: a scalar walk to the end beats a second vector search (half the cost on a newsletter).
            var end = start + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            if (count == _digitRuns.Length) Array.Resize(ref _digitRuns, count * 2);
            _digitRuns[count++] = (start, end - start);
            i = end;
        }
        _digitRunCount = count;
    }

    /// <summary>The number of tokens.</summary>
    public int TokenCount => _tokens.Count;

    /// <summary>The folded text of token <paramref name="i"/> (without # or @ for hashtags and mentions).</summary>
    public ReadOnlySpan<char> TokenText(int i) => _tokens.TextOf(_tokens[i]);

    /// <summary>The kind of token <paramref name="i"/>.</summary>
    public TokenKind TokenKind(int i) => _tokens[i].Kind;

    /// <summary>
    /// The index of the first token of <paramref name="kind"/> at or after <paramref name="from"/>, or -1. For
    /// emails, addresses, mentions, hashtags and emoji it skips the words between them without looking at each.
    /// </summary>
    public int NextToken(TokenKind kind, int from) => _tokens.NextOfKind(kind, from);

    /// <summary>The sentence number of token <paramref name="i"/>.</summary>
    public int SentenceOf(int i) => _tokens[i].Sentence;

    /// <summary>The original (start, length) of token <paramref name="i"/>.</summary>
    public (int Start, int Length) TokenSpan(int i)
    {
        var start = _tokens.OriginalStart(_tokens[i]);
        return (start, _tokens.OriginalEnd(_tokens[i]) - start);
    }
}
