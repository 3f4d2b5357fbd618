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
        Run(engine, "clean drafts", new InputGenerator(2).Drafts(256, 0));
        Run(engine, "20 KB", [new InputGenerator(20480).Text(20480)]);
    }

    private static void Run(PolicyEngine engine, string name, string[] inputs)
    {
        Console.WriteLine($"== {name}: µs per item");
        var state = CheckState.For(engine);
        Time("check", inputs, d => engine.Check(d));
        Time("begin", inputs, d => state.Begin(d, PostContext.Default));
        Time("pattern gate", inputs, d => { state.Begin(d, PostContext.Default); for (var g = 0; g < engine.PatternGates.Length; g++) state.FirstPatternMatch(g); }, "begin");
        var rules = (CompiledRule[])typeof(PolicyEngine).GetField("_rules", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(engine)!;
        var findings = new List<Detection.Finding>();
        var totals = new double[rules.Length];
        for (var rep = 0; rep < 20; rep++)
            foreach (var d in inputs)
            {
                state.Begin(d, PostContext.Default);
                for (var k = 0; k < rules.Length; k++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    if (rules[k].Applies(state)) { findings.Clear(); rules[k].Detector.Detect(state, rules[k], findings); }
                    totals[k] += Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                }
            }
        foreach (var k in Enumerable.Range(0, rules.Length).OrderByDescending(k => totals[k]).Take(12))
            Console.WriteLine($"  rule {rules[k].Definition.Id,-34} {totals[k] / (20.0 * inputs.Length),8:F2} µs ({rules[k].Detector.Kind})");
        if (Environment.GetEnvironmentVariable("PROFILE_PATTERNS") is not null)
        {
            var regexes = new List<System.Text.RegularExpressions.Regex>();
            void Walk(object? o)
            {
                if (o is null) return;
                if (o is System.Text.RegularExpressions.Regex r) { if (!regexes.Contains(r)) regexes.Add(r); return; }
                if (o is System.Collections.IEnumerable e and not string) { foreach (var x in e) Walk(x); return; }
                if (o is not Detection.Part && o is not Detection.Detector) return;
                foreach (var f in o.GetType().GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)) Walk(f.GetValue(o));
            }
            foreach (var r in rules) { Walk(r.Detector); Walk(r.Near); Walk(r.Overlapping); }
            var norms = inputs.Select(d => { var n = new Text.NormalizedText(); n.Normalize(d); return n.Chars.ToString(); }).ToArray();
            var stats = regexes.Select(r =>
            {
                var hits = norms.Count(n => r.IsMatch(n));
                var sw = Stopwatch.StartNew();
                for (var k = 0; k < 5; k++) foreach (var n in norms) r.IsMatch(n);
                return (r, hits, us: sw.Elapsed.TotalMicroseconds / (5.0 * norms.Length));
            }).OrderByDescending(x => x.us).ToList();
            Console.WriteLine($"  {regexes.Count} pattern regexes, total {stats.Sum(x => x.us):F2} µs per item");
            Console.WriteLine($"  with leading literals: {regexes.Count(r => Detection.LeadingLiterals.Of(r.ToString()) is not null)}");
            foreach (var (r, hits, us) in stats.Where(x => Detection.LeadingLiterals.Of(x.r.ToString()) is null).Take(40)) Console.WriteLine($"    {us,8:F2} µs  hits {hits,4}/{norms.Length}  {r.ToString()[..Math.Min(90, r.ToString().Length)]}");
            File.WriteAllLines("/tmp/pats.txt", regexes.Select(r => r.ToString()));
            Console.WriteLine($"  {engine.PatternGates.Length} gates; hits: {string.Join(" ", engine.PatternGates.Select(g => norms.Count(n => g.IsMatch(n))))}");
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
        foreach (var d in inputs) a(d);
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
}
