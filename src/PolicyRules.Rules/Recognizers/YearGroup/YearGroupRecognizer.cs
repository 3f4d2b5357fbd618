using System.Text.RegularExpressions;
using System.Buffers;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.YearGroup;

/// <summary>
/// Year groups and classes: "Year 5", "Y4", "Yr 6", "Reception", "Nursery", "4B", "Class 3",
/// "Key Stage 2", "KS1". Tags: <c>year</c>, <c>reception</c>, <c>nursery</c>, <c>class</c>,
/// <c>key-stage</c>. Values: <c>year</c> (1 to 13, R or N; for a key stage, KS1 to KS5).
/// </summary>
internal sealed partial class YearGroupRecognizer : IRecognizer
{
    [GeneratedRegex(
        @"\b(?:(?<y>[Yy]ear|YEAR)\s?(?<n>1[0-3]|[1-9]|R)\b" +
        @"|(?<y>Y|Yr\.?|yr\.?|YR)\s?(?<n>1[0-3]|[1-9])\b" +
        @"|(?<r>Reception|reception|RECEPTION)\b" +
        @"|(?<nu>Nursery|nursery|NURSERY)\b" +
        @"|(?<k>[Kk]ey [Ss]tage|KS|ks)\s?(?<n>[1-5])\b" +
        @"|(?<c>[Cc]lass)\s(?<n>1[0-3]|[1-9])\b" +
        @"|(?<f>[1-9])(?<l>[A-Z])\b)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

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

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        for (var m = Candidate().Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Index > 0 && text[m.Index - 1] is '-' or '/' or '.' or '£' or '$' or '#' or '@') continue;
            var end = m.Index + m.Length;
            if (end < text.Length && text[end] is '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])) continue;
            string tag, year;
            var confidence = 0.9;
            if (m.Groups["y"].Success)
            {
                tag = "year";
                year = m.Groups["n"].Value;
                if (m.Groups["y"].Value.StartsWith('y') && YearAgo.Before(text, m.Index, 12)) continue;
                if (m.Groups["y"].Value == "Y" && end < text.Length && text[end] == '%') continue;
            }
            else if (m.Groups["r"].Success)
            {
                if (NextWordIn(text, end, NotYearAfterReception)) continue;
                tag = "reception";
                year = "R";
                if (m.Value[0] == 'r') confidence = 0.6;
            }
            else if (m.Groups["nu"].Success)
            {
                if (NextWordIn(text, end, NotYearAfterReception)) continue;
                tag = "nursery";
                year = "N";
                confidence = m.Value[0] == 'N' ? 0.75 : 0.5;
            }
            else if (m.Groups["k"].Success)
            {
                tag = "key-stage";
                year = "KS" + m.Groups["n"].Value;
            }
            else if (m.Groups["c"].Success)
            {
                tag = "class";
                year = m.Groups["n"].Value;
            }
            else
            {
                var letter = m.Groups["l"].Value[0];
                if (NotClassLetters.Contains(letter)) continue;
                if (m.Index > 0 && !char.IsWhiteSpace(text[m.Index - 1]) && text[m.Index - 1] is not '(') continue;
                tag = "class";
                year = m.Groups["f"].Value;
                confidence = ClassCue.Before(text, m.Index, 12) ? 0.8 : 0.55;
            }
            results.Add(new Entity(Name, m.Index, m.Length, confidence, $"a {tag.Replace('-', ' ')}")
            {
                Tags = [tag],
                Values = TextScan.Values("year", year),
            });
        }
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
