using System.Buffers;

namespace PolicyRules.Detection;

/// <summary>
/// A conservative reading of a pattern's text for the words every match starts with: for
/// <c>\b(typical|one of) (polish|...)</c> the match starts with "typical" or "one of", so a draft
/// containing neither (ignoring case) cannot match, and a match cannot start before the first of them.
/// Anything the reader does not fully understand (classes, escapes such as \w, optional or repeated
/// groups, lookarounds, inline options, non-ASCII letters) ends a literal or gives up (null).
/// </summary>
internal static class LeadingLiterals
{
    /// <summary>Characters of the text that the case-insensitive regex engine may equate with an ASCII
    /// letter (Kelvin sign, long s, dotted and dotless i): a text containing one is not prefiltered.</summary>
    public static readonly SearchValues<char> Confusable = SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>The literals one of which starts every match (each at least one character), or null.</summary>
    public static string[]? Of(string pattern)
    {
        var pos = 0;
        var result = Alternation(pattern, ref pos);
        if (result is null || pos != pattern.Length) return null;
        return result.Count == 0 || result.Any(l => l.Length == 0) ? null : [.. result.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    // Branches separated by '|' up to a ')' or the end; each must yield literals.
    private static List<string>? Alternation(string p, ref int pos)
    {
        var all = new List<string>();
        while (true)
        {
            var branch = Branch(p, ref pos);
            if (branch is null) return null;
            all.AddRange(branch);
            if (pos < p.Length && p[pos] == '|') { pos++; continue; }
            return all;
        }
    }

    // The literals a branch starts with; the rest of the branch is skipped (to its '|' or ')').
    private static List<string>? Branch(string p, ref int pos)
    {
        // Zero-width assertions at the start: the literal still starts the match.
        while (pos < p.Length && (p[pos] == '^' || (p[pos] == '\\' && pos + 1 < p.Length && p[pos + 1] == 'b')))
            pos += p[pos] == '^' ? 1 : 2;
        List<string>? result;
        if (pos < p.Length && p[pos] == '(')
        {
            // A plain, non-capturing or named group; anything else (lookaround, options) gives up.
            var i = pos + 1;
            if (i < p.Length && p[i] == '?')
            {
                if (i + 1 < p.Length && p[i + 1] == ':') i += 2;
                else if (i + 1 < p.Length && p[i + 1] == '<' && i + 2 < p.Length && char.IsAsciiLetter(p[i + 2]))
                {
                    var close = p.IndexOf('>', i);
                    if (close < 0) return null;
                    i = close + 1;
                }
                else return null;
            }
            pos = i;
            result = Alternation(p, ref pos);
            if (result is null || pos >= p.Length || p[pos] != ')') return null;
            pos++;
            // An optional or repeated-from-zero group may be absent: the match then starts with what follows.
            if (pos < p.Length && p[pos] is '?' or '*' or '{')
            {
                var optional = p[pos] is '?' or '*';
                if (p[pos] == '{')
                {
                    var close = p.IndexOf('}', pos);
                    if (close < 0) return null;
                    var min = p.AsSpan(pos + 1, close - pos - 1);
                    var comma = min.IndexOf(',');
                    if (comma >= 0) min = min[..comma];
                    if (!int.TryParse(min, out var m)) return null;
                    optional = m == 0;
                    pos = close + 1;
                }
                else pos++;
                if (pos < p.Length && p[pos] == '?') pos++; // lazy
                if (optional)
                {
                    var rest = Branch(p, ref pos);
                    if (rest is null) return null;
                    result.AddRange(rest);
                    return result;
                }
            }
        }
        else
        {
            var sb = new System.Text.StringBuilder();
            while (pos < p.Length)
            {
                var c = p[pos];
                if (char.IsAsciiLetterOrDigit(c) || c is ' ' or ',' or '\'' or '"' or '-' or '/' or ':' or ';' or '!' or '&' or '%' or '=' or '<' or '>' or '@' or '#' or '~' or '_')
                {
                    sb.Append(c);
                    pos++;
                }
                else if (c == '\\' && pos + 1 < p.Length && p[pos + 1] is '.' or '?' or '!' or '(' or ')' or '[' or ']' or '*' or '+' or '/' or '-' or '\'' or '"' or '|' or '$' or '^' or '{' or '}' or '\\' or '#' or ' ')
                {
                    sb.Append(p[pos + 1]);
                    pos += 2;
                }
                else break;
                // A quantifier after the character: it may be absent (?, *, {0) so the literal ends before it;
                // with + or {n} (n >= 1) it is there at least once, but the literal still ends after it.
                if (pos < p.Length && p[pos] is '?' or '*' or '{' or '+')
                {
                    if (p[pos] is not '+') sb.Length--;
                    break;
                }
            }
            result = [sb.ToString()];
        }
        // Skip the rest of the branch.
        var depth = 0;
        while (pos < p.Length)
        {
            var c = p[pos];
            if (c == '\\') { pos += 2; continue; }
            if (c == '[')
            {
                // A class: skip to its closing ']' (a ']' first in the class is literal).
                pos++;
                if (pos < p.Length && p[pos] == '^') pos++;
                if (pos < p.Length && p[pos] == ']') pos++;
                while (pos < p.Length && p[pos] != ']') pos += p[pos] == '\\' ? 2 : 1;
                pos++;
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')') { if (depth == 0) break; depth--; }
            else if (c == '|' && depth == 0) break;
            pos++;
        }
        if (pos > p.Length) return null;
        return result;
    }
}
