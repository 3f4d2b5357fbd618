using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;

namespace PolicyRules.Tests.Packs;

/// <summary>
/// Crude stand-ins for the bundled recognizers that are still being written (branch
/// <c>recognizers</c>), with the contract's names, tags and values, so the packs can be built and
/// tested now. <see cref="Engine"/> adds them first; a bundled recognizer of the same name replaces
/// its stand-in, so once the real ones land these stop mattering.
/// </summary>
internal static partial class StandInRecognizers
{
    public static PolicyEngineBuilder AddStandIns(this PolicyEngineBuilder builder)
    {
        foreach (var r in All) builder.AddRecognizer(r);
        return builder;
    }

    /// <summary>The bundled engine, with stand-ins for recognizers that are not bundled yet.</summary>
    public static PolicyEngine Engine => LazyEngine.Value;

    private static readonly Lazy<PolicyEngine> LazyEngine = new(() => new PolicyEngineBuilder().AddStandIns().UseBundledRules().Build());

    public static IReadOnlyList<IRecognizer> All { get; } =
    [
        new RegexRecognizer("phone-number", @"(?<![\d])(\+44\s?7\d{3}|07\d{3})\s?\d{3}\s?\d{3}(?!\d)", ["mobile", "personal"]),
        new RegexRecognizer("phone-number", @"(?<![\d])0[12]\d{2,4}\s?\d{3}\s?\d{3,4}(?!\d)", ["landline"], alsoName: "landline"),
        new RegexRecognizer("social-handle", @"(?:my (?:username|snap|snapchat|insta|instagram|tiktok|handle) is|snapchat me|add me on \w+)\W{0,3}@?[a-z0-9_.]{3,}", []),
        new RegexRecognizer("street-address", @"\b\d{1,4}[a-z]? [a-z]+(?: [a-z]+)? (?:road|street|lane|close|avenue|crescent|drive|grove|gardens|terrace|mews|court|rise|way)\b", []),
        new RegexRecognizer("postcode", @"\b[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}\b", []),
        new RegexRecognizer("date-of-birth", @"\b(?:born|dob|date of birth)\W{0,3}(?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)?[ /.-]+(?:\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ /.-]+\d{2,4}\b", []),
        new RegexRecognizer("bank-details", @"\bsort ?code\W{0,3}\d{2}[- ]?\d{2}[- ]?\d{2}\b|\baccount(?: number| no)?\W{0,3}\d{8}\b", []),
        new RosterRecognizer(),
        new PersonNameRecognizer(),
    ];

    private sealed class RegexRecognizer(string name, string pattern, string[] tags, string? alsoName = null) : IRecognizer
    {
        private readonly Regex _regex = new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        public string Name { get; } = alsoName is null ? name : name + "/" + alsoName;
        public SearchValues<char>? Trigger => null;
        public IReadOnlyCollection<string> Placeholders => ["number", "domain"];

        public void Recognize(DraftView input, ICollection<Entity> results)
        {
            foreach (Match m in _regex.Matches(input.Text))
                results.Add(new Entity(name, m.Index, m.Length, 0.9, $"stand-in {name}") { Tags = tags });
        }
    }

    /// <summary>pupil-name: roster names in the text, full or first name.</summary>
    private sealed class RosterRecognizer : IRecognizer
    {
        public string Name => "pupil-name";
        public SearchValues<char>? Trigger => null;
        public IReadOnlyCollection<string> Placeholders => ["first", "last", "initial", "name"];

        public void Recognize(DraftView input, ICollection<Entity> results)
        {
            foreach (var entry in input.Context.Roster)
            {
                var parts = entry.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0) continue;
                var tags = new List<string>();
                foreach (var c in entry.Consent) tags.Add("consent:" + c);
                var values = new Dictionary<string, string> { ["first"] = parts[0], ["last"] = parts[^1], ["initial"] = parts[^1][..1], ["name"] = entry.Name };
                var full = new Regex(@"\b" + Regex.Escape(entry.Name) + @"\b", RegexOptions.IgnoreCase);
                var fullSpans = new List<(int, int)>();
                foreach (Match m in full.Matches(input.Text))
                {
                    fullSpans.Add((m.Index, m.Index + m.Length));
                    results.Add(new Entity("pupil-name", m.Index, m.Length, 0.95, "roster full name") { Tags = [.. tags, "full-name"], Values = values });
                }
                foreach (Match m in new Regex(@"\b" + Regex.Escape(parts[0]) + @"\b").Matches(input.Text))
                {
                    if (fullSpans.Any(s => m.Index >= s.Item1 && m.Index < s.Item2)) continue;
                    results.Add(new Entity("pupil-name", m.Index, m.Length, 0.8, "roster first name") { Tags = [.. tags, "first-name"], Values = values });
                }
            }
        }
    }

    /// <summary>person-name: two capitalised words, tagged honorific after Mr/Mrs/Miss/Ms/Dr.</summary>
    private sealed partial class PersonNameRecognizer : IRecognizer
    {
        private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
        {
            "Year", "Class", "Star", "Sports", "Day", "Christmas", "Easter", "The", "Our", "We", "Well", "Thank", "Happy", "Congratulations",
            "Primary", "School", "Academy", "Trust", "Church", "Lane", "Road", "Street", "Close", "World", "Book", "Week", "National", "Space",
            "Centre", "Red", "Nose", "Children", "Need", "Mrs", "Mr", "Miss", "Ms", "Dr", "Sir", "Head", "Reception", "Team", "Blue", "Green",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Good", "Luck", "Please", "Dear", "Hi", "Hello", "This", "That",
            "A", "An", "In", "On", "At", "For", "And", "Of", "To", "With", "From", "By", "St", "Saint", "County", "Council", "Club", "United",
        };
        private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr", "Mrs", "Miss", "Ms", "Dr", "Sir", "Mx", "Prof" };

        [GeneratedRegex(@"\b(?<h>[A-Z][a-z]+\.?\s)?(?<f>[A-Z][a-z]+)\s(?<l>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")]
        private static partial Regex Pair();

        public string Name => "person-name";
        public SearchValues<char>? Trigger => null;
        public IReadOnlyCollection<string> Placeholders => ["first", "last", "initial"];

        public void Recognize(DraftView input, ICollection<Entity> results)
        {
            foreach (Match m in Pair().Matches(input.Text))
            {
                var f = m.Groups["f"].Value;
                var l = m.Groups["l"].Value;
                var h = m.Groups["h"].Success ? m.Groups["h"].Value.Trim().TrimEnd('.') : null;
                if (NotNames.Contains(l) || (NotNames.Contains(f) && !Honorifics.Contains(f))) continue;
                var tags = new List<string> { "full-name" };
                if (Honorifics.Contains(f) || (h is not null && Honorifics.Contains(h))) tags.Add("honorific");
                var values = new Dictionary<string, string> { ["first"] = f, ["last"] = l, ["initial"] = l[..1] };
                results.Add(new Entity("person-name", m.Index, m.Length, 0.7, "stand-in capitalised pair") { Tags = tags, Values = values });
            }
        }
    }
}
