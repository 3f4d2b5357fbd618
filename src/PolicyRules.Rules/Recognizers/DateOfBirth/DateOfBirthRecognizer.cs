using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.DateOfBirth;

/// <summary>
/// Dates of birth: a birth cue ("DOB", "d.o.b.", "date of birth", "born on", "birthday is") followed
/// by a date (<c>14/03/2016</c>, <c>14th March 2016</c>, <c>March 14, 2016</c>, <c>3rd May</c>), or
/// "born in March 2016". The span covers cue and date. Tags: <c>full-date</c> (with a year),
/// <c>day-month</c>, <c>month-year</c>. Values: <c>date</c>.
/// </summary>
internal sealed partial class DateOfBirthRecognizer : IRecognizer
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Day = @"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    [GeneratedRegex(
        @"\b(?:d\.? ?o\.? ?b\.?|date of birth|birth ?date|born(?: on)?|birthday(?: is| was| on)?|b'?day(?: is)?)(?:\s*[:\-–]\s*|\s+)(?:the\s+)?" +
        @"(?<date>(?:[12][0-9]|3[01]|0?[1-9])[/.\-](?:1[0-2]|0?[1-9])[/.\-](?:(?:19|20)[0-9]{2}|[0-9]{2})" +
        @"|" + Day + @"(?: of)?\s+" + Month + @"(?:,?\s+(?<year>(?:19|20)[0-9]{2}))?" +
        @"|" + Month + @"\s+" + Day + @"(?:,?\s+(?<year>(?:19|20)[0-9]{2}))?" +
        @")\b" +
        @"|\bborn in\s+(?<date>" + Month + @"\s+(?<year>(?:19|20)[0-9]{2}))\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();

    // "The school's birthday is 3rd May": not a person's date of birth.
    private static readonly ContextWords NotAPerson = new("school", "school's", "anniversary", "queen", "king", "queen's", "king's", "jesus", "shakespeare", "founded");

    public string Name => "date-of-birth";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["date"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["full-date", "day-month", "month-year"];

    private static readonly SearchValues<char> B = SearchValues.Create("bB");

    // The next 'b' at or after `from` that can be a cue's: followed by "irth", "orn", "day", or by no letter ("d.o.b",
    // "b'day"), or -1. Checked before its token is found: most 'b's are in other words.
    private static int NextBirthCue(string text, int from)
    {
        while (from < text.Length)
        {
            var b = text.AsSpan(from).IndexOfAny(B);
            if (b < 0) return -1;
            var i = from + b;
            var rest = text.AsSpan(i + 1);
            if (rest.IsEmpty || !char.IsLetter(rest[0]) || rest.StartsWith("irth", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("orn", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("day", StringComparison.OrdinalIgnoreCase)) return i;
            from = i + 1;
        }
        return -1;
    }

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // Every match holds a birth cue with a 'b' ("DOB", "birth", "born", "b'day") and reaches at most two
        // tokens before that token ("date of birth") and seven after ("birthday is : the 14th of March, 2016"),
        // though its spaces are unbounded: scan only those tokens.
        foreach (var (windowStart, windowLength) in TextScan.TokenWindows(text, NextBirthCue, 2, 7))
        for (var m = Candidate().Match(text, windowStart, windowLength); m.Success; m = m.NextMatch())
        {
            if (m.Index > 0 && TextScan.IsWordChar(text[m.Index - 1])) continue;
            var end = m.Index + m.Length;
            if (end < text.Length && text[end] is '/' or ':' && end + 1 < text.Length && char.IsDigit(text[end + 1])) continue;
            var date = m.Groups["date"].Value;
            var numeric = date.Length > 0 && char.IsDigit(date[0]) && date.AsSpan().IndexOfAny('/', '.', '-') > 0;
            var tag = numeric || m.Groups["year"].Success ? (m.Value.StartsWith("born in", StringComparison.OrdinalIgnoreCase) ? "month-year" : "full-date") : "day-month";
            var confidence = tag == "full-date" ? 0.95 : 0.8;
            if (NotAPerson.Before(text, m.Index, 20)) confidence = 0.3;
            results.Add(new Entity(Name, m.Index, m.Length, confidence, "a date of birth")
            {
                Tags = [tag],
                Values = TextScan.Values("date", date),
            });
        }
    }
}
