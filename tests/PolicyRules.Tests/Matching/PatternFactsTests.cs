using System.Text;
using System.Text.RegularExpressions;
using PolicyRules.Detection;
using PolicyRules.Engine;

namespace PolicyRules.Tests.Matching;

/// <summary>
/// Patterns are skipped unless one of their required literals occurs, run only from the first of their leading
/// literals, and constructed on first use when their size estimate allows (<see cref="PatternFacts"/>). Seeded
/// random text made of each bundled pattern's own words checks the facts against the regex itself (STYLE.md item 10).
/// </summary>
public class PatternFactsTests
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [TestCase(@"\btypical (polish|romanian) (family|people)\b", "typical polish family", "typical polish people", "typical romanian family", "typical romanian people")]
    [TestCase(@"\b(one of (those|them)|another one of (those|them)) (gay|trans)\b",
        "one of those gay", "one of those trans", "one of them gay", "one of them trans",
        "another one of those gay", "another one of those trans", "another one of them gay", "another one of them trans")]
    [TestCase(@"\bsend (them|em) (all )?back\w", "send them all back", "send them back", "send em all back", "send em back")]
    [TestCase(@"^typical (\w+ )?(polish|poles)\b", "typical ")]
    [TestCase(@"\b(i )?(don.t|do not) think", "i ", "don", "do not")]
    [TestCase(@"\b(\w+ )?budget (has )?(ran|run)\b", null)]
    [TestCase(@"\b[a-z]+ (?:primary|academy)\b", null)]
    [TestCase(@"\bi'm done[.!]|\bi'm done$|[★☆]{3,}", "i'm done.", "i'm done!", "i'm done", "★", "☆")]
    [TestCase(@"\d{1,2} ?/ ?10\b", null)]
    [TestCase(@"\bcolou?r\w", "colour", "color")]
    [TestCase(@"(?<who>mr|mrs) \w", "mr ", "mrs ")]
    [TestCase(@"(?i)abc", null)]
    [TestCase(@"(?<=x)abc", null)]
    [TestCase(@"(ab|cd)+e", "ab", "cd")]
    [TestCase(@"(ab|cd){0,2}e", null)]
    [TestCase(@"(ab)?(cd)?", null)]
    [TestCase(@"a\.b\w", "a.b")]
    [TestCase(@"Mrs\s", "mrs")]
    [TestCase(@"\byear \d", "year ")]
    [TestCase(@"[.!]x", ".x", "!x")]
    public void Reads_the_leading_literals(string pattern, params string?[] expected)
    {
        var literals = PatternFacts.Of(pattern)?.Leading;
        if (expected is [null]) literals.Should().BeNull();
        else literals.Should().BeEquivalentTo(expected);
    }

    [TestCase(@"\b(\w+ )?budget (has )?(ran|run)\b", "budget has ran", "budget has run", "budget ran", "budget run")]
    [TestCase(@"\b[a-z]+ (?:primary|academy)\b", " primary", " academy")]
    [TestCase(@"\b(she|he|mrs \w+)( is| was|.s)[^.!?]{0,20}\b(too old|past it)\b", "too old", "past it")]
    [TestCase(@"\bthe \w+ (is|was) (rubbish|useless)", " is rubbish", " is useless", " was rubbish", " was useless")]
    [TestCase(@"\w+@\w+", "@")]
    [TestCase(@"\b\w+ \d+", null)]
    [TestCase(@"(a|\w)b", null)]
    [TestCase(@"(a|\w)@", "@")]
    [TestCase(@"x(ab)*yz", "yz")]
    [TestCase(@"\bthe \w+", null)]
    [TestCase(@"(?=a)a", null)]
    [TestCase(@"\b(year|yr) ?\d{1,2}\b", "year \u0001", "year\u0001", "yr \u0001", "yr\u0001")]
    [TestCase(@"\bu[0-9]{1,2}s?\b", "u\u0001")]
    [TestCase(@"\bi'm done[.!]|[★☆]{3,}", "i'm done.", "i'm done!", "★", "☆")]
    [TestCase(@"\b[a-z_.!£$#@-]*\d[a-z0-9_.!£$#@-]*", null)]
    public void Reads_the_required_literals(string pattern, params string?[] expected)
    {
        var literals = PatternFacts.Of(pattern)?.Required;
        if (expected is [null]) literals.Should().BeNull();
        else literals.Should().BeEquivalentTo(expected);
    }

    [TestCase(@"ab", 2, 0, 0)]
    [TestCase(@"\ba\w+b\b", 2, 1, 0)]
    [TestCase(@"a\s*b", 2, 0, 1)]
    [TestCase(@"[^.!?]{0,80}x", 81, 0, 0)]
    [TestCase(@"(x [a-z]+){0,2}|abcdefgh", 8, 2, 0)]
    [TestCase(@"[^\s]+", 0, 1, 0)]
    [TestCase(@"[ \t]+", 0, 0, 1)]
    [TestCase(@"a.*b", -1, 0, 0)]
    [TestCase(@"a\W+b", -1, 0, 0)]
    [TestCase(@"[^x]+", -1, 0, 0)]
    [TestCase(@"[ -~]+", -1, 0, 0)]
    [TestCase(@"^ab", -1, 0, 0)]
    [TestCase(@"ab$", -1, 0, 0)]
    public void Bounds_the_match_length_by_characters_and_runs(string pattern, long chars, long nonSpaceRuns, long spaceRuns)
    {
        var length = PatternFacts.Of(pattern)!.Length;
        if (chars < 0) length.Should().BeNull();
        else length.Should().Be(new MatchLength(chars, nonSpaceRuns, spaceRuns));
    }

    [TestCase(@"a{1000000000}", false)]
    [TestCase(@"((a{50}){50}){50}", false)]
    [TestCase(@"\b[a-z]{0,2000}\b", false)]
    [TestCase(@"\b(big|small) [^.!?]{0,80} (cat|dog)\b", true)]
    [TestCase(@"(a)\1", false)]
    [TestCase(@"(?>a+)b", false)]
    public void Defers_construction_only_of_patterns_it_can_vouch_for(string pattern, bool deferrable) =>
        (PatternFacts.Of(pattern)?.Deferrable ?? false).Should().Be(deferrable);

    [Test]
    public void Every_bundled_pattern_is_read_and_constructed_on_first_use_and_nearly_all_have_required_literals()
    {
        var withoutRequired = new List<string>();
        var all = 0;
        foreach (var pattern in BundledPatterns())
        {
            all++;
            var facts = PatternFacts.Of(pattern);
            facts.Should().NotBeNull(pattern);
            facts!.Deferrable.Should().BeTrue(pattern);
            if (facts.Required is null) withoutRequired.Add(pattern);
        }
        // Those left need only a digit or a common word in some branch ("y ?\d", "the"); most sit in combinations
        // that reach them only after a lexicon part has matched.
        withoutRequired.Count.Should().BeLessThan(all / 10, string.Join("\n", withoutRequired));
    }

    [Test]
    public void A_deferred_pattern_always_constructs_in_linear_time_mode()
    {
        // Random patterns from a small grammar, counts included: whenever the reader defers construction, the
        // linear-time engine must accept the pattern, else a pack would fail at its first check instead of at load.
        var random = new Random(20261121);
        int deferred = 0, refused = 0;
        for (var i = 0; i < 3000; i++)
        {
            var pattern = RandomPattern(random, 3);
            if (PatternFacts.Of(pattern) is not { Deferrable: true }) { refused++; continue; }
            deferred++;
            var construct = () => new Regex(pattern, Options);
            construct.Should().NotThrow(pattern);
        }
        deferred.Should().BeGreaterThan(1000);
        refused.Should().BeGreaterThan(100, "the patterns should straddle the size limit");
    }

    private static string RandomPattern(Random r, int depth)
    {
        var sb = new StringBuilder();
        var items = r.Next(1, 5);
        for (var i = 0; i < items; i++)
        {
            sb.Append((depth > 0 ? r.Next(9) : r.Next(6)) switch
            {
                0 => "ab",
                1 => @"\w",
                2 => @"\b",
                3 => "[^.!?]",
                4 => "x",
                5 => " ",
                6 => $"({RandomPattern(r, depth - 1)}|{RandomPattern(r, depth - 1)})",
                7 => $"(?:{RandomPattern(r, depth - 1)})",
                _ => "^",
            });
            sb.Append(r.Next(8) switch
            {
                0 => "?",
                1 => "*",
                2 => "+",
                3 => $"{{{r.Next(0, 40)},{r.Next(40, 400)}}}",
                4 => $"{{{r.Next(1, 120)}}}",
                _ => "",
            });
        }
        return sb.ToString();
    }

    private static string FoldDigits(string s) => string.Concat(s.Select(c => char.IsAsciiDigit(c) ? PatternFacts.AnyDigit : c));

    internal static IEnumerable<string> BundledPatterns()
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
    public void Every_match_of_a_bundled_pattern_starts_with_a_leading_literal_and_contains_a_required_one()
    {
        var random = new Random(112126);
        var withLeading = 0;
        var matched = 0;
        foreach (var pattern in BundledPatterns())
        {
            var facts = PatternFacts.Of(pattern)!;
            if (facts.Leading is not null) withLeading++;
            var regex = new Regex(pattern, Options);
            // The pattern's own words and characters, so matches are frequent.
            var words = Regex.Split(pattern, @"[^A-Za-z0-9'@]+").Where(w => w.Length > 0).Append("1").ToArray();
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
                    var index = m.Index;
                    var match = text.Substring(index, m.Length);
                    var rest = text.Substring(index);
                    if (facts.Leading is { } leading)
                        leading.Should().Contain(l => rest.StartsWith(l, StringComparison.OrdinalIgnoreCase), $"'{pattern}' matched '{match}' in '{text}'");
                    // The literal search reads every digit as PatternFacts.AnyDigit.
                    var folded = FoldDigits(match);
                    if (facts.Required is { } required) required.Should().Contain(l => folded.Contains(FoldDigits(l), StringComparison.OrdinalIgnoreCase), $"'{pattern}' matched '{match}' in '{text}'");
                }
            }
        }
        withLeading.Should().BeGreaterThan(20);
        matched.Should().BeGreaterThan(1000);
    }

    [Test]
    public void A_pattern_run_in_windows_around_its_literals_finds_exactly_the_matches_of_the_whole_text()
    {
        var random = new Random(5150);
        var windowed = 0;
        foreach (var pattern in BundledPatterns())
        {
            var yaml = $"pack: conduct\nrules:\n  - id: p\n    title: T\n    detect: {{ pattern: '{pattern.Replace("'", "''")}' }}\n    message: M\n";
            var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
            var part = ((PartDetector)engine.CompiledRules[0].Detector).Part;
            var regex = new Regex(pattern, Options);
            // Lower-case ASCII made of the pattern's own words, so offsets in the draft and the normalised text agree.
            var words = Regex.Split(pattern.ToLowerInvariant(), @"[^a-z0-9'@£]+").Where(w => w.Length > 0).Append("1").Append("12").ToArray();
            string[] gaps = [" ", " ", " ", "  ", ", ", ". ", "\n", "'", "-", "", " the school was lovely ", " x "];
            var facts = PatternFacts.Of(pattern)!;
            for (var i = 0; i < 20; i++)
            {
                var sb = new StringBuilder();
                while (sb.Length < 3000) sb.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
                var text = sb.ToString();
                var expected = new List<(int, int)>();
                foreach (var m in regex.EnumerateMatches(text)) if (m.Length > 0) expected.Add((m.Index, m.Index + m.Length));
                var state = CheckState.For(engine);
                state.Begin(text, PostContext.Default);
                var found = new List<Occurrence>();
                part.Collect(state, found);
                found.Select(o => (o.Start, o.End)).Should().Equal(expected, pattern);
                if (facts.Length is { } length && length.In(state.LongestRuns.NonSpace, state.LongestRuns.Space) * 4 < text.Length) windowed++;
            }
        }
        windowed.Should().BeGreaterThan(400, "most bundled patterns have a bounded length");
    }

    [TestCase("0123456789")]   // a literal at every position: more than are kept
    [TestCase("abcdefgh")]     // one every 8 characters, all kept, in one run without whitespace
    [TestCase("12cdefgh")]
    [TestCase("year 1")]
    public void Windows_stay_linear_when_a_literal_occurs_everywhere(string unit)
    {
        // Windows must not widen from each occurrence to the ends of a run without whitespace (quadratic), and the
        // occurrences kept are bounded.
        var yaml = "pack: conduct\nrules:\n  - id: p\n    title: T\n    detect: { pattern: '\\b(\\d\\d|ab|year \\d)[a-z]{0,3}x\\b' }\n    message: M\n";
        var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
        PolicyRules.Tests.Hostile.Hostile.AssertLinear(n => string.Concat(Enumerable.Repeat(unit, n / unit.Length)), text => engine.Check(text), 200_000);
    }
}
