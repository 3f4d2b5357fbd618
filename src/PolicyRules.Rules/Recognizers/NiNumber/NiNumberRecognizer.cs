using System.Buffers;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.NiNumber;

/// <summary>
/// National Insurance numbers: two prefix letters (neither D, F, I, Q, U or V; the second not O;
/// not BG, GB, KN, NK, NT, TN or ZZ), six digits in pairs or together, and a final letter A to D.
/// Capitals, or lower case next to "NI"/"national insurance". Values: <c>number</c>.
/// Candidates are what the case-insensitive regex
/// <c>\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b</c> finds, matched by hand
/// (a regex call per window cost more than the scan).
/// </summary>
internal sealed class NiNumberRecognizer : IRecognizer
{
    private static readonly string[] BadPrefixes = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

    private static bool IsBadPrefix(char a, char b)
    {
        Span<char> prefix = [char.ToUpperInvariant(a), char.ToUpperInvariant(b)];
        foreach (var bad in BadPrefixes)
            if (prefix.SequenceEqual(bad)) return true;
        return false;
    }
    // The candidate starting at i, as the regex would match it: its end, or -1. A window edge is whitespace or the
    // text's end, so reading past it sees what the regex saw.
    private static int CandidateEnd(string text, int i)
    {
        if (i + 9 > text.Length || !IsPrefixLetter(text[i], second: false) || !IsPrefixLetter(text[i + 1], second: true)) return -1;
        if (i > 0 && TextScan.IsRegexWordChar(text[i - 1])) return -1;
        var j = i + 2;
        for (var pair = 0; pair < 3; pair++)
        {
            if (j < text.Length && text[j] == ' ') j++;
            if (j + 1 >= text.Length || !char.IsAsciiDigit(text[j]) || !char.IsAsciiDigit(text[j + 1])) return -1;
            j += 2;
        }
        if (j < text.Length && text[j] == ' ') j++;
        if (j >= text.Length || (text[j] | 0x20) is not (>= 'a' and <= 'd')) return -1;
        j++;
        return j == text.Length || !TextScan.IsRegexWordChar(text[j]) ? j : -1;
    }

    // [A-CEGHJ-PR-TW-Z], and for the second letter also not O, in either case; case-insensitive, the regex took the
    // Kelvin sign for K too.
    private static bool IsPrefixLetter(char c, bool second)
    {
        if (c == '\u212A') return true;
        if (!char.IsAsciiLetter(c)) return false;
        var upper = (char)(c & ~0x20);
        return upper is not ('D' or 'F' or 'I' or 'Q' or 'U' or 'V') && !(second && upper == 'O');
    }

    private static readonly ContextWords Context = new("ni", "nino", "national insurance", "insurance", "nat ins");

    public string Name => "ni-number";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["number"];
    public IReadOnlyCollection<string> PossibleTags { get; } = [];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // A candidate's first digits are a whole run of 2, 4 or 6 ("AB 12 34 56 C", "AB123456C") straight after its
        // prefix letters or one space after them: try only those starts. Candidates do not overlap (one starts after
        // a word boundary, and a candidate has none followed by two letters), so they come in order of their runs.
        foreach (var (runStart, runLength) in input.DigitRuns)
        {
            if (runLength is not (2 or 4 or 6) || runStart < 2) continue;
            var start = text[runStart - 1] == ' ' ? runStart - 3 : runStart - 2;
            var end = start < 0 ? -1 : CandidateEnd(text, start);
            if (end < 0) continue;
            var m = (Index: start, Length: end - start);
            var span = text.AsSpan(m.Index, m.Length);
            if (IsBadPrefix(span[0], span[1])) continue;
            var upper = !span.ContainsAnyInRange('a', 'z');
            var context = Context.Near(text, m.Index, m.Index + m.Length, 40);
            if (!upper && !context) continue;
            results.Add(new Entity(Name, m.Index, m.Length, context ? 0.97 : 0.85, "a National Insurance number")
            {
                Values = TextScan.Values("number", span.ToString()),
            });
        }
    }
}
