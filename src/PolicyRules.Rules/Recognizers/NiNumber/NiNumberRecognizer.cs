using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.NiNumber;

/// <summary>
/// National Insurance numbers: two prefix letters (neither D, F, I, Q, U or V; the second not O;
/// not BG, GB, KN, NK, NT, TN or ZZ), six digits in pairs or together, and a final letter A to D.
/// Capitals, or lower case next to "NI"/"national insurance". Values: <c>number</c>.
/// </summary>
internal sealed partial class NiNumberRecognizer : IRecognizer
{
    [GeneratedRegex(@"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();

    private static readonly string[] BadPrefixes = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];
    private static readonly ContextWords Context = new("ni", "nino", "national insurance", "insurance", "nat ins");

    public string Name => "ni-number";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["number"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        foreach (var m in Candidate().EnumerateMatches(text))
        {
            var span = text.AsSpan(m.Index, m.Length);
            var prefix = span[..2].ToString().ToUpperInvariant();
            if (BadPrefixes.Contains(prefix)) continue;
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
