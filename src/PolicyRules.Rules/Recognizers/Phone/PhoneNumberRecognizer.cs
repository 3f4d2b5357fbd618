using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.Phone;

/// <summary>
/// UK phone numbers: mobiles (<c>07</c>), landlines (<c>01</c>, <c>02</c>) and service numbers
/// (<c>03</c>, <c>08</c>, <c>09</c>), written nationally, as <c>+44</c>/<c>0044</c>, with <c>(0)</c>
/// or with the area code in brackets; spaces, dots or dashes between groups. Tags: <c>mobile</c>,
/// <c>landline</c> or <c>service</c>; <c>school-own</c> when the number is one of the context's
/// school contacts (compared digit by digit, +44 as 0), else <c>personal</c> for a mobile or a number after "home"
/// or "landline".
/// Not dates, times, prices, years or longer reference numbers.
/// </summary>
internal sealed partial class PhoneNumberRecognizer : IRecognizer
{
    // Bounded quantifiers only, NonBacktracking: linear in the input.
    [GeneratedRegex(@"(?:(?:\+|00)[ ]?44[ ]?(?:\(0\)[ ]?)?|0)\d(?:[ .\-]?\d){8,9}|\(0\d{2,4}\)[ ]?\d(?:[ .\-]?\d){5,7}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    private static readonly ContextWords Positive = new(
        "call", "phone", "tel", "telephone", "mobile", "mob", "ring", "text", "txt", "whatsapp", "contact", "number", "no", "dial", "landline", "office", "sms", "m", "t");

    // A landline is a person's own when it is their home's: "call me at home on 01632 555123", "my home number is".
    // Phrases, not the word "home" ("should stay at home. Call the office on ...").
    private static readonly string[] HomeCues = ["at home on", "home number", "home phone", "home landline", "my landline", "landline is"];

    private static bool AfterHomeCue(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 25), Math.Min(start, 25));
        foreach (var cue in HomeCues)
            if (before.Contains(cue, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly ContextWords Negative = new(
        "ref", "reference", "invoice", "order", "urn", "upn", "case", "policy", "account", "acc", "id", "registration", "reg",
        "charity", "company", "serial", "isbn", "barcode", "ticket", "booking", "tracking", "nhs", "receipt", "transaction");

    public string Name => "phone-number";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["number"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["mobile", "landline", "service", "school-own", "personal"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        if (OtherDigitNearRun(text, input.DigitRuns))
        {
            foreach (var m in Candidate().EnumerateMatches(text)) Consider(input, m.Index, m.Length, results);
            return;
        }
        // A candidate holds at least nine digits, at most two characters apart ("+44 (0) 7700", "(01632) 960"), and at
        // most two characters before its first ("+ 44"): run the regex only over such groups of digit runs.
        foreach (var (groupStart, groupEnd) in TextScan.DigitGroups(input.DigitRuns, maxGap: 2, minDigits: 9))
        {
            var sliceStart = Math.Max(0, groupStart - 2);
            foreach (var m in Candidate().EnumerateMatches(text.AsSpan(sliceStart, groupEnd - sliceStart)))
                Consider(input, sliceStart + m.Index, m.Length, results);
        }
    }

    // The regex's \d takes any script's decimal digits ('٣'), which the digit runs do not hold. A candidate's digits are at
    // most two characters apart and include an ASCII '0', so one holding another script's digit has such a digit within
    // two characters of a run: only then does the text need the whole scan.
    private static bool OtherDigitNearRun(string text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, length) in runs)
        {
            for (var i = Math.Max(0, start - 3); i < start; i++)
                if (IsOtherDigit(text[i])) return true;
            for (var i = start + length; i < Math.Min(text.Length, start + length + 3); i++)
                if (IsOtherDigit(text[i])) return true;
        }
        return false;
    }

    private static bool IsOtherDigit(char c) => c >= '\u0080' && char.IsDigit(c);

    // The candidate at (start, length), added when it is a UK number.
    private void Consider(DraftView input, int start, int length, ICollection<Entity> results)
    {
        var text = input.Text;
        var end = start + length;
        if (TextScan.NumberContinues(text, start, end)) return;
        if (start > 0 && text[start - 1] == '+') return;
        var span = text.AsSpan(start, length);
        if (!ConsistentSeparators(span)) return;
        var national = National(span);
        if (national is null) return;
        var kind = Kind(national);
        if (kind is null) return;
        if (Negative.Before(text, start, 25)) return;

        var confidence = kind == "mobile" ? 0.85 : 0.75;
        if (Positive.Near(text, start, end, 30)) confidence += 0.1;
        var tags = new List<string>(3) { kind };
        var own = IsSchoolOwn(national, input.Context);
        if (own) tags.Add("school-own");
        else if (kind == "mobile" || AfterHomeCue(text, start)) tags.Add("personal");
        results.Add(new Entity(Name, start, length, TextScan.Clamp(confidence),
            own ? $"the school's own {kind} number" : $"a UK {kind} number")
        {
            Tags = tags,
            Values = TextScan.Values("number", span.ToString()),
        });
    }

    /// <summary>The number as national digits (leading 0), or null when it cannot be a UK number.</summary>
    internal static string? National(ReadOnlySpan<char> written)
    {
        var digits = TextScan.DigitsOf(written);
        var t = written.TrimStart();
        if (t.StartsWith("+") || t.StartsWith("00"))
        {
            digits = digits.StartsWith("0044", StringComparison.Ordinal) ? digits[4..] : digits.StartsWith("44", StringComparison.Ordinal) ? digits[2..] : digits;
            // "+44 (0)7700 ..." carries an extra 0 that is not dialled.
            if (written.Contains("(0)", StringComparison.Ordinal) && digits.StartsWith('0')) digits = digits[1..];
            if (digits.StartsWith('0')) return null;
            digits = "0" + digits;
        }
        if (digits.Length == 11) return digits;
        // A few ten-digit numbers remain: 0800 123456 and some 01 areas.
        if (digits.Length == 10 && (digits.StartsWith("0800", StringComparison.Ordinal) || digits.StartsWith("0500", StringComparison.Ordinal) || digits.StartsWith("01", StringComparison.Ordinal)))
            return digits;
        return null;
    }

    private static string? Kind(string national) => national[1] switch
    {
        '7' => "mobile",
        '1' or '2' => "landline",
        '3' or '8' or '9' => "service",
        '5' when national[2] is '5' or '6' => "landline",
        _ => null,
    };

    // A number uses one kind of separator between its groups; a date then a time ("01.02.2024 09 30") mixes them.
    private static bool ConsistentSeparators(ReadOnlySpan<char> s)
    {
        var close = s.LastIndexOf(')');
        if (close >= 0) s = s[(close + 1)..];
        var plus = s.StartsWith("+") || s.StartsWith("00");
        if (plus)
        {
            // Skip "+44" and the separator after it.
            var i = s.IndexOf("44", StringComparison.Ordinal);
            s = s[(i + 2)..].TrimStart(' ');
        }
        char sep = '\0';
        foreach (var c in s)
        {
            if (c is >= '0' and <= '9') continue;
            if (sep == '\0') sep = c;
            else if (c != sep) return false;
        }
        // A date written with dots or dashes ("07.06.2023") then more digits.
        if (sep is '.' or '-' && s.Length > 5 && s[2] == sep && s[5] == sep) return false;
        return true;
    }

    private static bool IsSchoolOwn(string national, PostContext context)
    {
        foreach (var contact in context.SchoolContacts)
        {
            if (contact.Contains('@')) continue;
            var c = National(contact.AsSpan().Trim());
            if (c is not null && c == national) return true;
        }
        return false;
    }
}
