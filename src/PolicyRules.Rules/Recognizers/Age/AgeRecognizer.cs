using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.PersonName;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.Age;

/// <summary>
/// A person's age: "aged 7", "age 7", "7 years old", "7-year-old", "7 yrs old", "7yo", and "(8)"
/// straight after a first name ("Amelia (8)"). Tags: <c>child</c> (under 19) or <c>adult</c>, and
/// <c>group</c> for plurals ("our 4-year-olds"). Values: <c>age</c>.
/// </summary>
internal sealed partial class AgeRecognizer : IRecognizer
{
    [GeneratedRegex(
        @"(?i:\baged?\s+(?<n>[0-9]{1,2})\b(?!\s*(?:-|to)\s*[0-9])" +
        @"|\b(?<n>[0-9]{1,2})(?:\s*|-)(?:years?|yrs?)(?:\s+|-)olds?\b" +
        @"|\b(?<n>[0-9]{1,2})\s?(?:yo|y/o|y\.o\.)(?![A-Za-z0-9]))" +
        @"|\b(?<name>[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\s\((?<n>[0-9]{1,2})\)",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Candidate();

    public string Name => "age";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["age"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["child", "adult", "group"];

    // A run that can be the number of a match: "(8)" after a name (the run opens its token after '('); a number after
    // "age"/"aged" (the run opens its token); or a number followed by a 'y' ("years", "yrs", "yo"), directly, after
    // '-', or at the start of the next token.
    private static bool CanHoldAge(string text, int runStart, int runEnd)
    {
        var opensToken = runStart == 0 || char.IsWhiteSpace(text[runStart - 1]);
        if (!opensToken && text[runStart - 1] == '(' && (runStart == 1 || char.IsWhiteSpace(text[runStart - 2]))) return true;
        if (opensToken)
        {
            var before = text.AsSpan(0, runStart).TrimEnd();
            if (before.EndsWith("age", StringComparison.OrdinalIgnoreCase) || before.EndsWith("aged", StringComparison.OrdinalIgnoreCase)) return true;
        }
        var next = runEnd < text.Length && text[runEnd] == '-' ? runEnd + 1 : runEnd;
        if (next == text.Length || char.IsWhiteSpace(text[next]))
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return next < text.Length && text[next] is 'y' or 'Y';
    }

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // Every match holds a digit and reaches at most one token before the digit's ("aged 7", "Amelia (8)")
        // and two after, its lookahead included ("7 years old", "aged 7 - 9"), though its spaces are
        // unbounded: scan only those tokens. Regex.Match(text, start, length) keeps text offsets.
        foreach (var (windowStart, windowLength) in TextScan.TokenWindows(text, input.DigitRuns, 1, 2, CanHoldAge))
        for (var m = Candidate().Match(text, windowStart, windowLength); m.Success; m = m.NextMatch())
        {
            var n = m.Groups["n"];
            var age = int.Parse(n.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (age == 0) continue;
            var start = m.Index;
            var length = m.Length;
            var confidence = 0.9;
            var name = m.Groups["name"];
            if (name.Success)
            {
                // "(8)" counts only after a first name: "Question (3)" is a numbered item.
                if (!NameData.IsFirstName(name.ValueSpan)) continue;
                start = n.Index - 1;
                length = n.Length + 2;
                confidence = NameData.IsCommonWord(name.ValueSpan) ? 0.5 : 0.8;
                if (age > 18) continue;
            }
            var tags = new List<string>(2) { age <= 18 ? "child" : "adult" };
            if (m.Value.EndsWith("olds", StringComparison.OrdinalIgnoreCase)) { tags.Add("group"); confidence = 0.6; }
            results.Add(new Entity(Name, start, length, confidence, "a person's age")
            {
                Tags = tags,
                Values = TextScan.Values("age", n.Value),
            });
        }
    }
}
