using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.CardNumber;

/// <summary>
/// Payment card numbers: 13 to 19 digits, together or in groups with one kind of separator, a
/// known issuer prefix (Visa, Mastercard, Amex, Maestro, Discover), and a valid Luhn check digit.
/// Tags: the brand (<c>visa</c>, <c>mastercard</c>, <c>amex</c>, <c>maestro</c>, <c>discover</c>).
/// Values: <c>last4</c>.
/// </summary>
internal sealed partial class CardNumberRecognizer : IRecognizer
{
    [GeneratedRegex(@"[0-9](?:[ \-]?[0-9]){12,18}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    private static readonly ContextWords Context = new("card", "credit", "debit", "visa", "mastercard", "amex", "cvv", "expiry", "exp", "pay", "payment", "long number");

    public string Name => "card-number";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["last4"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["visa", "mastercard", "amex", "maestro", "discover"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // A candidate's 13 to 19 digits are at most one separator apart: run the regex only over such groups of digit runs.
        foreach (var (groupStart, groupEnd) in TextScan.DigitGroups(input.DigitRuns, maxGap: 1, minDigits: 13))
        foreach (var w in Candidate().EnumerateMatches(text.AsSpan(groupStart, groupEnd - groupStart)))
        {
            var m = (Index: groupStart + w.Index, w.Length);
            if (TextScan.NumberContinues(text, m.Index, m.Index + m.Length)) continue;
            var span = text.AsSpan(m.Index, m.Length);
            var sep = span.IndexOfAny(' ', '-');
            if (span.Contains(' ') && span.Contains('-')) continue;
            var digits = TextScan.DigitsOf(span);
            if (!Luhn(digits)) continue;
            var brand = Brand(digits);
            if (brand is null) continue;
            var context = Context.Near(text, m.Index, m.Index + m.Length, 40);
            var grouped = sep >= 0 && GroupsLookLikeCard(span, span[sep]);
            if (sep >= 0 && !grouped) continue;
            var confidence = (grouped ? 0.85 : 0.7) + (context ? 0.1 : 0);
            results.Add(new Entity(Name, m.Index, m.Length, TextScan.Clamp(confidence), $"a {brand} card number with a valid check digit")
            {
                Tags = [brand],
                Values = TextScan.Values("last4", digits[^4..]),
            });
        }
    }

    // 4-4-4-4(-3), 4-6-5 (Amex) or 4-6-4 (Diners).
    private static bool GroupsLookLikeCard(ReadOnlySpan<char> s, char sep)
    {
        Span<int> lengths = stackalloc int[8];
        var n = 0;
        foreach (var part in s.Split(sep))
        {
            if (n == lengths.Length) return false;
            lengths[n++] = part.End.Value - part.Start.Value;
        }
        var g = lengths[..n];
        if (g.Length >= 4 && g[..4].IndexOfAnyExcept(4) < 0 && (g.Length == 4 || (g.Length == 5 && g[4] <= 3))) return true;
        return g.Length == 3 && g[0] == 4 && g[1] == 6 && g[2] is 4 or 5;
    }

    internal static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var dbl = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (dbl) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    private static string? Brand(string d) => d switch
    {
        _ when d[0] == '4' && d.Length is 13 or 16 or 19 => "visa",
        _ when d.Length == 16 && (d[0] == '5' && d[1] is >= '1' and <= '5' || d[0] == '2' && d[1] is >= '2' and <= '7') => "mastercard",
        _ when d.Length == 15 && d[0] == '3' && d[1] is '4' or '7' => "amex",
        _ when d.Length == 16 && d.StartsWith("6011", StringComparison.Ordinal) || d.StartsWith("65", StringComparison.Ordinal) && d.Length == 16 => "discover",
        _ when d.Length is >= 12 and <= 19 && (d.StartsWith("50", StringComparison.Ordinal) || d[0] == '6' && d[1] is '3' or '7') => "maestro",
        _ => null,
    };
}
