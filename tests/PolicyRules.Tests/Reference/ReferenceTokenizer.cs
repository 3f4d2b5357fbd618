// The tokeniser as it was before its fast paths (issue 7): a straightforward reference the randomized
// tests compare the real one with. Not used by the library.
using PolicyRules.Text;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// Splits normalised text into words, numbers, emails, URLs, @mentions, #hashtags and emoji, with
/// sentence numbers and quotation flags. Spaced-out letters ("f u c k", "f.u.c.k") become one word.
/// </summary>
internal static class ReferenceTokenizer
{
    private static readonly string[] Abbreviations =
        ["mr", "mrs", "ms", "miss", "dr", "st", "prof", "rev", "cllr", "no", "vs", "etc", "eg", "ie", "e.g", "i.e", "approx", "dept", "ft"];

    // Characters that end the local part of an address before its '@' (a filter only; ScanEmail decides).
    private static readonly System.Buffers.SearchValues<char> NotInEmail = System.Buffers.SearchValues.Create(" \n\t,;:!?\"()<>[]/");

    public static void Tokenize(NormalizedText norm, TokenizedText into)
    {
        into.Reset(norm);
        var s = norm.Chars;
        var whole = s.ToString();
        var sentence = 0;
        var sentenceOpen = false;
        var inQuote = false;
        var nextAt = s.IndexOf('@');
        // Where the last failed email scan stopped: a start before it would fail the same way, so
        // skipping it keeps tokenising linear ("0-0-0-0-..." was quadratic).
        var noEmailUntil = 0;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '\n')
            {
                if (sentenceOpen && !ShortLines(whole, i)) { sentence++; sentenceOpen = false; }
                inQuote = false;
                i++;
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
            sentenceOpen = true;
            i = end;
        }
        into.SetSentenceCount(sentenceOpen ? sentence + 1 : sentence);
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

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
            if (last.End == i)
            {
                var word = into.TextOf(last);
                foreach (var a in Abbreviations)
                    if (word.SequenceEqual(a)) return false;
                if (word.Length == 1 && char.IsLetter(word[0])) return false; // an initial: "J. Smith"
            }
        }
        var next = i + 1;
        while (next < s.Length && s[next] is '"' or ')' or '\'' or '.' or '!' or '?') next++;
        return next >= s.Length || char.IsWhiteSpace(s[next]);
    }

    private static int ScanUrl(ReadOnlySpan<char> s, int i)
    {
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

    // The lines either side of the line break at i are both short (at most 32 characters and 4 words, spaces trimmed),
    // and the second is not blank or bulleted: one sentence of a short-line layout.
    private static bool ShortLines(string s, int i)
    {
        var before = s[(s.LastIndexOf('\n', Math.Max(0, i - 1)) is var p && p >= 0 && p < i ? p + 1 : 0)..i];
        var nextEnd = s.IndexOf('\n', i + 1);
        var after = s[(i + 1)..(nextEnd < 0 ? s.Length : nextEnd)];
        static bool Short(string line)
        {
            var t = line.Trim(' ', '\t', '\r');
            return t.Length is > 0 and <= 32 && t.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length <= 4;
        }
        var a = after.Trim(' ', '\t', '\r');
        if (a.Length > 1 && a[0] is '-' or '*' or '\u2022' or '\u2013' && a[1] == ' ') return false;
        return Short(before) && Short(after);
    }
}
