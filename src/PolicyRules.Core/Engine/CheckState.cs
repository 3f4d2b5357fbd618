using PolicyRules.Detection;
using PolicyRules.Matching;
using PolicyRules.Recognition;
using PolicyRules.Text;

namespace PolicyRules.Engine;

/// <summary>
/// Everything one check needs, kept per thread and reused, so a check on a warm thread allocates
/// only its findings. Never shared between threads.
/// </summary>
internal sealed class CheckState
{
    [ThreadStatic] private static CheckState? t_state;

    private readonly PolicyEngine _engine;
    // Each phrase set's first and last hit node, valid only where the set's bit in _setHits is set: a check clears
    // the bits (a word per 64 sets), not the engine's hundreds of entries.
    private int[] _setFirst = [];
    private int[] _setLast = [];
    private ulong[] _setHits = [];
    private readonly List<Entity>[] _entities;
    private readonly bool[] _entitiesDone;
    private readonly sbyte[] _triggered; // per distinct trigger and check: 0 not asked yet, 1 a trigger character is in the text, -1 none
    // Per recognizer, its trigger's index among the distinct triggers (-1: none): the nine digit recognizers share one
    // set, so a check searches for digits once, not once per recognizer.
    private readonly int[] _triggerOf;
    // The engine's recognizers and their triggers as arrays: no interface call to reach them on the hot path.
    private readonly IRecognizer[] _recognizers;
    private readonly System.Buffers.SearchValues<char>[] _triggers;
    private readonly Stack<List<Occurrence>> _lists = new();
    private readonly DraftView _input = new();
    private CheckState? _profile;
    private bool? _mentionsWork;
    private Occurrence? _workMention;

    private CheckState(PolicyEngine engine)
    {
        _engine = engine;
        _setFirst = new int[engine.SetCount];
        _setLast = new int[engine.SetCount];
        _setHits = new ulong[(engine.SetCount + 63) / 64];
        _entities = new List<Entity>[engine.Recognizers.Count];
        for (var i = 0; i < _entities.Length; i++) _entities[i] = [];
        _entitiesDone = new bool[engine.Recognizers.Count];
        _recognizers = [.. engine.Recognizers];
        var distinct = new List<System.Buffers.SearchValues<char>>();
        _triggerOf = new int[_recognizers.Length];
        for (var i = 0; i < _recognizers.Length; i++)
        {
            if (_recognizers[i].Trigger is not { } trigger) { _triggerOf[i] = -1; continue; }
            var k = distinct.FindIndex(t => ReferenceEquals(t, trigger));
            if (k < 0) { k = distinct.Count; distinct.Add(trigger); }
            _triggerOf[i] = k;
        }
        _triggers = [.. distinct];
        _triggered = new sbyte[_triggers.Length];

    }

    public static CheckState For(PolicyEngine engine)
    {
        var s = t_state;
        if (s is null || s._engine != engine) t_state = s = new CheckState(engine);
        return s;
    }

    public NormalizedText Norm { get; } = new();
    public TokenizedText Tokens { get; } = new();
    public List<PhraseHit> Hits { get; } = [];
    public List<Finding> Findings { get; } = [];
    public PostContext Context { get; private set; } = PostContext.Default;
    public string Text => Norm.Original;

    /// <summary>Normalises, tokenises and runs the automaton over the text.</summary>
    public void Begin(string text, PostContext context)
    {
        Context = context;
        Findings.Clear();
        Hits.Clear();
        _mentionsWork = null;
        _workMention = null;
        Array.Clear(_entitiesDone);
        Array.Clear(_triggered);
        _confusables = null;
        _literalsFound = false;
        _longestNonSpaceRun = -1;
        _negationCount = -1;
        Norm.Normalize(text);
        Tokenizer.Tokenize(Norm, Tokens);
        _engine.Vocabulary.Assign(Tokens);
        _engine.Automaton.Scan(Tokens, Hits);
        IndexHits();
        _input.Reset(Norm, Tokens, context);
    }

    private void IndexHits()
    {
        Array.Clear(_setHits);
        // A hit can belong to several sets; chain them through a (hit, set) node table.
        _nodeCount = 0;
        for (var h = 0; h < Hits.Count; h++)
        {
            foreach (var set in _engine.Automaton.SetsOf(Hits[h].Phrase))
            {
                if (_nodeCount == _nodeHit.Length)
                {
                    Array.Resize(ref _nodeHit, _nodeHit.Length * 2);
                    Array.Resize(ref _nodeNext, _nodeNext.Length * 2);
                }
                var node = _nodeCount++;
                _nodeHit[node] = h;
                _nodeNext[node] = -1;
                ref var word = ref _setHits[set >> 6];
                var bit = 1UL << (set & 63);
                if ((word & bit) == 0) { word |= bit; _setFirst[set] = node; }
                else _nodeNext[_setLast[set]] = node;
                _setLast[set] = node;
            }
        }
    }

    private int _nodeCount;
    private int[] _nodeHit = new int[64];
    private int[] _nodeNext = new int[64];

    /// <summary>The first node of a phrase set's hits, or -1; read the hit with <see cref="HitAt"/>.</summary>
    public int FirstHit(int set) => (_setHits[set >> 6] & (1UL << (set & 63))) != 0 ? _setFirst[set] : -1;

    /// <summary>A bit per phrase set that has a hit in this check (<see cref="Cues"/> tests a combination's lexicons with a mask).</summary>
    public ReadOnlySpan<ulong> SetHits => _setHits;
    public int NextHit(int node) => _nodeNext[node];
    public PhraseHit HitAt(int node) => Hits[_nodeHit[node]];

    private readonly LiteralOccurrences _literals = new();
    private bool _literalsFound;
    private bool? _confusables;

    /// <summary>True when the normalised text has a character the case-insensitive regex engine may equate with an
    /// ASCII letter, or a digit beyond ASCII (<see cref="PatternFacts.HasConfusable"/>): patterns' literal prefilters
    /// are then not used.</summary>
    public bool HasConfusables => _confusables ??= PatternFacts.HasConfusable(Norm.Chars);

    /// <summary>Where the patterns' required literals occur in the normalised text, all found in one pass on the
    /// first call of a check.</summary>
    public LiteralOccurrences Literals
    {
        get
        {
            if (!_literalsFound)
            {
                _engine.PatternLiterals.Find(Norm.Chars, _literals);
                _literalsFound = true;
            }
            return _literals;
        }
    }

    /// <summary>A scratch list of positions for one pattern's windows (valid until the next pattern asks).</summary>
    internal List<int> Positions { get; } = [];

    private int _longestNonSpaceRun = -1;
    private int _longestSpaceRun;

    /// <summary>The longest runs of non-space and of space characters in the normalised text, which bound how much
    /// of it an unbounded loop such as "\w+" or "\s*" can match.</summary>
    public (int NonSpace, int Space) LongestRuns
    {
        get
        {
            // As the windows and PatternFacts' spacing read whitespace (char.IsWhiteSpace).
            if (_longestNonSpaceRun < 0) (_longestNonSpaceRun, _longestSpaceRun) = WhitespaceRuns.Longest(Norm.Chars);
            return (_longestNonSpaceRun, _longestSpaceRun);
        }
    }

    public List<Entity> Entities(int recognizer)
    {
        var list = _entities[recognizer];
        if (_entitiesDone[recognizer]) return list;
        _entitiesDone[recognizer] = true;
        list.Clear();
        var r = _recognizers[recognizer];
        if (Triggered(recognizer))
        {
            _input.Filter = recognizer < _engine.EntityFilters.Length ? _engine.EntityFilters[recognizer] : null;
            try { r.Recognize(_input, list); }
            finally { _input.Filter = null; }
        }
        return list;
    }

    /// <summary>False when the recognizer is known to find nothing: it ran and found nothing, or none of its trigger
    /// characters is in the text.</summary>
    public bool MayHaveEntities(int recognizer) =>
        _entitiesDone[recognizer] ? _entities[recognizer].Count > 0 : Triggered(recognizer);

    // Whether a trigger character of the recognizer is in the text it reads (no trigger: always), asked once per check:
    // DraftView.Text, where a full-width digit is an ASCII one.
    private bool Triggered(int recognizer)
    {
        var k = _triggerOf[recognizer];
        if (k < 0) return true;
        if (_triggered[k] == 0) _triggered[k] = _input.Text.AsSpan().ContainsAny(_triggers[k]) ? (sbyte)1 : (sbyte)-1;
        return _triggered[k] > 0;
    }

    internal DraftView Input => _input;

    private readonly ExcuseIndex _excuses = new();

    /// <summary>The rule's <c>unless: overlapping/near</c> occurrences in this draft, collected now (valid until the next call).</summary>
    public ExcuseIndex ExcusesOf(CompiledRule rule)
    {
        _excuses.Build(this, rule);
        return _excuses;
    }

    public List<Occurrence> RentList() => _lists.Count > 0 ? _lists.Pop() : [];

    private readonly Stack<TokenRegion> _regions = new();

    public TokenRegion RentRegion()
    {
        var region = _regions.Count > 0 ? _regions.Pop() : new TokenRegion();
        region.Clear();
        return region;
    }

    public void ReturnRegion(TokenRegion region) => _regions.Push(region);

    /// <summary>The sentence of a token and its first and last tokens.</summary>
    public (int Sentence, int First, int Last) SentenceTokens(int token)
    {
        if (Tokens.Count == 0) return (0, 0, 0);
        token = Math.Min(token, Tokens.Count - 1);
        var sentence = Tokens[token].Sentence;
        int first = token, last = token;
        while (first > 0 && Tokens[first - 1].Sentence == sentence) first--;
        while (last + 1 < Tokens.Count && Tokens[last + 1].Sentence == sentence) last++;
        return (sentence, first, last);
    }

    public void ReturnList(List<Occurrence> list)
    {
        list.Clear();
        _lists.Push(list);
    }

    /// <summary>First and last token overlapping an original span (the nearest token when none does).</summary>
    public (int First, int Last) TokenRange(int start, int end)
    {
        var count = Tokens.Count;
        if (count == 0) return (0, 0);
        var first = Math.Min(Tokens.TokenAtOrAfter(start), count - 1);
        var last = Math.Min(Tokens.TokenAtOrAfter(Math.Max(start, end - 1)), count - 1);
        if (last > first && Tokens.OriginalStart(Tokens[last]) >= end) last--;
        return (first, Math.Max(first, last));
    }

    public bool SameSentence(int tokenA, int tokenB) =>
        Tokens.Count == 0 || Tokens[Math.Min(tokenA, Tokens.Count - 1)].Sentence == Tokens[Math.Min(tokenB, Tokens.Count - 1)].Sentence;

    /// <summary>True when the tokens' sentences are in one paragraph (no blank line or bulleted line between them).</summary>
    public bool SameParagraph(int tokenA, int tokenB)
    {
        int a = SentenceOf(tokenA), b = SentenceOf(tokenB);
        return a == b || Tokens.ParagraphOf(a) == Tokens.ParagraphOf(b);
    }

    /// <summary>The first and last tokens of the sentence of <paramref name="token"/>: a binary search on the tokens'
    /// sentence numbers, which never decrease, so a sentence of a million words costs a finding no more than a short one.</summary>
    public (int First, int Last) SentenceBounds(int token)
    {
        var count = Tokens.Count;
        if (count == 0) return (0, 0);
        var sentence = SentenceOf(token);
        int lo = 0, hi = Math.Min(token, count - 1);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Sentence < sentence) lo = mid + 1; else hi = mid;
        }
        var first = lo;
        lo = Math.Min(token, count - 1); hi = count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Tokens[mid].Sentence > sentence) hi = mid - 1; else lo = mid;
        }
        return (first, lo);
    }

    /// <summary>The sentence of a token (as <see cref="SameSentence"/> compares them).</summary>
    public int SentenceOf(int token) => Tokens.Count == 0 ? 0 : Tokens[Math.Min(token, Tokens.Count - 1)].Sentence;

    /// <summary>True when a negation starts within three words before <paramref name="first"/>, or between
    /// <paramref name="first"/> and <paramref name="last"/>, in the same sentence ("we never share surnames").</summary>
    public bool IsNegated(int first, int last) => IsNegated(first, last, default);

    /// <summary>As <see cref="IsNegated(int, int)"/>, but a negation word inside the occurrence the finding grew
    /// from is part of the rule's own phrase ("couldn't care less", "can't recommend"), not a negation of it.</summary>
    internal bool IsNegated(int first, int last, Occurrence anchor)
    {
        if (first >= Tokens.Count) return false;
        var sentence = Tokens[first].Sentence;
        // Negation cues' first tokens, sorted once per check, so each finding asks in O(log n) rather than
        // walking every cue of a long document.
        if (_negationCount < 0)
        {
            _negationCount = 0;
            for (var node = FirstHit(_engine.NegationSet); node >= 0; node = NextHit(node))
            {
                var cue = HitAt(node).First;
                if (StartsNegationIdiom(cue)) continue;
                if (_negationCount == _negationFirst.Length) Array.Resize(ref _negationFirst, _negationFirst.Length * 2);
                _negationFirst[_negationCount++] = cue;
            }
            _negationFirst.AsSpan(0, _negationCount).Sort();
        }
        var cues = _negationFirst.AsSpan(0, _negationCount);
        int lo = 0, hi = cues.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cues[mid] < first - 3) lo = mid + 1; else hi = mid;
        }
        var hasAnchor = anchor.End > anchor.Start;
        for (var k = lo; k < cues.Length && cues[k] <= last; k++)
        {
            var cue = cues[k];
            if (hasAnchor && cue >= anchor.First && cue <= anchor.Last) continue;
            if (cue != first && Tokens[cue].Sentence == sentence && !InAside(first, cue, last) && !InEarlierClause(cue, first)) return true;
        }
        return false;
    }

    // Whether the cue token lies in brackets opened after the finding's first token and closed before its last:
    // "the caterers (won't name them) served undercooked chicken" negates nothing outside the aside.
    private bool InAside(int first, int cue, int last)
    {
        if (cue <= first || last <= cue || last >= Tokens.Count) return false;
        var chars = Norm.Chars;
        var open = chars[Tokens[first].End..Tokens[cue].Start].LastIndexOf('(');
        if (open < 0) return false;
        var afterOpen = Tokens[first].End + open + 1;
        if (chars[afterOpen..Tokens[cue].Start].Contains(')')) return false;
        return chars[Tokens[cue].End..Tokens[last].Start].Contains(')');
    }

    // Whether a comma separates a cue before the finding from it: "if you can't get through, call me at home" negates
    // the first clause, not the second.
    private bool InEarlierClause(int cue, int first) =>
        cue < first && Norm.Chars[Tokens[cue].End..Tokens[first].Start].Contains(',');

    // Whether an idiom such as "no wonder" starts at the token (idioms are rare: a walk of their hits is enough).
    private bool StartsNegationIdiom(int token)
    {
        if (_engine.NegationIdiomSet < 0) return false;
        for (var node = FirstHit(_engine.NegationIdiomSet); node >= 0; node = NextHit(node))
            if (HitAt(node).First == token) return true;
        return false;
    }

    private int[] _negationFirst = new int[16];
    private int _negationCount = -1;

    /// <summary>Whether the draft talks about the school or work: a work term of the packs or one of the school's names.</summary>
    public bool MentionsWork
    {
        get
        {
            if (_mentionsWork is { } known) return known;
            var node = FirstHit(_engine.WorkSet);
            if (node >= 0)
            {
                var hit = HitAt(node);
                _workMention = new Occurrence(hit.First, hit.Last, Tokens.OriginalStart(Tokens[hit.First]), Tokens.OriginalEnd(Tokens[hit.Last]), 1, hit.Phrase, null);
            }
            foreach (var e in Entities(_engine.SchoolNameRecognizer))
            {
                if (_workMention is { } w && w.Start <= e.Start) break;
                var (first, last) = TokenRange(e.Start, e.End);
                _workMention = new Occurrence(first, last, e.Start, e.End, e.Confidence, -1, e);
                break;
            }
            _mentionsWork = _workMention is not null;
            return _mentionsWork.Value;
        }
    }

    public Occurrence? WorkMention => MentionsWork ? _workMention : null;

    /// <summary>The author's profile checked like a draft, for rules that accept a disclaimer there.</summary>
    public CheckState ProfileState()
    {
        _profile ??= new CheckState(_engine);
        if (!ReferenceEquals(_profile.Norm.Original, Context.Profile) || !ReferenceEquals(_profile.Context, Context))
            _profile.Begin(Context.Profile ?? "", Context);
        return _profile;
    }
}
