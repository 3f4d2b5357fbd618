using System.Text.RegularExpressions;
using System.Buffers;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// The year-group recognizer as it was before its hand scan (a regex over trigger windows), kept as the oracle the
/// randomized comparison checks the library's version against. Not used by the library.
/// </summary>
/// <remarks>
/// Year groups and classes: "Year 5", "Y4", "Yr 6", "Reception", "Nursery", "4B", "Class 3",
/// "Key Stage 2", "KS1". Tags: <c>year</c>, <c>reception</c>, <c>nursery</c>, <c>class</c>,
/// <c>key-stage</c>. Values: <c>year</c> (1 to 13, R or N; for a key stage, KS1 to KS5).
/// </remarks>
internal sealed partial class ReferenceYearGroupRecognizer : IRecognizer
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
    internal static partial Regex Candidate();

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

    // Every match holds a digit or starts one of these words, and is at most 11 characters ("Key Stage 2").
    internal static readonly SearchValues<string> Words = SearchValues.Create(["year", "reception", "nursery"], StringComparison.OrdinalIgnoreCase);

    // The values, built once rather than per entity.
    private static readonly string[] Numbers = [.. Enumerable.Range(0, 14).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    private static readonly string[] KeyStages = [.. Enumerable.Range(0, 6).Select(n => "KS" + n)];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        foreach (var (windowStart, windowLength) in TextScan.Windows(text, TextScan.Digits, Words, 11))
        foreach (var w in Candidate().EnumerateMatches(text.AsSpan(windowStart, windowLength)))
        {
            var index = windowStart + w.Index;
            var end = index + w.Length;
            if (index > 0 && text[index - 1] is '-' or '/' or '.' or '£' or '$' or '#' or '@') continue;
            if (end < text.Length && text[end] is '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])) continue;
            // Which alternative matched, read from the match itself (no capture groups, so nothing allocated).
            var m = text.AsSpan(index, w.Length);
            string tag, year, evidence;
            var confidence = 0.9;
            switch (m[0])
            {
                case 'Y' or 'y':
                    tag = "year";
                    evidence = "a year";
                    year = NumberAtEnd(m, out var numberLength);
                    if (m[0] == 'y' && YearAgo.Before(text, index, 12)) continue;
                    if (m[..^numberLength].TrimEnd() is "Y" && end < text.Length && text[end] == '%') continue;
                    break;
                case 'R' or 'r':
                    if (NextWordIn(text, end, NotYearAfterReception)) continue;
                    tag = "reception";
                    evidence = "a reception";
                    year = "R";
                    if (m[0] == 'r') confidence = 0.6;
                    break;
                case 'N' or 'n':
                    if (NextWordIn(text, end, NotYearAfterReception)) continue;
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
                    if (NotClassLetters.Contains(m[1])) continue;
                    if (index > 0 && !char.IsWhiteSpace(text[index - 1]) && text[index - 1] is not '(') continue;
                    tag = "class";
                    evidence = "a class";
                    year = Numbers[m[0] - '0'];
                    confidence = ClassCue.Before(text, index, 12) ? 0.8 : 0.55;
                    break;
            }
            // A pack that keeps only some forms (key stages, say) spares the others' entities.
            if (!input.Wants([tag], confidence)) continue;
            results.Add(new Entity(Name, index, w.Length, confidence, evidence)
            {
                Tags = [tag],
                Values = TextScan.Values("year", year),
            });
        }
    }

    // The number that ends the "year" and "class" forms: one or two digits, or R.
    private static string NumberAtEnd(ReadOnlySpan<char> m, out int length)
    {
        length = char.IsAsciiDigit(m[^2]) ? 2 : 1;
        return m[^1] == 'R' ? "R" : Numbers[int.Parse(m[^length..], provider: System.Globalization.CultureInfo.InvariantCulture)];
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
