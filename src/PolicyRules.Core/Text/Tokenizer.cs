using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyRules.Text;

/// <summary>
/// Splits normalised text into words, numbers, emails, URLs, @mentions, #hashtags and emoji, with
/// sentence numbers and quotation flags. Spaced-out letters ("f u c k", "f.u.c.k") become one word.
/// </summary>
internal static class Tokenizer
{
    // Words whose '.' does not end a sentence: one pattern the compiler turns into a switch on length and letters,
    // not a comparison per abbreviation for every short word before a full stop.
    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        word is "mr" or "mrs" or "ms" or "miss" or "dr" or "st" or "prof" or "rev" or "cllr" or "no" or "vs" or "etc" or "eg" or "ie"
            or "e.g" or "i.e" or "approx" or "dept" or "ft";

    // Characters that end the local part of an address before its '@' (a filter only; ScanEmail decides).
    private static readonly System.Buffers.SearchValues<char> NotInEmail = System.Buffers.SearchValues.Create(" \n\t,;:!?\"()<>[]/");

    // ASCII characters that end a word of letters for every scanner: not letters or digits, not masking symbols
    // (! @ $ | *), inner apostrophes, address characters (. _ % + - @) or a URL's "http:".
    private static readonly bool[] PlainEnd = [.. Enumerable.Range(0, 128).Select(c => c < 32 || " \t,;?\"()<>[]{}/\\#&=~^`\x7f".Contains((char)c))];

    // The text ends at j or has a plain end there. Those symbols above that continue a word, an address or a
    // URL only when a letter, a digit or another symbol follows them end it too when a plain end follows
    // ("home. ", "wow! ", "pick-up- "); ':' is left out, as "http:/" would be taken for a word.
    private static bool EndsPlainWord(ReadOnlySpan<char> s, int j) => j >= s.Length || (s[j] < 128 && PlainEnd[s[j]]);

    /// <summary>The most characters (spaces trimmed) and words of a line that <see cref="JoinsShortLines"/> reads as part of
    /// a layout of short lines.</summary>
    internal const int ShortLineChars = 32, ShortLineWords = 4;

    /// <summary>
    /// True when the line break at <paramref name="newline"/> sits between two short lines with no sentence end, blank line
    /// or bullet between them: a newsletter's "award / name / class" laid out with line breaks or &lt;br&gt; ("Star of the
    /// Week\nTom Whitfield\nYear 4", "Tom Whitfield\nin Year 4") reads as one sentence, as it would on one line. A line
    /// longer than <see cref="ShortLineChars"/> characters or <see cref="ShortLineWords"/> words (a sentence of its own, a
    /// paragraph's wrapped text) still ends the sentence at its break.
    /// </summary>
    internal static bool JoinsShortLines(ReadOnlySpan<char> s, int lineStart, int newline)
    {
        if (!IsShortLine(s[lineStart..newline])) return false;
        // Each line is searched once, as the line after a break: linear in the text.
        var next = newline + 1;
        var end = s[next..].IndexOf('\n') is var k and >= 0 ? next + k : s.Length;
        var line = s[next..end].Trim(" \t\r");
        // A blank line ends a paragraph; a bulleted line starts a point of its own.
        if (line.IsEmpty || line[0] is '-' or '*' or '\u2022' or '\u2013' && line.Length > 1 && line[1] == ' ') return false;
        return IsShortLine(line);
    }

    private static bool IsShortLine(ReadOnlySpan<char> line)
    {
        line = line.Trim(" \t\r");
        if (line.IsEmpty || line.Length > ShortLineChars) return false;
        var words = 0;
        for (var j = 0; j < line.Length; j++)
            if (line[j] is not (' ' or '\t') && (j == 0 || line[j - 1] is ' ' or '\t')) words++;
        return words <= ShortLineWords;
    }

    public static void Tokenize(NormalizedText norm, TokenizedText into)
    {
        into.Reset(norm);
        var s = norm.Chars;
        var sentence = 0;
        var sentenceOpen = false;
        var inQuote = false;
        var nextAt = s.IndexOf('@');
        // Where the last failed email scan stopped: a start before it would fail the same way, so
        // skipping it keeps tokenising linear ("0-0-0-0-..." was quadratic).
        var noEmailUntil = 0;
        var i = 0;
        var lineStart = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ' ') { i++; continue; }
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                var wordsEnd = PlainWords(s, i, into, sentence, inQuote);
                if (wordsEnd > i)
                {
                    sentenceOpen = true;
                    i = wordsEnd;
                    continue;
                }
            }
            if (c == '\n')
            {
                if (sentenceOpen && !JoinsShortLines(s, lineStart, i)) { sentence++; sentenceOpen = false; }
                inQuote = false;
                i++;
                lineStart = i;
                // A blank line ends a paragraph (a document's blocks are joined by one), and a bulleted line starts one
                // (each item of a list is a point of its own): "within N words" stops there.
                var next = i;
                while (next < s.Length && s[next] is ' ' or '\t' or '\r') next++;
                if (next < s.Length && into.Count > 0
                    && (s[next] == '\n' || s[next] is '-' or '*' or '\u2022' or '\u2013' && next + 1 < s.Length && s[next + 1] == ' '))
                    into.StartParagraph(sentence);
                continue;
            }
            if (c == '"') { inQuote = !inQuote; i++; continue; }
            if (c is '.' or '!' or '?' or ';')
            {
                if (sentenceOpen && EndsSentence(s, i, into)) { sentence++; sentenceOpen = false; }
                i++;
                continue;
            }

            int end;
            TokenKind kind;
            int textStart, textEnd;
            if (IsWordChar(c) || (c is '$' && i + 1 < s.Length && char.IsLetter(s[i + 1])))
            {
                // An email needs an '@' ahead: find the next one with one vectorised search, not a scan per word.
                if (nextAt >= 0 && nextAt < i)
                {
                    var k = s[i..].IndexOf('@');
                    nextAt = k < 0 ? -1 : i + k;
                }
                if (nextAt >= 0 && i >= noEmailUntil)
                {
                    // A character that cannot be in an address's local part before the '@': no start before it
                    // can be an email either.
                    var breaker = s[i..nextAt].IndexOfAny(NotInEmail);
                    if (breaker >= 0) noEmailUntil = i + breaker + 1;
                }
                if (c is 'h' or 'w' && (end = ScanUrl(s, i)) > i) { kind = TokenKind.Url; textStart = i; textEnd = end; }
                else if (nextAt >= 0 && i >= noEmailUntil && (end = ScanEmail(s, i, ref noEmailUntil)) > i) { kind = TokenKind.Email; textStart = i; textEnd = end; }
                else
                {
                    end = ScanWord(s, i, out var hasLetter);
                    kind = hasLetter ? TokenKind.Word : TokenKind.Number;
                    textStart = i; textEnd = end;
                    if (kind == TokenKind.Word && end - i == 1 && TryJoinSpacedLetters(s, i, into, sentence, inQuote, out var joinedEnd))
                    {
                        sentenceOpen = true;
                        i = joinedEnd;
                        continue;
                    }
                }
            }
            else if (c is '@' or '#' && i + 1 < s.Length && (IsWordChar(s[i + 1]) || (c == '@' && s[i + 1] == '_' && i + 2 < s.Length && IsWordChar(s[i + 2])))
                && (i == 0 || !IsWordChar(s[i - 1])))
            {
                end = i + 1;
                while (end < s.Length && (IsWordChar(s[end]) || s[end] == '_' || (s[end] == '.' && c == '@' && end + 1 < s.Length && IsWordChar(s[end + 1])))) end++;
                kind = c == '@' ? TokenKind.Mention : TokenKind.Hashtag;
                textStart = i + 1; textEnd = end;
            }
            else if (char.IsHighSurrogate(c) || (c >= '\u2190' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol))
            {
                end = char.IsHighSurrogate(c) && i + 1 < s.Length ? i + 2 : i + 1;
                kind = TokenKind.Emoji;
                textStart = i; textEnd = end;
            }
            else
            {
                i++;
                continue;
            }

            ref var t = ref into.Add();
            t.Start = i; t.End = end; t.TextStart = textStart; t.TextLength = textEnd - textStart;
            t.Kind = kind; t.Sentence = sentence; t.InQuote = inQuote;
            if (kind >= TokenKind.Email) into.NoteMarked();
            sentenceOpen = true;
            i = end;
        }
        into.SetSentenceCount(sentenceOpen ? sentence + 1 : sentence);
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>A lexicon phrase's words, folded and split exactly as drafts are ("Child-Protection" is "child
    /// protection"), read with <paramref name="norm"/> and <paramref name="tokens"/>, which keep the phrase after.</summary>
    public static string[] PhraseWords(string phrase, NormalizedText norm, TokenizedText tokens)
    {
        norm.Normalize(phrase);
        Tokenize(norm, tokens);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = tokens.TextOf(tokens[i]).ToString();
        return words;
    }

    // Most tokens are lower-case ASCII words of two or more letters followed by a character that can neither continue
    // them (masks, inner apostrophes) nor make them an address or a URL. Takes such words from i, which is a-z, without
    // the general scanners; returns where it stopped (i when the word at i is not one).
    private static int PlainWords(ReadOnlySpan<char> s, int i, TokenizedText into, int sentence, bool inQuote)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            // Words each followed by one space, found in masks of sixteen characters' letters and spaces: the next
            // word's bounds come from shifting those masks, not from a load that waits for this word's end.
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
            while (i + Vector256<ushort>.Count <= s.Length)
            {
                var block = Vector256.LoadUnsafe(ref chars, (nuint)i);
                var letters = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
                var spaces = Vector256.Equals(block, Vector256.Create((ushort)' ')).ExtractMostSignificantBits();
                var at = 0; // where the next word starts in the block
                while (true)
                {
                    var end = at + BitOperations.TrailingZeroCount(~(letters >> at));
                    if (end >= Vector256<ushort>.Count || end - at < 2 || ((spaces >> end) & 1) == 0)
                    {
                        i += at; // a word the block cannot settle
                        goto OneWord;
                    }
                    into.Add() = new Token { Start = i + at, End = i + end, TextStart = i + at, TextLength = end - at, Sentence = sentence, WordId = -1, Kind = TokenKind.Word, InQuote = inQuote };
                    at = end + 1;
                    if (((letters >> at) & 1) == 0) break;
                }
                i += at;
                if (i >= s.Length || (uint)(s[i] - 'a') > 'z' - 'a') return i;
            }
        }
        OneWord:
        var j = EndOfLetters(s, i + 1);
        if (j - i > 1 && (EndsPlainWord(s, j) || (s[j] is '.' or '!' or '-' or '\'' or '_' or '%' or '+' or '@' or '$' or '|' && EndsPlainWord(s, j + 1))))
        {
            into.Add() = new Token { Start = i, End = j, TextStart = i, TextLength = j - i, Sentence = sentence, WordId = -1, Kind = TokenKind.Word, InQuote = inQuote };
            return j;
        }
        return i;
    }

    // Where a run of a-z starting at j ends: eight characters per step, so a word costs no branch per letter.
    private static int EndOfLetters(ReadOnlySpan<char> s, int j)
    {
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
        for (; j + Vector128<ushort>.Count <= s.Length; j += Vector128<ushort>.Count)
        {
            var v = Vector128.LoadUnsafe(ref start, (nuint)j) - Vector128.Create((ushort)'a');
            var notLetters = Vector128.GreaterThan(v, Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
            if (notLetters != 0) return j + BitOperations.TrailingZeroCount(notLetters);
        }
        while (j < s.Length && (uint)(s[j] - 'a') <= 'z' - 'a') j++;
        return j;
    }

    private static int ScanWord(ReadOnlySpan<char> s, int i, out bool hasLetter)
    {
        hasLetter = false;
        var j = i;
        if (s[j] == '$') { j++; hasLetter = true; }
        while (j < s.Length)
        {
            var c = s[j];
            if (char.IsLetter(c)) { hasLetter = true; j++; continue; }
            if (char.IsDigit(c)) { j++; continue; }
            var prevLetter = j > i && char.IsLetter(s[j - 1]);
            var nextWord = j + 1 < s.Length && IsWordChar(s[j + 1]);
            // Apostrophes inside words (don't, parent's), and symbols used to mask letters (b!tch, sh*t, b@stard, f**k).
            if (c == '\'' && prevLetter && j + 1 < s.Length && char.IsLetter(s[j + 1])) { j++; continue; }
            if (c is '!' or '@' or '$' or '|' && prevLetter && nextWord && char.IsLetter(s[j + 1])) { j++; continue; }
            if (c == '*' && j > i && char.IsLetter(s[i]))
            {
                var k = j;
                while (k < s.Length && s[k] == '*') k++;
                if (k - j <= 4 && (k == s.Length || !(s[k] is '*')) && (k < s.Length && char.IsLetter(s[k]) || k - i <= 6))
                {
                    j = k;
                    continue;
                }
            }
            // Inner separators of numbers: 1,000 3.5 10:30
            if (c is ',' or '.' or ':' && j > i && char.IsDigit(s[j - 1]) && j + 1 < s.Length && char.IsDigit(s[j + 1]) && !hasLetter) { j++; continue; }
            break;
        }
        return j;
    }

    // "f u c k", "f.u.c.k", "f-u-c-k": three or more single letters with one and the same separator.
    private static bool TryJoinSpacedLetters(ReadOnlySpan<char> s, int i, TokenizedText into, int sentence, bool inQuote, out int end)
    {
        end = i + 1;
        if (end + 1 >= s.Length || !char.IsLetter(s[i])) return false;
        var sep = s[end];
        if (sep is not (' ' or '.' or '-' or '_' or '*')) return false;
        var letters = 1;
        var j = end;
        while (j + 1 < s.Length && s[j] == sep && char.IsLetter(s[j + 1]) && (j + 2 == s.Length || !IsWordChar(s[j + 2])))
        {
            letters++;
            j += 2;
        }
        if (letters < 3) return false;
        ref var t = ref into.Add();
        t.Start = i; t.End = j; t.Kind = TokenKind.Word; t.Sentence = sentence; t.InQuote = inQuote; t.Joined = true;
        t.TextStart = into.AppendSide(s[i]);
        for (var k = i + 2; k < j; k += 2) into.AppendSide(s[k]);
        t.TextLength = letters;
        end = j;
        return true;
    }

    private static bool EndsSentence(ReadOnlySpan<char> s, int i, TokenizedText into)
    {
        if (s[i] == '.' && into.Count > 0)
        {
            ref var last = ref into[into.Count - 1];
            if (last.End == i && last.TextLength <= 6) // the longest abbreviation: "approx"
            {
                var word = into.TextOf(last);
                if (IsAbbreviation(word)) return false;
                if (word.Length == 1 && char.IsLetter(word[0])) return false; // an initial: "J. Smith"
            }
        }
        var next = i + 1;
        while (next < s.Length && s[next] is '"' or ')' or '\'' or '.' or '!' or '?') next++;
        return next >= s.Length || char.IsWhiteSpace(s[next]);
    }

    private static int ScanUrl(ReadOnlySpan<char> s, int i)
    {
        // Every address starts "ht" or "ww": most words starting 'h' or 'w' stop here.
        if (i + 1 >= s.Length || s[i + 1] is not ('t' or 'w')) return i;
        var rest = s[i..];
        if (!(rest.StartsWith("http://") || rest.StartsWith("https://") || rest.StartsWith("www."))) return i;
        var j = i;
        while (j < s.Length && !char.IsWhiteSpace(s[j]) && s[j] is not ('"' or '<' or '>')) j++;
        // A closing bracket the address itself opened is part of it: ".../wiki/Bee_(insect)".
        var open = s[i..j].Count('(');
        var close = s[i..j].Count(')');
        while (j > i && s[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'')
        {
            if (s[j - 1] == ')' && open >= close--) break;
            j--;
        }
        // "www." or "https://" alone is a word about addresses, not an address: a host must follow.
        var host = rest.StartsWith("www.") ? i + 4 : s[i..].IndexOf("//") + i + 2;
        return j > host && IsWordChar(s[host]) ? j : i;
    }

    // local@domain.tld, scanned from the start of a word.
    private static int ScanEmail(ReadOnlySpan<char> s, int i, ref int noEmailUntil)
    {
        var j = i;
        while (j < s.Length && (IsWordChar(s[j]) || s[j] is '.' or '_' or '%' or '+' or '-'
            || (s[j] == '\'' && j > i && char.IsLetter(s[j - 1]) && j + 1 < s.Length && char.IsLetter(s[j + 1])))) j++;
        // Any later start inside this run reaches the same end (and the same domain), so fails alike.
        noEmailUntil = j;
        if (j == i || j >= s.Length || s[j] != '@') return i;
        var domainStart = ++j;
        var lastDot = -1;
        while (j < s.Length && (IsWordChar(s[j]) || s[j] is '-' or '.'))
        {
            if (s[j] == '.') lastDot = j;
            j++;
        }
        while (j > domainStart && s[j - 1] == '.') { j--; lastDot = s[..j].LastIndexOf('.'); }
        return lastDot > domainStart && j - lastDot > 2 && HasLetter(s[(lastDot + 1)..j]) ? j : i;
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
