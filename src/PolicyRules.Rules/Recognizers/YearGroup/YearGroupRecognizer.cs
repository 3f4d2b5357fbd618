using System.Buffers;
using System.Globalization;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.YearGroup;

/// <summary>
/// Year groups and classes: "Year 5", "Y4", "Yr 6", "Reception", "Nursery", "4B", "Class 3",
/// "Key Stage 2", "KS1". Tags: <c>year</c>, <c>reception</c>, <c>nursery</c>, <c>class</c>,
/// <c>key-stage</c>. Values: <c>year</c> (1 to 13, R or N; for a key stage, KS1 to KS5).
/// Candidates are what the regex
/// <c>\b(?:([Yy]ear|YEAR)\s?(1[0-3]|[1-9]|R)\b|(Y|Yr\.?|yr\.?|YR)\s?(1[0-3]|[1-9])\b|(Reception|reception|RECEPTION)\b|(Nursery|nursery|NURSERY)\b|([Kk]ey [Ss]tage|KS|ks)\s?[1-5]\b|[Cc]lass\s(1[0-3]|[1-9])\b|[1-9][A-Z]\b)</c>
/// finds, matched by hand near digits and the words that start a match without one (a regex call per
/// window cost more than the scan).
/// </summary>
internal sealed class YearGroupRecognizer : IRecognizer
{
    // "Reception desk", "nursery rhymes": the room or the thing, not the year group.
    private static readonly HashSet<string> NotYearAfterReception = new(StringComparer.OrdinalIgnoreCase)
    {
        "desk", "area", "office", "staff", "team", "hall", "room", "venue", "drinks", "party", "party.", "rhyme", "rhymes", "school", "nurse", "plants", "garden", "gardens", "centre", "manager",
    };

    private static readonly ContextWords ClassCue = new("in", "class", "from", "form", "pupils", "children", "year", "to", "with", "joined");
    private static readonly ContextWords YearAgo = new("last", "this", "next", "a", "per", "each", "every", "financial", "academic");

    // Letters after a digit that are units or products, not a class ("3D", "4G", "5K", "2M").
    private const string NotClassLetters = "DGKMXPLTVS";

    public string Name => "year-group";
    public SearchValues<char>? Trigger => null;
    public IReadOnlyCollection<string> Placeholders => ["year"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["year", "reception", "nursery", "key-stage", "class"];

    // Every candidate holds a digit or starts with one of these (the cases the forms allow, three letters: a quicker
    // search than the whole words ignoring case), and is at most 11 characters ("Key Stage 2").
    private static readonly SearchValues<string> Words = SearchValues.Create(["Yea", "yea", "YEA", "Rec", "rec", "REC", "Nur", "nur", "NUR"], StringComparison.Ordinal);
    private const int LongestCandidate = 11;

    // The values, built once rather than per entity.
    private static readonly string[] Numbers = [.. Enumerable.Range(0, 14).Select(n => n.ToString(CultureInfo.InvariantCulture))];
    private static readonly string[] KeyStages = [.. Enumerable.Range(0, 6).Select(n => "KS" + n)];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // Candidates are found left to right and do not overlap, as a regex would find them: a candidate holding
        // the trigger t starts in [t - 10, t], and starts before 'tried' have been looked at already.
        var resume = 0;
        var tried = 0;
        int nextDigit = -1, nextWord = -1;
        while (true)
        {
            if (nextDigit < tried && nextDigit != int.MaxValue) nextDigit = After(text, tried, text.AsSpan(tried).IndexOfAny(TextScan.Digits));
            if (nextWord < tried && nextWord != int.MaxValue) nextWord = After(text, tried, text.AsSpan(tried).IndexOfAny(Words));
            var trigger = Math.Min(nextDigit, nextWord);
            if (trigger == int.MaxValue) break;
            var first = MayEndAt(text, trigger) ? trigger - (LongestCandidate - 1) : trigger;
            for (var index = Math.Max(Math.Max(resume, tried), first); index <= trigger; index++)
            {
                if (!MayStartCandidate(text[index])) continue;
                var end = CandidateEnd(text, index);
                if (end < 0) continue;
                resume = end;
                Consider(input, text, index, end, results);
                index = end - 1;
            }
            tried = trigger + 1;
            // A candidate holding a later digit of the same number holds this one too (none starts after a digit).
            while (tried < text.Length && char.IsAsciiDigit(text[tried])) tried++;
        }
    }

    // The position a search from 'from' found (a result of IndexOfAny), or int.MaxValue for none.
    private static int After(string text, int from, int found) => found < 0 ? int.MaxValue : from + found;

    private void Consider(DraftView input, string text, int index, int end, ICollection<Entity> results)
    {
        if (index > 0 && text[index - 1] is '-' or '/' or '.' or '£' or '$' or '#' or '@') return;
        if (end < text.Length && text[end] is '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])) return;
        // Which alternative matched, read from the match itself (no capture groups, so nothing allocated).
        var m = text.AsSpan(index, end - index);
        string tag, year, evidence;
        var confidence = 0.9;
        switch (m[0])
        {
            case 'Y' or 'y':
                tag = "year";
                evidence = "a year";
                year = NumberAtEnd(m, out var numberLength);
                if (m[0] == 'y' && YearAgo.Before(text, index, 12)) return;
                if (m[..^numberLength].TrimEnd() is "Y" && end < text.Length && text[end] == '%') return;
                break;
            case 'R' or 'r':
                if (NextWordIn(text, end, NotYearAfterReception)) return;
                tag = "reception";
                evidence = "a reception";
                year = "R";
                if (m[0] == 'r') confidence = 0.6;
                break;
            case 'N' or 'n':
                if (NextWordIn(text, end, NotYearAfterReception)) return;
                tag = "nursery";
                evidence = "a nursery";
                year = "N";
                confidence = m[0] == 'N' ? 0.75 : 0.5;
                break;
            case 'K' or 'k':
                tag = "key-stage";
                evidence = "a key stage";
                year = KeyStages[m[^1] - '0'];
                break;
            case 'C' or 'c':
                tag = "class";
                evidence = "a class";
                year = NumberAtEnd(m, out _);
                break;
            default: // a digit and a letter: "4B"
                if (NotClassLetters.Contains(m[1])) return;
                if (index > 0 && !char.IsWhiteSpace(text[index - 1]) && text[index - 1] is not '(') return;
                tag = "class";
                evidence = "a class";
                year = Numbers[m[0] - '0'];
                confidence = ClassCue.Before(text, index, 12) ? 0.8 : 0.55;
                break;
        }
        // A pack that keeps only some forms (key stages, say) spares the others' entities.
        if (!input.Wants([tag], confidence)) return;
        results.Add(new Entity(Name, index, end - index, confidence, evidence)
        {
            Tags = [tag],
            Values = TextScan.Values("year", year),
        });
    }

    // Whether a candidate may start before the trigger t. Starts in the window are after the previous trigger, so
    // such a candidate holds t: a digit that starts its number (a word trigger is never inside a form), after at most
    // one whitespace character after the form's last letter: r or R (Year, Yr, YR), Y, '.' (Yr.), S or s (KS, ks,
    // Class) or e (Key Stage). Else only t itself can start one.
    private static bool MayEndAt(string text, int t)
    {
        var p = t - 1;
        if (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        return p >= 0 && text[p] is 'r' or 'R' or 'Y' or '.' or 'S' or 's' or 'e';
    }

    // The first characters of the forms, CandidateEnd's cases: most characters near a digit are none, and are passed
    // over without the call.
    private static bool MayStartCandidate(char c) => c is 'Y' or 'y' or 'R' or 'r' or 'N' or 'n' or 'K' or 'k' or 'C' or 'c' or (>= '1' and <= '9');

    /// <summary>
    /// The end of the candidate starting at <paramref name="i"/>, or -1: the first of the forms (in the order
    /// of the summary's regex) that matches there, each taking its longest option first as a regex would.
    /// </summary>
    private static int CandidateEnd(string text, int i)
    {
        if (i > 0 && TextScan.IsRegexWordChar(text[i - 1])) return -1;
        switch (text[i])
        {
            case 'Y' or 'y':
                if (At(text, i, "Year") || At(text, i, "year") || At(text, i, "YEAR"))
                {
                    var year = NumberEnd(text, SkipOneSpace(text, i + 4), allowReception: true);
                    if (year >= 0) return year;
                }
                if (text[i] == 'Y')
                {
                    var y = NumberEnd(text, SkipOneSpace(text, i + 1), allowReception: false);
                    if (y >= 0) return y;
                }
                // "Yr." before "Yr", "yr." before "yr", then "YR".
                if (At(text, i, text[i] == 'Y' ? "Yr" : "yr"))
                {
                    if (At(text, i + 2, ".") && NumberEnd(text, SkipOneSpace(text, i + 3), allowReception: false) is var dotted and >= 0) return dotted;
                    if (NumberEnd(text, SkipOneSpace(text, i + 2), allowReception: false) is var yr and >= 0) return yr;
                }
                return At(text, i, "YR") ? NumberEnd(text, SkipOneSpace(text, i + 2), allowReception: false) : -1;
            case 'R' or 'r':
                return (At(text, i, "Reception") || At(text, i, "reception") || At(text, i, "RECEPTION")) && WordEnds(text, i + 9) ? i + 9 : -1;
            case 'N' or 'n':
                return (At(text, i, "Nursery") || At(text, i, "nursery") || At(text, i, "NURSERY")) && WordEnds(text, i + 7) ? i + 7 : -1;
            case 'K' or 'k':
                var stage = At(text, i + 1, "ey ") && i + 4 < text.Length && text[i + 4] is 'S' or 's' && At(text, i + 5, "tage") ? i + 9
                    : At(text, i, "KS") || At(text, i, "ks") ? i + 2 : -1;
                if (stage < 0) return -1;
                var digit = SkipOneSpace(text, stage);
                return digit < text.Length && text[digit] is >= '1' and <= '5' && WordEnds(text, digit + 1) ? digit + 1 : -1;
            case 'C' or 'c':
                // One whitespace character, required.
                return At(text, i + 1, "lass") && i + 5 < text.Length && char.IsWhiteSpace(text[i + 5]) ? NumberEnd(text, i + 6, allowReception: false) : -1;
            case >= '1' and <= '9':
                return i + 1 < text.Length && char.IsAsciiLetterUpper(text[i + 1]) && WordEnds(text, i + 2) ? i + 2 : -1;
            default:
                return -1;
        }
    }

    // After a year or class word: 10 to 13, else 1 to 9, else (for a year) R, each ending a word.
    private static int NumberEnd(string text, int i, bool allowReception)
    {
        if (i >= text.Length) return -1;
        if (text[i] == '1' && i + 1 < text.Length && text[i + 1] is >= '0' and <= '3' && WordEnds(text, i + 2)) return i + 2;
        if (text[i] is >= '1' and <= '9' && WordEnds(text, i + 1)) return i + 1;
        return allowReception && text[i] == 'R' && WordEnds(text, i + 1) ? i + 1 : -1;
    }

    // \s?: one whitespace character if there is one (a digit never is, so taking it first changes nothing).
    private static int SkipOneSpace(string text, int i) => i < text.Length && char.IsWhiteSpace(text[i]) ? i + 1 : i;

    private static bool At(string text, int i, string literal) => text.AsSpan(i).StartsWith(literal, StringComparison.Ordinal);

    // \b after a word character.
    private static bool WordEnds(string text, int i) => i >= text.Length || !TextScan.IsRegexWordChar(text[i]);

    // The number that ends the "year" and "class" forms: one or two digits, or R.
    private static string NumberAtEnd(ReadOnlySpan<char> m, out int length)
    {
        length = char.IsAsciiDigit(m[^2]) ? 2 : 1;
        // ASCII digits, as NumberEnd matched them: read directly rather than parsed.
        return m[^1] == 'R' ? "R" : Numbers[(length == 2 ? (m[^2] - '0') * 10 : 0) + m[^1] - '0'];
    }

    private static bool NextWordIn(string text, int end, HashSet<string> words)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ') i++;
        var s = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i > s && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(s, i - s));
    }
}
