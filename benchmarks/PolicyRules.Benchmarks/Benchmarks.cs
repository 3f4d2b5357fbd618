using BenchmarkDotNet.Attributes;
using PolicyRules.Detection;
using PolicyRules.Engine;
using PolicyRules.Recognition;
using PolicyRules.Text;

namespace PolicyRules.Benchmarks;

/// <summary>The packs every benchmark checks: the bundled ones when they build, else synthetic ones of 2,000 phrases.</summary>
public static class Packs
{
    private static readonly Lazy<(IReadOnlyList<RulePack> Packs, IReadOnlyList<PolicyDocument> Policies, string Name)> Loaded = new(() =>
    {
        try
        {
            new PolicyEngineBuilder().UseBundledRules().Build();
            return (BundledRules.Packs, BundledRules.Policies, "bundled");
        }
        catch (Exception e) when (e is RuleLoadException or ArgumentException)
        {
            return (SyntheticPacks.Build(2000), [], "synthetic-2000");
        }
    });

    public static IReadOnlyList<RulePack> Current => Loaded.Value.Packs;
    public static string Name => Loaded.Value.Name;

    public static PolicyEngine Engine()
    {
        var builder = new PolicyEngineBuilder().UseBundledRecognizers();
        foreach (var p in Loaded.Value.Packs) builder.AddPack(p);
        foreach (var p in Loaded.Value.Policies) builder.AddPolicy(p);
        return builder.Build();
    }
}

/// <summary>How fast is each stage of the pipeline on a 20 KB newsletter?</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private PolicyEngine _engine = null!;
    private string _text = null!;
    private readonly NormalizedText _norm = new();
    private readonly TokenizedText _tokens = new();
    private readonly List<Matching.PhraseHit> _hits = [];
    private string[] _drafts = null!;
    private readonly NormalizedText _draftNorm = new();
    private readonly TokenizedText _draftTokens = new();
    private string _normalisedDocument = null!;
    private string[] _normalisedDrafts = null!;
    private readonly LiteralOccurrences _literals = new();

    [GlobalSetup]
    public void Setup()
    {
        _engine = Packs.Engine();
        _drafts = new InputGenerator(2).Drafts(256, 0);
        _text = new InputGenerator().Text(20 * 1024);
        _norm.Normalize(_text);
        Tokenizer.Tokenize(_norm, _tokens);
        Lookup();
        // The pattern literal pass reads normalised text: DocumentBenchmarks' 20 KB document and the clean drafts.
        _normalisedDocument = Normalised(new InputGenerator(20 * 1024).Text(20 * 1024));
        _normalisedDrafts = [.. _drafts.Select(Normalised)];
    }

    private string Normalised(string text)
    {
        _draftNorm.Normalize(text);
        return _draftNorm.Chars.ToString();
    }

    [Benchmark(Description = "normalise 20 KB")]
    public int Normalise() { _norm.Normalize(_text); return _norm.Length; }

    [Benchmark(Description = "tokenise 20 KB")]
    public int Tokenise() { Tokenizer.Tokenize(_norm, _tokens); return _tokens.Count; }

    [Benchmark(Description = "vocabulary lookup 20 KB")]
    public int Lookup() => _engine.Vocabulary.Assign(_tokens);

    [Benchmark(Description = "phrase automaton 20 KB")]
    public int Automaton() { _hits.Clear(); _engine.Automaton.Scan(_tokens, _hits); return _hits.Count; }

    [Benchmark(Description = "pattern literals 20 KB")]
    public int Literals() { _engine.PatternLiterals.Find(_normalisedDocument, _literals); return _literals.First(0); }

    [Benchmark(Description = "pattern literals, 256 clean drafts")]
    public int LiteralsOnDrafts()
    {
        var n = 0;
        foreach (var d in _normalisedDrafts) { _engine.PatternLiterals.Find(d, _literals); n += _literals.First(0); }
        return n;
    }

    // The four stages against the whole of CheckState.Begin on short drafts: the difference is Begin's per-check cost.
    [Benchmark(Description = "four stages, 256 clean drafts")]
    public int StagesOnDrafts()
    {
        var n = 0;
        foreach (var d in _drafts)
        {
            _draftNorm.Normalize(d);
            Tokenizer.Tokenize(_draftNorm, _draftTokens);
            n += _engine.Vocabulary.Assign(_draftTokens);
            _hits.Clear();
            _engine.Automaton.Scan(_draftTokens, _hits);
        }
        return n;
    }

    [Benchmark(Description = "CheckState.Begin, 256 clean drafts")]
    public int BeginOnDrafts()
    {
        var state = CheckState.For(_engine);
        foreach (var d in _drafts) state.Begin(d, PostContext.Default);
        return state.Hits.Count;
    }
}

/// <summary>How much do the recognizers cost on a 20 KB newsletter, trigger scan included?</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private PolicyEngine _engine = null!;
    private string _text = null!;
    private readonly NormalizedText _norm = new();
    private readonly TokenizedText _tokens = new();
    private readonly DraftView _view = new();
    private readonly List<Entity> _entities = [];
    private PostContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Packs.Engine();
        _text = new InputGenerator().Text(20 * 1024);
        _norm.Normalize(_text);
        Tokenizer.Tokenize(_norm, _tokens);
        _context = new PostContext { SchoolNames = ["Stathern Primary", "Stathern"], StaffNames = ["Mrs Patel"] };
        _view.Reset(_norm, _tokens, _context);
    }

    [Benchmark(Description = "all recognizers 20 KB")]
    public int All()
    {
        var n = 0;
        foreach (var r in _engine.Recognizers)
        {
            _entities.Clear();
            if (r.Trigger is null || _text.AsSpan().ContainsAny(r.Trigger)) r.Recognize(_view, _entities);
            n += _entities.Count;
        }
        return n;
    }
}

/// <summary>Drafts as typed: 280 characters, the engine side by side with one compiled Regex per rule.</summary>
[MemoryDiagnoser]
public class DraftBenchmarks
{
    private const int Count = 256;
    private PolicyEngine _engine = null!;
    private NaiveChecker _naive = null!;
    private string[] _mixed = null!;
    private string[] _clean = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = Packs.Engine();
        _naive = new NaiveChecker(Packs.Current);
        _mixed = new InputGenerator(1).Drafts(Count, withFindings: 1);
        _clean = new InputGenerator(2).Drafts(Count, withFindings: 0);
        foreach (var d in _mixed) { _engine.Check(d); _naive.Check(d); }
        foreach (var d in _clean) { _engine.Check(d); _engine.Check(d, Personal); } // regexes are constructed on first use
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "naive regex per rule, 280-char draft")]
    public int Naive()
    {
        var n = 0;
        foreach (var d in _mixed) n += _naive.Check(d);
        return n;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "engine, 280-char draft (1 in 4 with a finding)")]
    public int Engine()
    {
        var n = 0;
        foreach (var d in _mixed) n += _engine.Check(d).Violations.Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "engine, clean 280-char draft")]
    public int EngineClean()
    {
        var n = 0;
        foreach (var d in _clean) n += _engine.Check(d).Violations.Count;
        return n;
    }

    // Staff on a personal account: the disclaimer rules (and their large patterns) run too.
    private static readonly PostContext Personal = new() { Channel = Channel.Personal, Author = AuthorRole.Staff };

    [Benchmark(OperationsPerInvoke = Count, Description = "engine, clean 280-char draft, staff on a personal account")]
    public int EngineCleanPersonal()
    {
        var n = 0;
        foreach (var d in _clean) n += _engine.Check(d, Personal).Violations.Count;
        return n;
    }
}

/// <summary>Documents: 1 KB to 1 MB, a few findings per KB, the engine side by side with the naive checker.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private PolicyEngine _engine = null!;
    private NaiveChecker _naive = null!;
    private string _text = null!;

    [Params(1024, 5 * 1024, 20 * 1024, 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = Packs.Engine();
        _naive = new NaiveChecker(Packs.Current);
        _text = new InputGenerator(Size).Text(Size);
        _engine.Check(_text); // regexes are constructed on first use
    }

    [Benchmark(Baseline = true, Description = "naive regex per rule")]
    public int Naive() => _naive.Check(_text);

    [Benchmark(Description = "engine")]
    public int Engine() => _engine.Check(_text).Violations.Count;
}

/// <summary>How long does building the engine from the packs take (packs already parsed)?</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private IReadOnlyList<RulePack> _packs = null!;

    [GlobalSetup]
    public void Setup() => _packs = Packs.Current;

    [Benchmark(Description = "build engine")]
    public PolicyEngine Build()
    {
        var builder = new PolicyEngineBuilder().UseBundledRecognizers();
        foreach (var p in _packs) builder.AddPack(p);
        return builder.Build();
    }
}

/// <summary>Does the check time stay flat as the lexicons grow (20 KB newsletter)?</summary>
[MemoryDiagnoser]
public class PhraseScalingBenchmarks
{
    private PolicyEngine _engine = null!;
    private string _text = null!;

    [Params(500, 2000, 20000)]
    public int Phrases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = SyntheticPacks.Engine(SyntheticPacks.Build(Phrases));
        _text = new InputGenerator().Text(20 * 1024);
    }

    [Benchmark(Description = "engine, 20 KB")]
    public int Check() => _engine.Check(_text).Violations.Count;
}
