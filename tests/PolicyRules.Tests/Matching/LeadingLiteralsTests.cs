using System.Text;
using System.Text.RegularExpressions;
using PolicyRules.Detection;

namespace PolicyRules.Tests.Matching;

/// <summary>
/// Patterns run only from the first of their leading literals (<see cref="LeadingLiterals"/>). Seeded random
/// text made of each bundled pattern's own words checks the prefilter against the regex itself: every match
/// starts with one of the literals, ignoring case (STYLE.md item 10).
/// </summary>
public class LeadingLiteralsTests
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [TestCase(@"\btypical (polish|romanian) (family|people)\b", "typical ")]
    [TestCase(@"\b(one of (those|them)|another one of (those|them)) (gay|trans)\b", "one of ", "another one of ")]
    [TestCase(@"\bsend (them|em) (all )?back", "send ")]
    [TestCase(@"^typical (\w+ )?(polish|poles)\b", "typical ")]
    [TestCase(@"\b(i )?(don.t|do not) think", "i ", "don", "do not")]
    [TestCase(@"\b(\w+ )?budget (has )?(ran|run)\b", null)]
    [TestCase(@"\b(big )?budget (has )?(ran|run)\b", "big ", "budget ")]
    [TestCase(@"\b[a-z]+ (?:primary|academy)\b", null)]
    [TestCase(@"\bi'm done[.!]|\bi'm done$|[★☆]{3,}", null)]
    [TestCase(@"\bcolou?r", "colo")]
    [TestCase(@"(?<who>mr|mrs) smith", "mr", "mrs")]
    [TestCase(@"(?i)abc", null)]
    [TestCase(@"(?<=x)abc", null)]
    [TestCase(@"(ab|cd)+e", "ab", "cd")]
    [TestCase(@"(ab|cd){0,2}e", "ab", "cd", "e")]
    [TestCase(@"(ab|cd){1,2}e", "ab", "cd")]
    [TestCase(@"\b(the )?(head|teacher) is", "the ", "head", "teacher")]
    [TestCase(@"\b(https?://)?(www\.)?(xx+|[a-z]*porn)", null)]
    [TestCase(@"\b((mr|mrs) [a-z]+|(the )?(head|deputy))\b", "mr", "mrs", "the ", "head", "deputy")]
    [TestCase(@"(ab)?(cd)?", null)]
    [TestCase(@"a\.b\w", "a.b")]
    public void Reads_the_leading_literals(string pattern, params string?[] expected)
    {
        var literals = LeadingLiterals.Of(pattern);
        if (expected is [null]) Assert.That(literals, Is.Null);
        else Assert.That(literals, Is.EquivalentTo(expected));
    }

    private static IEnumerable<string> BundledPatterns()
    {
        static IEnumerable<string> Of(DetectorSpec spec) => spec switch
        {
            PatternSpec p => [p.Regex],
            CombinationSpec c => c.All.Concat(c.Any).SelectMany(Of),
            RequiredSpec r => r.Any.Concat(r.Trigger ?? []).SelectMany(Of),
            _ => [],
        };
        return BundledRules.Packs.SelectMany(p => p.Rules)
            .SelectMany(r => Of(r.Detect).Concat(r.Unless.Near.SelectMany(Of)).Concat(r.Unless.Overlapping.SelectMany(Of)))
            .Distinct();
    }

    [Test]
    public void Every_match_of_a_bundled_pattern_starts_with_one_of_its_literals()
    {
        var random = new Random(112126);
        var withLiterals = 0;
        var matched = 0;
        foreach (var pattern in BundledPatterns())
        {
            var literals = LeadingLiterals.Of(pattern);
            if (literals is null) continue;
            withLiterals++;
            var regex = new Regex(pattern, Options);
            // The pattern's own words and characters, so matches are frequent.
            var words = Regex.Split(pattern, @"[^A-Za-z0-9']+").Where(w => w.Length > 0).ToArray();
            string[] gaps = [" ", " ", " ", "  ", ", ", ". ", "\n", "'", "-", ""];
            for (var i = 0; i < 400; i++)
            {
                var sb = new StringBuilder();
                var n = random.Next(1, 14);
                for (var k = 0; k < n; k++)
                {
                    var w = words[random.Next(words.Length)];
                    sb.Append(random.Next(5) == 0 ? w.ToUpperInvariant() : w).Append(gaps[random.Next(gaps.Length)]);
                }
                var text = sb.ToString();
                foreach (var m in regex.EnumerateMatches(text))
                {
                    matched++;
                    var at = text[m.Index..];
                    Assert.That(literals.Any(l => at.StartsWith(l, StringComparison.OrdinalIgnoreCase)), $"'{pattern}' matched '{text.Substring(m.Index, m.Length)}' in '{text}'");
                }
            }
        }
        Assert.That(withLiterals, Is.GreaterThan(20));
        Assert.That(matched, Is.GreaterThan(100));
    }
}
