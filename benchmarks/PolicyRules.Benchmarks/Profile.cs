using System.Diagnostics;
using PolicyRules.Engine;
using PolicyRules.Recognition;
using PolicyRules.Recognizers;

namespace PolicyRules.Benchmarks;

/// <summary>A Stopwatch breakdown of one check (`--profile`): the pipeline's stages, each recognizer
/// and each rule, on clean 280-char drafts and on a 20 KB document. For finding what to optimise next.</summary>
internal static class Profile
{
    public static void Run()
    {
        var sw = Stopwatch.StartNew();
        var engine = Packs.Engine();
        Console.WriteLine($"first build (packs loaded, regexes constructed): {sw.Elapsed.TotalMilliseconds:F1} ms");
        sw.Restart();
        for (var i = 0; i < 10; i++) Packs.Engine();
        Console.WriteLine($"later builds: {sw.Elapsed.TotalMilliseconds / 10:F1} ms each");
        Console.WriteLine($"vocabulary: {engine.Vocabulary.FormCount} forms in {engine.Vocabulary.ClassCount} classes; automaton: "
            + $"{engine.Automaton.Phrases.Count} phrases, {engine.Automaton.StateCount} states; pattern literals: {engine.PatternLiterals.Count} in {engine.PatternLiterals.StateCount} states of {engine.PatternLiterals.ClassCount} classes");
        // Warm the whole engine first: regexes constructed on first use, their lazily built DFA states and tiered-up
        // code all take a few seconds of checks; measured before that, a draft reads 10x slower.
        var all = new InputGenerator(1).Drafts(256, 1).Concat(new InputGenerator(2).Drafts(256, 0)).Append(new InputGenerator(20480).Text(20480)).ToArray();
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 4000) foreach (var d in all) engine.Check(d);
        Run(engine, "drafts (1 in 4 with a finding)", new InputGenerator(1).Drafts(256, 1));
        Run(engine, "clean drafts", new InputGenerator(2).Drafts(256, 0));
        Run(engine, "20 KB", [new InputGenerator(20480).Text(20480)]);
        if (Environment.GetEnvironmentVariable("PROFILE_1MB") is not null) Run(engine, "1 MB", [new InputGenerator(1 << 20).Text(1 << 20)]);
    }

    private static void Run(PolicyEngine engine, string name, string[] inputs)
    {
        Console.WriteLine($"== {name}: µs per item");
        var state = CheckState.For(engine);
        Time("check", inputs, d => engine.Check(d));
        Time("begin", inputs, d => state.Begin(d, PostContext.Default));
        if (engine.PatternLiterals.Count > 0)
            Time("pattern literals", inputs, d => { state.Begin(d, PostContext.Default); _ = state.Literals; }, "begin");
        {
            long occurrences = 0, distinct = 0;
            foreach (var d in inputs) { state.Begin(d, PostContext.Default); occurrences += state.Literals.Count; distinct += state.Literals.Found.Length; }
            Console.WriteLine($"  literal occurrences {occurrences / (double)inputs.Length:F1} per item, of {distinct / (double)inputs.Length:F1} literals");
        }
        // Found once per check for the digit-driven recognizers; their own lines below reuse one view, so leave it out.
        Time("digit runs", inputs, d => { state.Begin(d, PostContext.Default); _ = state.Input.DigitRuns; }, "begin");
        var rules = (CompiledRule[])typeof(PolicyEngine).GetField("_rules", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(engine)!;
        var findings = new List<Detection.Finding>();
        var totals = new double[rules.Length];
        for (var rep = 0; rep < 20; rep++)
            foreach (var d in inputs)
            {
                state.Begin(d, PostContext.Default);
                _ = state.Literals; // the one literal pass, timed above, not charged to the first pattern
                for (var k = 0; k < rules.Length; k++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    if (rules[k].Applies(state) && rules[k].Detector.Cues?.MayMatch(state) != false) { findings.Clear(); rules[k].Detector.Detect(state, rules[k], findings); }
                    totals[k] += Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                }
            }
        foreach (var k in Enumerable.Range(0, rules.Length).OrderByDescending(k => totals[k]).Take(12))
            Console.WriteLine($"  rule {rules[k].Definition.Id,-34} {totals[k] / (20.0 * inputs.Length),8:F2} µs ({rules[k].Detector.Kind})");
        if (Environment.GetEnvironmentVariable("PROFILE_PARTS") is not null) PatternParts(state, rules, inputs);
        if (Environment.GetEnvironmentVariable("PROFILE_PATTERNS") is not null)
        {
            static IEnumerable<string> Of(DetectorSpec spec) => spec switch
            {
                PatternSpec p => [p.Regex],
                CombinationSpec c => c.All.Concat(c.Any).SelectMany(Of),
                RequiredSpec r => r.Any.Concat(r.Trigger ?? []).SelectMany(Of),
                _ => [],
            };
            var patterns = engine.Rules.SelectMany(r => Of(r.Detect).Concat(r.Unless.Near.SelectMany(Of)).Concat(r.Unless.Overlapping.SelectMany(Of))).Distinct().ToList();
            var norms = inputs.Select(d => { var n = new Text.NormalizedText(); n.Normalize(d); return n.Chars.ToString(); }).ToArray();
            var stats = patterns.Select(p =>
            {
                var r = new System.Text.RegularExpressions.Regex(p, System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                var required = Loading.Patterns.FactsOf(p)?.Required;
                var passes = required is null ? norms.Length : norms.Count(n => required.Any(l => n.Contains(l, StringComparison.OrdinalIgnoreCase)));
                var hits = norms.Count(n => r.IsMatch(n));
                var sw = Stopwatch.StartNew();
                for (var k = 0; k < 5; k++) foreach (var n in norms) r.IsMatch(n);
                return (p, required, passes, hits, us: sw.Elapsed.TotalMicroseconds / (5.0 * norms.Length));
            }).OrderByDescending(x => x.passes * x.us).ToList();
            Console.WriteLine($"  {patterns.Count} patterns, {stats.Count(x => x.required is not null)} with required literals; whole-text regex {stats.Sum(x => x.us):F2} µs per item, after the prefilter ~{stats.Sum(x => x.us * x.passes / norms.Length):F2}");
            foreach (var x in stats.Take(25))
                Console.WriteLine($"    {x.us,8:F2} µs  passes {x.passes,4}/{norms.Length} hits {x.hits,4}  [{string.Join('|', x.required?.Take(4) ?? ["-"])}]  {x.p[..Math.Min(70, x.p.Length)]}");
        }
        var views = inputs.Select(d => DraftView.Create(d)).ToArray();
        var results = new List<Entity>();
        foreach (var r in engine.Recognizers)
        {
            var i = 0;
            Time($"recognizer {r.Name}", inputs, _ =>
            {
                results.Clear();
                var v = views[i++ % views.Length];
                if (r.Trigger is null || v.Text.AsSpan().ContainsAny(r.Trigger)) r.Recognize(v, results);
            });
        }
    }

    private static readonly Dictionary<string, double> Base = [];

    private static void Time(string name, string[] inputs, Action<string> a, string? minus = null)
    {
        // Warm until the code has tiered up (a few passes would measure tier-0 code, 2-5x slower).
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 1000) foreach (var d in inputs) a(d);
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        long n = 0;
        while (sw.ElapsedMilliseconds < 300) { foreach (var d in inputs) a(d); n += inputs.Length; }
        var us = sw.Elapsed.TotalMicroseconds / n;
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / (double)n;
        Base[name] = us;
        var extra = minus is not null ? $" (minus {minus}: {us - Base[minus]:F2})" : "";
        Console.WriteLine($"  {name,-32} {us,10:F2} µs {bytes,9:F0} B{extra}");
    }

    // Each pattern part of every rule on its own (prefilter, windows and regex), slowest first.
    private static void PatternParts(CheckState state, CompiledRule[] rules, string[] inputs)
    {
        var parts = new List<(string Rule, Detection.PatternPart Part)>();
        void Walk(string rule, object? o)
        {
            if (o is null) return;
            if (o is Detection.PatternPart pp) { parts.Add((rule, pp)); return; }
            if (o is System.Collections.IEnumerable e and not string) { foreach (var x in e) Walk(rule, x); return; }
            if (o is not Detection.Part && o is not Detection.Detector) return;
            foreach (var f in o.GetType().GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)) Walk(rule, f.GetValue(o));
        }
        foreach (var r in rules) { Walk(r.Definition.Id, r.Detector); Walk(r.Definition.Id, r.Near); Walk(r.Definition.Id, r.Overlapping); }
        var list = new List<Detection.Occurrence>();
        var totals = new double[parts.Count];
        const int Reps = 20;
        // Warm every part first: a part whose rule does not apply by default has never run, and a regex's first calls
        // build its DFA states (ten times the cost of later ones).
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < 2000)
            foreach (var d in inputs)
            {
                state.Begin(d, PostContext.Default);
                foreach (var (_, part) in parts) { list.Clear(); part.Collect(state, list, null); }
            }
        for (var rep = 0; rep < Reps; rep++)
            foreach (var d in inputs)
            {
                state.Begin(d, PostContext.Default);
                _ = state.Literals; // the one literal pass, timed above, not charged to the first pattern
                for (var k = 0; k < parts.Count; k++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    list.Clear();
                    parts[k].Part.Collect(state, list, null);
                    totals[k] += Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                }
            }
        Console.WriteLine($"  pattern parts (every part on every input, whether or not its rule applies): {totals.Sum() / (Reps * inputs.Length):F2} µs in all");
        foreach (var k in Enumerable.Range(0, parts.Count).OrderByDescending(k => totals[k]).Take(12))
            Console.WriteLine($"    {totals[k] / (Reps * inputs.Length),8:F2} µs  {parts[k].Rule,-30} {parts[k].Part}");
    }
}
