using System.Diagnostics;
using BenchmarkDotNet.Running;
using PolicyRules.Benchmarks;

if (args is ["--loop", var what, ..])
{
    var e = Packs.Engine();
    // "doc": 20 KB, "mb": 1 MB, "personal": 256 clean drafts by staff on a personal account, else 256 clean drafts
    // (for perf record with DOTNET_PerfMapEnabled=1)
    var inputs = what switch
    {
        "doc" => [new InputGenerator(20480).Text(20480)],
        "mb" => [new InputGenerator(1024 * 1024).Text(1024 * 1024)],
        _ => new InputGenerator(2).Drafts(256, 0),
    };
    var context = what == "personal" ? new PolicyRules.PostContext { Channel = PolicyRules.Channel.Personal, Author = PolicyRules.AuthorRole.Staff } : null;
    var end = Stopwatch.StartNew();
    long checks = 0;
    while (end.ElapsedMilliseconds < 15000) foreach (var d in inputs) { e.Check(d, context); checks++; }
    Console.WriteLine($"{checks} checks, {end.Elapsed.TotalMicroseconds / checks:F2} µs each");
    return;
}
if (args is ["--write-jsonl", var count, ..])
{
    // Batch input for `policyrules check --jsonl`: generated school news of ~1.5 KB a line, a few findings each.
    var gen = new InputGenerator(11);
    using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
    for (var i = 0; i < int.Parse(count); i++)
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = i.ToString(), text = gen.Text(1500), channel = "official", author = "staff" }));
    return;
}
if (args is ["--alloc", ..]) { Alloc(); return; }
if (args is ["--first-build", ..])
{
    // The first build in a process: loading the embedded packs, JIT and regex construction included.
    var sw = Stopwatch.StartNew();
    var packs = PolicyRules.BundledRules.Packs;
    var policies = PolicyRules.BundledRules.Policies;
    var load = sw.Elapsed.TotalMilliseconds;
    var built = PolicyRules.BundledRules.UseBundledRules(new PolicyRules.PolicyEngineBuilder()).Build();
    var build = sw.Elapsed.TotalMilliseconds;
    built.Check("What a fantastic morning! Huge well done to Year 3 at the National Space Centre.");
    var check = sw.Elapsed.TotalMilliseconds;
    Console.WriteLine($"first build: load {load:F0} ms, build {build - load:F0} ms (total {build:F0} ms); first check {check - build:F0} ms");
    // What constructing the packs' patterns costs once the JIT is warm: every pattern again, as a new instance
    // (the loader's cache shares them), in the loader's options. Patterns read from the YAML text (single-quoted).
    var dir = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "../../../../../rules/packs");
    var patterns = Directory.GetFiles(dir, "*.yaml")
        .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"pattern: '((?:[^']|'')*)'").Select(m => m.Groups[1].Value.Replace("''", "'")))
        .Distinct().ToList();
    const System.Text.RegularExpressions.RegexOptions Linear = System.Text.RegularExpressions.RegexOptions.NonBacktracking
        | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant;
    sw.Restart();
    foreach (var p in patterns) _ = new System.Text.RegularExpressions.Regex(p, Linear);
    var nb = sw.Elapsed.TotalMilliseconds;
    sw.Restart();
    foreach (var p in patterns) _ = new System.Text.RegularExpressions.Regex(p, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    var interp = sw.Elapsed.TotalMilliseconds;
    Console.WriteLine($"{patterns.Count} patterns, constructed again (warm JIT): NonBacktracking {nb:F0} ms, interpreted {interp:F0} ms");
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
    // Warm the whole engine first (regexes constructed on first use, their DFA states, tiered-up code).
    var everything = drafts.Concat(clean).Append(new InputGenerator(20480).Text(20480)).ToArray();
    var warm = Stopwatch.StartNew();
    while (warm.ElapsedMilliseconds < 4000) foreach (var d in everything) engine.Check(d);
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
    // Warm for 1.5 s: until methods tier up (30 calls, then a background delay), the code measured is tier-0,
    // unoptimised; a few warm-up passes were why these numbers once read 2-5x BenchmarkDotNet's.
    var warm = Stopwatch.StartNew();
    while (warm.ElapsedMilliseconds < 1500) foreach (var s in inputs) f(s);
    var sw = Stopwatch.StartNew();
    var reps = 0;
    var alloc0 = GC.GetAllocatedBytesForCurrentThread();
    while (sw.ElapsedMilliseconds < 1000) { foreach (var s in inputs) f(s); reps++; }
    var alloc = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / (double)(reps * inputs.Length);
    var perItem = sw.Elapsed.TotalNanoseconds / (reps * inputs.Length);
    Console.WriteLine($"  {name,-22} {perItem / 1000,10:F2} µs/item  {chars * reps / sw.Elapsed.TotalSeconds / 1e6,8:F1} Mchar/s  {alloc,10:F0} B/item");
}

static void Alloc()
{
    var engine = PolicyRules.BundledRules.Engine;
    var clean = new InputGenerator(2).Drafts(256, 0);
    // Warm for real: until methods tier up, tier-0 code of vectorised BCL helpers (rejected from ReadyToRun on
    // AVX-512) boxes, e.g. 96 B per ContainsAnyInRange call; a few passes are not enough.
    static void Warm(Action a) { var w = Stopwatch.StartNew(); while (w.ElapsedMilliseconds < 2000) a(); }
    Warm(() => { foreach (var d in clean) engine.Check(d); });
    Warm(() => { foreach (var d in clean) engine.Check(d); });
    var before = GC.GetAllocatedBytesForCurrentThread();
    foreach (var d in clean) engine.Check(d);
    Console.WriteLine($"engine: {(GC.GetAllocatedBytesForCurrentThread() - before) / (double)clean.Length:F0} B per clean draft");
    // The same engine with each recognizer wrapped, to see which ones a check runs and what they allocate there.
    var wrapped = PolicyRules.BundledRules.Recognizers.Select(r => new CountingRecognizer(r)).ToList();
    var builder = new PolicyRules.PolicyEngineBuilder();
    foreach (var w in wrapped) builder.AddRecognizer(w);
    foreach (var p in PolicyRules.BundledRules.Packs) builder.AddPack(p);
    foreach (var p in PolicyRules.BundledRules.Policies) builder.AddPolicy(p);
    var counted = builder.Build();
    Warm(() => { foreach (var d in clean) counted.Check(d); });
    foreach (var w in wrapped) w.Reset();
    before = GC.GetAllocatedBytesForCurrentThread();
    foreach (var d in clean) counted.Check(d);
    Console.WriteLine($"wrapped engine: {(GC.GetAllocatedBytesForCurrentThread() - before) / (double)clean.Length:F0} B per clean draft");
    foreach (var w in wrapped) Console.WriteLine($"  in check: {w.Name,-20} {w.Calls} calls, {w.Bytes / (double)clean.Length,8:F1} B/draft");
    foreach (var r in PolicyRules.BundledRules.Recognizers)
    {
        var list = new List<PolicyRules.Recognition.Entity>();
        long bytes = 0; var n = 0;
        var views = clean.Select(d => PolicyRules.Recognition.DraftView.Create(d)).ToArray();
        Warm(() => { foreach (var v in views) { list.Clear(); r.Recognize(v, list); } });
        foreach (var view in views)
        {
            list.Clear();
            var b = GC.GetAllocatedBytesForCurrentThread();
            r.Recognize(view, list);
            bytes += GC.GetAllocatedBytesForCurrentThread() - b;
            n += list.Count;
        }
        if (Environment.GetEnvironmentVariable("ALLOC_DETAIL") == r.Name)
            foreach (var d in clean.Take(40).SelectMany(x => x.Split(['!', '.', '?'], StringSplitOptions.RemoveEmptyEntries)).Distinct())
            {
                var view = PolicyRules.Recognition.DraftView.Create(d);
                list.Clear();
                var b = GC.GetAllocatedBytesForCurrentThread();
                r.Recognize(view, list);
                var a = GC.GetAllocatedBytesForCurrentThread() - b;
                if (a > 0) Console.WriteLine($"  {a} B, {list.Count} entities ({string.Join(", ", list.Select(x => d.Substring(x.Start, x.Length)))}): {d}");
            }
        Console.WriteLine($"{r.Name,-20} {bytes / (double)clean.Length,8:F1} B/draft, {n} entities in {clean.Length} drafts");
    }
}

internal sealed class CountingRecognizer(PolicyRules.Recognition.IRecognizer inner) : PolicyRules.Recognition.IRecognizer
{
    public long Bytes, Calls;
    public void Reset() { Bytes = 0; Calls = 0; }
    public string Name => inner.Name;
    public System.Buffers.SearchValues<char>? Trigger => inner.Trigger;
    public IReadOnlyCollection<string> Placeholders => inner.Placeholders;
    public void Recognize(PolicyRules.Recognition.DraftView input, ICollection<PolicyRules.Recognition.Entity> results)
    {
        var b = GC.GetAllocatedBytesForCurrentThread();
        inner.Recognize(input, results);
        Bytes += GC.GetAllocatedBytesForCurrentThread() - b;
        Calls++;
    }
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

