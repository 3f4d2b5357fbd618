using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// The ni-number recognizer as it was before its hand scan (a regex over token windows), kept as the oracle the
/// randomized comparison checks the library's version against. Not used by the library.
/// </summary>
/// <remarks>
/// National Insurance numbers: two prefix letters (neither D, F, I, Q, U or V; the second not O;
/// not BG, GB, KN, NK, NT, TN or ZZ), six digits in pairs or together, and a final letter A to D.
/// Capitals, or lower case next to "NI"/"national insurance". Values: <c>number</c>.
/// </remarks>
internal sealed partial class ReferenceNiNumberRecognizer : IRecognizer
{
    [GeneratedRegex(@"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex Candidate();

    private static readonly string[] BadPrefixes = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];

    private static bool IsBadPrefix(char a, char b)
    {
        Span<char> prefix = [char.ToUpperInvariant(a), char.ToUpperInvariant(b)];
        foreach (var bad in BadPrefixes)
            if (prefix.SequenceEqual(bad)) return true;
        return false;
    }
    private static bool HasDigitPairs(string text, int tokenStart, int tokenEnd)
    {
        for (var i = tokenStart; i < tokenEnd; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var run = i;
            while (i < tokenEnd && char.IsAsciiDigit(text[i])) i++;
            if ((i - run) is 2 or 4 or 6) return true;
        }
        return false;
    }

    private static readonly ContextWords Context = new("ni", "nino", "national insurance", "insurance", "nat ins");

    public string Name => "ni-number";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["number"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // The digits of a candidate come in runs of 2, 4 or 6 ("AB 12 34 56 C", "AB123456C"), one token or more, with at
        // most a token of letters either side: scan only tokens holding such a run, with a token either side.
        foreach (var (windowStart, windowLength) in TextScan.TokenWindows(text, TextScan.Digits, 1, 1, HasDigitPairs))
        foreach (var w in Candidate().EnumerateMatches(text.AsSpan(windowStart, windowLength)))
        {
            var m = (Index: windowStart + w.Index, w.Length);
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
