using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// The nhs-number recognizer as it was before it walked the draft's digit runs, kept as the oracle the randomized
/// comparison checks the library's version against. Not used by the library.
/// </summary>
/// <remarks>
/// NHS numbers: ten digits, written 3-3-4 with spaces or dashes or together, whose last digit is
/// the modulus-11 check digit. Without a context word ("NHS") a number starting 0 (a phone number)
/// is left alone and confidence is lower. Values: <c>number</c>.
/// </remarks>
internal sealed partial class ReferenceNhsNumberRecognizer : IRecognizer
{
    [GeneratedRegex(@"[0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{4}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    private static readonly ContextWords Context = new("nhs", "nhs no", "nhs number", "health", "patient", "gp", "hospital", "medical");

    public string Name => "nhs-number";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["number"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // Every token of a candidate holds three digits in a row ("943 476 5919"): scan only such tokens,
        // each with the next so that the tokens of one candidate fall in one window.
        foreach (var (windowStart, windowLength) in TextScan.TokenWindows(text, TextScan.Digits, 0, 1, HasThreeDigits))
        foreach (var w in Candidate().EnumerateMatches(text.AsSpan(windowStart, windowLength)))
        {
            var m = (Index: windowStart + w.Index, w.Length);
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

    private static bool HasThreeDigits(string text, int tokenStart, int tokenEnd)
    {
        var run = 0;
        for (var i = tokenStart; i < tokenEnd; i++)
            if (!char.IsAsciiDigit(text[i])) run = 0;
            else if (++run == 3) return true;
        return false;
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
