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
    [TestCase(@"\bi'm done[.!]|\bi'm done$|[★☆]{3,}", "i'm done", "★", "☆")] // "i'm done." starts with "i'm done"
    [TestCase(@"\d{1,2} ?/ ?10\b", null)]
    [TestCase(@"\bcolou?r\w", "colour", "color")]
    [TestCase(@"(?<who>mr|mrs) \w", "mr ", "mrs ")]
    [TestCase(@"(?i)abc", null)]
    [TestCase(@"(?<=x)abc", null)]
    [TestCase(@"(ab|cd)+e", "ab", "cd")]
    [TestCase(@"(ab|cd){0,2}e", "e", "abe", "cde", "ababe", "abcde", "cdabe", "cdcde")]
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
    [TestCase(@"\b(i.m|still) on (m[1-6]|ups ?[1-3])\b", " on m\u0001", " on ups \u0001", " on ups\u0001")] // digit ranges read as any digit
    [TestCase(@", \d{1,2},", ", \u0001,", ", \u0001\u0001,")] // a short counted loop is its powers; punctuation around a digit is rare enough
    [TestCase(@"\bturns \d{1,2}\b|\bturned \d{1,2}\b", "turns \u0001", "turned \u0001")]
    [TestCase(@"(🍑|💦)[^\n]{0,80}https?://|https?://\S+[^\n]{0,40}(🍑|💦)", "🍑", "💦")] // an emoji is rarer than "http"
    [TestCase(@"\bemail( is|:)?\W{0,3}[a-z0-9._-]+@(gmail|aol)\.", "@gmail.", "@aol.")]  // "@" is rarer than "email" // "turns \u0001\u0001" holds "turns \u0001"
    public void Reads_the_required_literals(string pattern, params string?[] expected)
    {
        var literals = PatternFacts.Of(pattern)?.Required;
        if (expected is [null]) literals.Should().BeNull();
        else literals.Should().BeEquivalentTo(expected);
    }

    [TestCase(@"\b[a-z_.!£$#@-]*\d[a-z0-9_.!£$#@-]*", "\u0001")]
    [TestCase(@"\b(year|yr|y) ?\d{1,2}\b|\breception\b|\b\d[a-z]\b", "\u0001", "reception")]
    [TestCase(@"\b(the|a) (cat|dog)\b", "the cat", "the dog", "a cat", "a dog")]
    [TestCase(@"\b(the|a) \w+", "the ", "a ")]
    [TestCase(@"\w+", null)]
    public void Reads_the_literals_every_match_contains_however_common(string pattern, params string?[] expected)
    {
        var literals = PatternFacts.Of(pattern)?.Contained;
        if (expected is [null]) literals.Should().BeNull();
        else literals.Should().BeEquivalentTo(expected);
    }

    [TestCase(@"\b[a-z_.!£$#@-]*\d[a-z0-9_.!£$#@-]*", "NonSpace")]
    [TestCase(@"\byear ?\d", "Both")]
    [TestCase(@"\b", "None")]
    public void Reads_whether_a_match_can_hold_whitespace(string pattern, string expected) =>
        PatternFacts.Of(pattern)!.Spacing.ToString().Should().Be(expected);

    [TestCase(@"\bab\b", ".!?;,\n")]
    [TestCase(@"a[^.!?]{0,70}b", ".!?")]
    [TestCase(@"a[^.!?;,\n]{0,70}b", ".!?;,\n")]
    [TestCase(@"a\s+b", ".!?;,")]
    [TestCase(@"a[^\S]b", ".!?;,")]
    [TestCase(@"a\S+b", "\n")]
    [TestCase(@"a[^\W]b", ".!?;,\n")]
    [TestCase(@"a[,.]b", "!?;\n")]
    [TestCase(@"a[!-/]b", "?;\n")]
    [TestCase(@"a\.b|c!", "?;,\n")]
    [TestCase(@"a.b", "")]
    [TestCase(@"a\Wb", "")]
    [TestCase(@"a\p{L}b", "")]
    [TestCase(@"a[\x2C]b", "")]
    [TestCase(@"a[^\x2C]b", "")]
    public void Reads_which_clause_breaks_no_match_can_hold(string pattern, string expected)
    {
        var excluded = PatternFacts.Of(pattern)!.BreaksExcluded;
        string.Concat(PatternFacts.Breaks.Where((_, i) => (excluded & (1 << i)) != 0)).Should().Be(expected);
    }

    [Test]
    public void No_match_holds_a_clause_break_the_facts_exclude()
    {
        // Random patterns of classes, escapes and punctuation against random text full of breaks: a break the facts
        // say no match holds is never inside one (windows end at such breaks).
        var random = new Random(42);
        string[] pieces = [@"[^.!?]", @"[^.,;!?\n]", @"\s", @"\S", ".", @"\W", @"\w", "[.!]", @"[^\S]", "[a-z,]", @"\.", ",", "x", " ", @"[^\w\s]", "[!-/]", @"\n", "[;-?]"];
        string[] units = ["x", "x", " ", ".", ",", ";", "!", "?", "\n", "-", "a", "'"];
        var excludedAny = 0;
        for (var i = 0; i < 2000; i++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(1, 5); k > 0; k--)
                sb.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(4) switch { 0 => "?", 1 => "{0,5}", 2 => "+", _ => "" });
            var pattern = sb.ToString();
            var excluded = PatternFacts.Of(pattern)!.BreaksExcluded;
            if (excluded != 0) excludedAny++;
            var chars = PatternFacts.Breaks.Where((_, b) => (excluded & (1 << b)) != 0).ToArray();
            var text = string.Concat(Enumerable.Range(0, 60).Select(_ => units[random.Next(units.Length)]));
            foreach (var m in new Regex(pattern, Options).EnumerateMatches(text))
                text.AsSpan(m.Index, m.Length).IndexOfAny(chars).Should().Be(-1, $"'{pattern}' matched '{text.Substring(m.Index, m.Length)}'");
        }
        excludedAny.Should().BeGreaterThan(500);
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
    public void Every_match_of_a_bundled_pattern_starts_with_a_leading_literal_and_contains_a_required_and_a_contained_one()
    {
        var random = new Random(112126);
        var withLeading = 0;
        var matched = 0;
        var windowed = 0;
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
                    if (facts.Contained is { } contained) contained.Should().Contain(l => folded.Contains(FoldDigits(l), StringComparison.OrdinalIgnoreCase), $"'{pattern}' matched '{match}' in '{text}'");
                    if (facts.RequiredBefore is { } before && facts.RequiredAfter is { } after)
                    {
                        // Some occurrence of a required literal has the whole match within the window around it.
                        var (nonSpace, space) = PolicyRules.Text.WhitespaceRuns.Longest(text); // checked against a plain walk in WhitespaceRunsTests
                        var (back, ahead) = (before.In(nonSpace, space), after.In(nonSpace, space));
                        var foldedText = FoldDigits(text);
                        var end = index + m.Length;
                        var within = facts.Required!.Any(l => Enumerable.Range(0, text.Length)
                            .Any(p => foldedText.AsSpan(p).StartsWith(FoldDigits(l), StringComparison.OrdinalIgnoreCase) && p - back <= index && end <= p + ahead));
                        within.Should().BeTrue($"'{pattern}' matched '{match}' in '{text}' ({back} back, {ahead} ahead)");
                        windowed++;
                    }
                }
            }
        }
        withLeading.Should().BeGreaterThan(20);
        matched.Should().BeGreaterThan(1000);
        windowed.Should().BeGreaterThan(matched / 2);
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
            for (var i = 0; i < 30; i++)
            {
                // Documents, and drafts, whose windows are cut only at the clause breaks no match holds.
                var sb = new StringBuilder();
                while (sb.Length < (i % 3 == 2 ? 250 : 3000)) sb.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
                var text = sb.ToString();
                var expected = new List<(int, int)>();
                foreach (var m in regex.EnumerateMatches(text)) if (m.Length > 0) expected.Add((m.Index, m.Index + m.Length));
                var state = CheckState.For(engine);
                state.Begin(text, PostContext.Default);
                var found = new List<Occurrence>();
                part.Collect(state, found, null);
                found.Select(o => (o.Start, o.End)).Should().Equal(expected, pattern);
                if (facts.RequiredBefore is { } before && facts.RequiredAfter is { } after
                    && (before.In(state.LongestRuns.NonSpace, state.LongestRuns.Space) + after.In(state.LongestRuns.NonSpace, state.LongestRuns.Space)) * 2 < text.Length) windowed++;
            }
        }
        windowed.Should().BeGreaterThan(400, "most bundled patterns have a bounded length");
    }

    [Test]
    public void A_pattern_run_near_a_region_finds_exactly_the_whole_texts_matches_that_meet_it()
    {
        // Combinations collect their other parts only near their anchors. The scan there must report every match of
        // the whole text whose tokens meet the region, and nothing the whole text's scan would not report.
        var random = new Random(2111);
        int skipped = 0, withoutLiterals = 0;
        foreach (var pattern in BundledPatterns().Append(@"\b[a-z]+ ?\d{1,2}\b").Append(@"\d\d"))
        {
            var yaml = $"pack: conduct\nrules:\n  - id: p\n    title: T\n    detect: {{ pattern: '{pattern.Replace("'", "''")}' }}\n    message: M\n";
            var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
            var part = ((PartDetector)engine.CompiledRules[0].Detector).Part;
            var regex = new Regex(pattern, Options);
            var words = Regex.Split(pattern.ToLowerInvariant(), @"[^a-z0-9'@£]+").Where(w => w.Length > 0).Append("1").Append("12").Append("123").ToArray();
            string[] gaps = [" ", " ", " ", "  ", ", ", ". ", "\n", "'", "-", "", " the school was lovely ", " x "];
            for (var i = 0; i < 12; i++)
            {
                var sb = new StringBuilder();
                while (sb.Length < 3000) sb.Append(words[random.Next(words.Length)]).Append(gaps[random.Next(gaps.Length)]);
                var text = sb.ToString();
                var state = CheckState.For(engine);
                state.Begin(text, PostContext.Default);
                var region = new TokenRegion();
                for (var r = random.Next(1, 4); r > 0; r--)
                {
                    var first = random.Next(state.Tokens.Count);
                    region.Add(first, first + random.Next(0, 30));
                }
                region.Seal();
                var whole = new List<(int Start, int End)>();
                foreach (var m in regex.EnumerateMatches(text)) if (m.Length > 0) whole.Add((m.Index, m.Index + m.Length));
                var near = new List<Occurrence>();
                part.Collect(state, near, region);
                var found = near.Select(o => (o.Start, o.End)).ToList();
                found.Should().BeSubsetOf(whole, pattern);
                bool Meets((int Start, int End) m)
                {
                    var (first, last) = state.TokenRange(m.Start, m.End);
                    for (var k = 0; k < region.Count; k++) if (first <= region[k].Last && last >= region[k].First) return true;
                    return false;
                }
                foreach (var m in whole.Where(Meets)) found.Should().Contain(m, pattern);
                if (PatternFacts.Of(pattern)!.Required is not null) continue; // windows around literals serve those
                withoutLiterals++;
                if (found.Count < whole.Count) skipped++;
            }
        }
        skipped.Should().BeGreaterThan(withoutLiterals / 2, "the region should spare patterns without literals most of the text");
    }

    [Test]
    public void A_lexicon_collected_near_a_region_keeps_exactly_the_hits_that_meet_it()
    {
        // Phrases of one to three words, so a later hit can start before an earlier one ("c" then "a b c d").
        var yaml = "pack: conduct\nrules:\n  - id: p\n    title: T\n    detect: { lexicon: [we, our school, a b c d, b c, keep it quiet] }\n    message: M\n";
        var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
        var part = ((PartDetector)engine.CompiledRules[0].Detector).Part;
        string[] words = ["we", "our", "school", "a", "b", "c", "d", "keep", "it", "quiet", "x"];
        var random = new Random(4242);
        for (var round = 0; round < 200; round++)
        {
            var text = string.Join(" ", Enumerable.Range(0, 300).Select(_ => words[random.Next(words.Length)]));
            var state = CheckState.For(engine);
            state.Begin(text, PostContext.Default);
            var whole = new List<Occurrence>();
            part.Collect(state, whole, null);
            var region = new TokenRegion();
            for (var r = random.Next(1, 6); r > 0; r--)
            {
                var first = random.Next(-3, state.Tokens.Count);
                region.Add(first, first + random.Next(0, 6));
            }
            region.Seal();
            var near = new List<Occurrence>();
            part.Collect(state, near, region);
            bool Meets(Occurrence o)
            {
                for (var k = 0; k < region.Count; k++) if (o.First <= region[k].Last && o.Last >= region[k].First) return true;
                return false;
            }
            near.Should().Equal(whole.Where(Meets), $"round {round}");
            near.Count.Should().BeLessThan(whole.Count);
        }
    }

    [TestCase(@"\b\w+ \w+\b", "aa bb cc dd ee ")] // matches chain: a scan started between two of them pairs the words the other way
    [TestCase(@"\b\w+ \w+\b", "aa bb cc dd ee ff gg, ")]
    [TestCase(@"\b\w+ ?\d\b", "5 5 5 5 a 5 5 5 5 ")]
    [TestCase(@"\b\w\w( \w\w){1,30}\b", "xx yy yy yy yy yy yy yy yy yy yy yy ")] // a match that meets the region runs well past it
    public void A_region_scan_starts_where_no_match_of_the_whole_text_spans_it_and_ends_past_every_match_that_meets_it(string pattern, string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 40));
        var yaml = $"pack: conduct\nrules:\n  - id: p\n    title: T\n    detect: {{ pattern: '{pattern}' }}\n    message: M\n";
        var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
        var part = ((PartDetector)engine.CompiledRules[0].Detector).Part;
        var whole = new Regex(pattern, Options).Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();
        var state = CheckState.For(engine);
        state.Begin(text, PostContext.Default);
        for (var first = 1; first < state.Tokens.Count; first += 7)
        {
            var region = new TokenRegion();
            region.Add(first, first + 2);
            var near = new List<Occurrence>();
            part.Collect(state, near, region);
            near.Select(o => (o.Start, o.End)).Should().BeSubsetOf(whole, $"region at token {first}");
        }
    }

    [TestCase("\u212Aeep it quiet", "keep it quiet")]       // a Kelvin sign folds to k in the regex, not in the literal search
    [TestCase("year \u0663 trip", "year 3 trip")]            // "\d" matches an Arabic-Indic three
    public void A_text_the_literal_search_cannot_read_as_the_regex_does_is_not_prefiltered(string draft, string plain)
    {
        var yaml = "pack: conduct\nrules:\n  - id: p\n    title: T\n    detect: { pattern: '\\b(keep it quiet|year \\d)\\b' }\n    message: M\n";
        var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
        engine.Check(plain).Violations.Should().ContainSingle();
        engine.Check(draft).Violations.Should().ContainSingle();
    }

    [TestCase("login 1 2 3 4 ")]      // anchors everywhere, a digit everywhere: no point is safe to start from
    [TestCase("login 12345678901234 ")]
    [TestCase("x x x x x x x login 7 ")]
    public void Region_scans_stay_linear_when_no_start_point_is_safe(string unit)
    {
        var yaml = "pack: conduct\nrules:\n  - id: p\n    title: T\n    detect:\n      combination:\n        all: [ { lexicon: [login] } ]\n" +
                   "        any: [ { pattern: '\\b\\w+ ?\\d\\b' } ]\n        within: 3\n    message: M\n";
        var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
        engine.Check(string.Concat(Enumerable.Repeat(unit, 20))).Violations.Should().NotBeEmpty();
        PolicyRules.Tests.Hostile.Hostile.AssertLinear(n => string.Concat(Enumerable.Repeat(unit, n / unit.Length)), text => engine.Check(text), 200_000);
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
