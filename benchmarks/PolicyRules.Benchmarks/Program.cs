using System.Diagnostics;
using BenchmarkDotNet.Running;
using PolicyRules.Benchmarks;

if (args is ["--loop", var what, ..])
{
    var e = Packs.Engine();
    var inputs = what == "doc" ? [new InputGenerator(20480).Text(20480)] : new InputGenerator(2).Drafts(256, 0);
    var end = Stopwatch.StartNew();
    while (end.ElapsedMilliseconds < 15000) foreach (var d in inputs) e.Check(d);
    return;
}
if (args is ["--stages", ..]) { Stages.Run(); return; }
if (args is ["--profile", ..]) { PolicyRules.Benchmarks.Profile.Run(); return; }
if (args is ["--quick", ..])
{
    // A rough Stopwatch pass for iterating on the hot path; the numbers to publish come from BenchmarkDotNet.
    Quick();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

static void Quick()
{
    var engine = Packs.Engine();
    var naive = new NaiveChecker(Packs.Current);
    Console.WriteLine($"packs: {Packs.Name}, rules: {engine.Rules.Count}, naive regexes: {naive.RuleCount}");
    var drafts = new InputGenerator(1).Drafts(256, 1);
    var clean = new InputGenerator(2).Drafts(256, 0);
    Console.WriteLine($"findings in drafts: {drafts.Sum(d => engine.Check(d).Violations.Count)}; clean: {clean.Sum(d => engine.Check(d).Violations.Count)}");
    Measure("engine draft", drafts, d => engine.Check(d).Violations.Count);
    Measure("engine clean draft", clean, d => engine.Check(d).Violations.Count);
    Measure("naive draft", drafts, naive.Check);
    foreach (var size in new[] { 1024, 5120, 20480, 1 << 20 })
    {
        var text = new InputGenerator(size).Text(size);
        Console.WriteLine($"{size} B: {engine.Check(text).Violations.Count} findings");
        Measure($"engine {size}", [text], d => engine.Check(d).Violations.Count);
        Measure($"naive {size}", [text], naive.Check);
    }
}

static void Measure(string name, string[] inputs, Func<string, int> f)
{
    long chars = inputs.Sum(s => (long)s.Length);
    for (var w = 0; w < 3; w++) foreach (var s in inputs) f(s);
    var sw = Stopwatch.StartNew();
    var reps = 0;
    var alloc0 = GC.GetAllocatedBytesForCurrentThread();
    while (sw.ElapsedMilliseconds < 1000) { foreach (var s in inputs) f(s); reps++; }
    var alloc = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / (double)(reps * inputs.Length);
    var perItem = sw.Elapsed.TotalNanoseconds / (reps * inputs.Length);
    Console.WriteLine($"  {name,-22} {perItem / 1000,10:F2} µs/item  {chars * reps / sw.Elapsed.TotalSeconds / 1e6,8:F1} Mchar/s  {alloc,10:F0} B/item");
}

internal static class Stages
{
    public static void Run()
    {
        var engine = Packs.Engine();
        var drafts = new InputGenerator(2).Drafts(256, 0);
        var state = PolicyRules.Engine.CheckState.For(engine);
        Time("begin", () => { foreach (var d in drafts) state.Begin(d, PolicyRules.PostContext.Default); });
        Time("check", () => { foreach (var d in drafts) engine.Check(d); });
        var norm = new PolicyRules.Text.NormalizedText();
        Time("normalize", () => { foreach (var d in drafts) norm.Normalize(d); });
        var tok = new PolicyRules.Text.TokenizedText();
        var sb = new StageBenchmarks(); sb.Setup();
        Time("lookup20k/256", () => sb.Lookup());
        Time("scan20k/256", () => sb.Automaton());
        Time("norm+tokenize", () => { foreach (var d in drafts) { norm.Normalize(d); PolicyRules.Text.Tokenizer.Tokenize(norm, tok); } });
    }

    private static void Time(string name, Action a)
    {
        a();
        var sw = Stopwatch.StartNew(); var n = 0;
        while (sw.ElapsedMilliseconds < 500) { a(); n++; }
        Console.WriteLine($"{name}: {sw.Elapsed.TotalMicroseconds / n / 256:F2} µs/draft");
    }
}
