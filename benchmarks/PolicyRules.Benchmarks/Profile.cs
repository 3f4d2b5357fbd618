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
        var engine = Packs.Engine();
        Run(engine, "clean drafts", new InputGenerator(2).Drafts(256, 0));
        Run(engine, "20 KB", [new InputGenerator(20480).Text(20480)]);
    }

    private static void Run(PolicyEngine engine, string name, string[] inputs)
    {
        Console.WriteLine($"== {name}: µs per item");
        var state = CheckState.For(engine);
        Time("check", inputs, d => engine.Check(d));
        Time("begin", inputs, d => state.Begin(d, PostContext.Default));
        Time("pattern gate", inputs, d => { state.Begin(d, PostContext.Default); state.FirstPatternMatch(); }, "begin");
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
