using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.NhsNumber;

/// <summary>
/// NHS numbers: ten digits, written 3-3-4 with spaces or dashes or together, whose last digit is
/// the modulus-11 check digit. Without a context word ("NHS") a number starting 0 (a phone number)
/// is left alone and confidence is lower. Values: <c>number</c>.
/// </summary>
internal sealed partial class NhsNumberRecognizer : IRecognizer
{
    [GeneratedRegex(@"[0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{4}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    private static readonly ContextWords Context = new("nhs", "nhs no", "nhs number", "health", "patient", "gp", "hospital", "medical");

    public string Name => "nhs-number";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["number"];
    public IReadOnlyCollection<string> PossibleTags { get; } = [];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // A candidate's ten digits are at most one separator apart: run the regex only over such groups of digit runs.
        foreach (var (groupStart, groupEnd) in TextScan.DigitGroups(input.DigitRuns, maxGap: 1, minDigits: 10))
        foreach (var w in Candidate().EnumerateMatches(text.AsSpan(groupStart, groupEnd - groupStart)))
        {
            var m = (Index: groupStart + w.Index, w.Length);
            if (TextScan.NumberContinues(text, m.Index, m.Index + m.Length)) continue;
            var span = text.AsSpan(m.Index, m.Length);
            var seps = span.IndexOfAny(' ', '-') >= 0;
            if (seps && (span[3] != span[7] || !(span[3] is ' ' or '-'))) continue;
            var digits = TextScan.DigitsOf(span);
            if (!IsValid(digits)) continue;
            var context = Context.Near(text, m.Index, m.Index + m.Length, 40);
            if (!context && digits[0] == '0') continue;
            results.Add(new Entity(Name, m.Index, m.Length, context ? 0.97 : 0.6, "a ten-digit number with a valid NHS check digit")
            {
                Values = TextScan.Values("number", span.ToString()),
            });
        }
    }

    /// <summary>True when the ten digits pass the NHS modulus-11 check.</summary>
    internal static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        if (check == 10) return false;
        // All the same digit passes the sum but is never issued.
        if (digits.IndexOfAnyExcept(digits[0]) < 0) return false;
        return check == digits[9] - '0';
    }
}
