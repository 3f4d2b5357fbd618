using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.StreetAddress;

/// <summary>
/// Street addresses: a house number (<c>14</c>, <c>14a</c>, <c>Flat 2, 14</c>), one to three
/// capitalised street-name words and a street suffix (Road, Lane, Close, Avenue, Street, Drive,
/// Way, Crescent, Gardens, Grove, Place, Terrace, Court, ...), then optionally a town and a
/// postcode. Tags: <c>with-postcode</c>, <c>with-town</c>. Values: <c>street</c>, <c>postcode</c>.
/// </summary>
internal sealed partial class StreetAddressRecognizer : IRecognizer
{
    private const string Suffix =
        "Road|Rd|Lane|Ln|Close|Avenue|Ave|Street|St|Drive|Dr|Way|Crescent|Cres|Gardens|Gdns|Grove|Place|Pl|Terrace|Court|Ct|Mews|Row|Walk|Square|Sq|Rise|Parade|Hill|Park|View|Green|Vale|Meadows|Fields|Boulevard|Wharf|Croft|Chase|Gate|Yard|Lea";

    // Case-sensitive: street names are capitalised. Bounded repetition; NonBacktracking.
    [GeneratedRegex(@"\b(?:(?:Flat|Apartment|Apt|Unit)\.? ?[0-9]{1,4}[A-Za-z]?,? )?[1-9][0-9]{0,2}[A-Za-z]?,? (?<street>(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\.? ){1,3}(?:" + Suffix + @"))\b(?<rest>,? (?:[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2}),?)?(?<pc>,? ?[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2})?",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    // Words that, before the number, make it a count or a label rather than a house number.
    private static readonly ContextWords NotAHouseNumber = new(
        "year", "yr", "class", "top", "page", "chapter", "aged", "age", "ks", "key stage", "room", "table", "group", "team", "set", "level", "grade", "step", "week", "day", "term", "unit", "lesson", "question");

    private static readonly ContextWords Context = new("live", "lives", "living", "address", "house", "home", "moved", "flat", "at", "round", "postcode", "deliver");

    // Words that are street suffixes but, without a real street name before them, are no street ("5 Blue Team Park").
    private static readonly HashSet<string> NotStreetNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "And", "Of", "Our", "Year", "Class", "Team", "Key", "Stage", "Top", "Best", "New", "Big", "Great", "Little", "Amazing", "Fun", "Top",
    };

    private static readonly Postcode.PostcodeRecognizer Postcodes = new();

    public string Name => "street-address";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["street", "postcode"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["with-postcode", "with-town"];

    // The run ends a house number that ends its token: digits, maybe a letter and a comma, then one space and a capital
    // ("14a, Hope").
    private static bool EndsHouseNumber(string text, int runStart, int runEnd)
    {
        var i = runEnd;
        if (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        if (i < text.Length && text[i] == ',') i++;
        return i + 1 < text.Length && text[i] == ' ' && char.IsAsciiLetterUpper(text[i + 1]);
    }

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // A match reaches at most two tokens before its house number's ("Flat 2, 14") and nine after (three
        // street words and a suffix, a town of up to three words, a two-part postcode), though a word has no
        // length limit: scan only those tokens, around house numbers.
        foreach (var (windowStart, windowLength) in TextScan.TokenWindows(text, input.DigitRuns, 2, 9, EndsHouseNumber))
        for (var m = Candidate().Match(text, windowStart, windowLength); m.Success; m = m.NextMatch())
        {
            var start = m.Index;
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '£' or '$' or '.' or ':' or '/')) continue;
            var street = m.Groups["street"];
            var firstWord = street.Value.AsSpan(0, street.Value.IndexOf(' '));
            if (NotStreetNames.Contains(firstWord.TrimEnd('.').ToString())) continue;
            if (!text.AsSpan(start, m.Length).StartsWith("Flat") && NotAHouseNumber.Before(text, start, 12)) continue;

            var end = street.Index + street.Length;
            var tags = new List<string>(2);
            string? postcode = null;
            var pc = m.Groups["pc"];
            if (pc.Success)
            {
                var pcStart = pc.Index + (pc.Value.Length - pc.Value.TrimStart(',', ' ').Length);
                if (Postcodes.Match(text, pcStart, pc.Index + pc.Length - pcStart) is not null)
                {
                    postcode = text[pcStart..(pc.Index + pc.Length)];
                    end = pc.Index + pc.Length;
                    tags.Add("with-postcode");
                }
            }
            var rest = m.Groups["rest"];
            if (rest.Success && (postcode is not null || rest.Value.StartsWith(',')))
            {
                tags.Add("with-town");
                end = Math.Max(end, rest.Index + rest.Value.TrimEnd(',').Length);
            }
            var confidence = 0.75 + (postcode is not null ? 0.2 : 0) + (Context.Before(text, start, 25) ? 0.1 : 0);
            results.Add(new Entity(Name, start, end - start, TextScan.Clamp(confidence), postcode is null ? "a house number and street" : "a street address with a postcode")
            {
                Tags = tags,
                Values = new Dictionary<string, string> { ["street"] = street.Value, ["postcode"] = postcode ?? "" },
            });
        }
    }
}
