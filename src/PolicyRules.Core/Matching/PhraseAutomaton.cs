using PolicyRules.Text;

namespace PolicyRules.Matching;

/// <summary>A phrase as the automaton knows it: its word classes and what its matches must satisfy.</summary>
internal sealed class Phrase(string text, int[] classes, string[] words, bool inflect, bool evasions)
{
    public string Text { get; } = text;
    public int[] Classes { get; } = classes;
    public string[] Words { get; } = words;
    public bool Inflect { get; } = inflect;
    public bool Evasions { get; } = evasions;
    /// <summary>The phrase sets (lexicon parts of rules) that contain this phrase.</summary>
    public int[] Sets { get; set; } = [];
}

/// <summary>A verified phrase match over tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal readonly record struct PhraseHit(int Phrase, int First, int Last);

/// <summary>
/// One Aho-Corasick automaton over word classes for every phrase of every loaded rule. Scanning a
/// draft is one pass over its tokens whatever the number of rules or phrases.
/// </summary>
internal sealed class PhraseAutomaton
{
    private readonly int[] _rootNext;              // dense transitions from the root, by class
    private readonly TransitionTable _next;         // other transitions
    private readonly int[] _fail;
    // Per state, a bit per class (mod 64) that some transition from it is on: a clear bit means no transition, so a
    // step that would miss (most, and every step from a state with no transitions) follows the failure link without
    // probing the transition table.
    private readonly ulong[] _classBits;
    private readonly int[] _outStart;              // a state's outputs are _outputs[_outStart[s].._outStart[s + 1]]
    private readonly Output[] _outputs;

    // What the scan needs of a phrase it may have matched, beside each state's outputs: no phrase object to read
    // for the common case.
    private readonly struct Output(int phrase, int length, bool checksText, bool evasions)
    {
        public readonly int Phrase = phrase;
        public readonly int Length = length;
        /// <summary>Some word class of the phrase has forms the phrase does not accept: tokens' text must be checked.</summary>
        public readonly bool ChecksText = checksText;
        public readonly bool Evasions = evasions;
    }

    /// <param name="phrases">The phrases, their words' classes set.</param>
    /// <param name="classCount">How many word classes there are.</param>
    /// <param name="formClasses">Every form and its class, when known: a phrase all of whose classes' forms it accepts
    /// then needs no check of its tokens' text (found exactly, a token's text is a form of its class).</param>
    public PhraseAutomaton(IReadOnlyList<Phrase> phrases, int classCount, IReadOnlyDictionary<string, int>? formClasses = null)
    {
        _phrases = [.. phrases];
        _rootNext = new int[classCount];
        var next = new Dictionary<long, int>(); // (state << 32 | class) -> state, while building
        var outputs = new List<List<int>> { new() };
        var depth = new List<int> { 0 };
        for (var p = 0; p < phrases.Count; p++)
        {
            var state = 0;
            foreach (var cls in phrases[p].Classes)
            {
                var existing = state == 0 ? _rootNext[cls] : next.GetValueOrDefault(Key(state, cls));
                if (existing == 0)
                {
                    existing = outputs.Count;
                    outputs.Add([]);
                    depth.Add(depth[state] + 1);
                    if (state == 0) _rootNext[cls] = existing; else next[Key(state, cls)] = existing;
                }
                state = existing;
            }
            outputs[state].Add(p);
        }

        _next = new TransitionTable(next);
        _classBits = new ulong[outputs.Count];
        foreach (var key in next.Keys) _classBits[(int)(key >> 32)] |= 1UL << (int)key;

        // Failure links, breadth first, so a state's fail target is done before the state.
        var count = outputs.Count;
        _fail = new int[count];
        var children = new List<(int Cls, int Child)>[count];
        for (var i = 0; i < count; i++) children[i] = [];
        for (var cls = 0; cls < classCount; cls++) if (_rootNext[cls] != 0) children[0].Add((cls, _rootNext[cls]));
        foreach (var (key, child) in next) children[(int)(key >> 32)].Add(((int)key, child));
        var queue = new Queue<int>();
        foreach (var (_, child) in children[0]) queue.Enqueue(child);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (cls, child) in children[state])
            {
                var f = _fail[state];
                int target;
                while ((target = Step(f, cls)) < 0) f = _fail[f];
                _fail[child] = target == child ? 0 : target;
                outputs[child].AddRange(outputs[_fail[child]]);
                queue.Enqueue(child);
            }
        }

        var formsOfClass = formClasses?.ToLookup(f => f.Value, f => f.Key);
        bool ChecksText(Phrase phrase) => formsOfClass is null || phrase.Classes.Select((cls, k) => (cls, k)).Any(c =>
            formsOfClass[c.cls].Any(form => phrase.Inflect ? !Inflections.IsFormOf(form, phrase.Words[c.k]) : form != phrase.Words[c.k]));
        var outputOf = phrases.Select((p, index) => new Output(index, p.Classes.Length, ChecksText(p), p.Evasions)).ToArray();
        _outStart = new int[count + 1];
        var flat = new List<Output>();
        for (var s = 0; s < count; s++)
        {
            _outStart[s] = flat.Count;
            flat.AddRange(outputs[s].Select(p => outputOf[p]));
        }
        _outStart[count] = flat.Count;
        _outputs = [.. flat];
        StateCount = count;
    }

    public IReadOnlyList<Phrase> Phrases => _phrases;
    /// <summary>The phrase sets of a phrase, read from the array (no interface call per hit).</summary>
    public int[] SetsOf(int phrase) => _phrases[phrase].Sets;
    private readonly Phrase[] _phrases; // read as an array on the hot path: no interface call per output
    public int StateCount { get; }

    private static long Key(int state, int cls) => ((long)state << 32) | (uint)cls;

    // The next state on a class, or -1 when there is none (the root always has one: itself).
    private int Step(int state, int cls)
    {
        if (state == 0) return _rootNext[cls];
        return _next.Get(Key(state, cls));
    }

    /// <summary>Finds every phrase occurrence in the tokens (whose word classes are set), within sentences.</summary>
    public void Scan(TokenizedText tokens, List<PhraseHit> hits)
    {
        var state = 0;
        var sentence = -1;
        var all = tokens.Tokens;
        for (var i = 0; i < all.Length; i++)
        {
            ref var t = ref all[i];
            if (t.Sentence != sentence) { state = 0; sentence = t.Sentence; }
            var cls = t.WordId;
            if (cls < 0) { state = 0; continue; }
            int next;
            while (true)
            {
                if (state == 0) { next = _rootNext[cls]; break; }
                if (((_classBits[state] >> cls) & 1) != 0 && (next = _next.Get(Key(state, cls))) >= 0) break;
                state = _fail[state];
            }
            state = next;
            var end = _outStart[state + 1];
            for (var o = _outStart[state]; o < end; o++)
            {
                ref readonly var output = ref _outputs[o];
                var first = i - output.Length + 1;
                if (output.ChecksText ? Accepts(_phrases[output.Phrase], tokens, first) : output.Evasions || NoEvasions(all, first, i))
                    hits.Add(new PhraseHit(output.Phrase, first, i));
            }
        }
    }

    private static bool NoEvasions(Span<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
            if (tokens[k].Via == Lookup.Evasion) return false;
        return true;
    }

    // Word classes group a word's forms; here the phrase checks the forms it allows.
    private static bool Accepts(Phrase phrase, TokenizedText tokens, int first)
    {
        for (var k = 0; k < phrase.Words.Length; k++)
        {
            ref var t = ref tokens[first + k];
            if (t.Via == Lookup.Evasion)
            {
                if (!phrase.Evasions) return false;
                continue;
            }
            var text = tokens.TextOf(t);
            if (phrase.Inflect ? !Inflections.IsFormOf(text, phrase.Words[k]) : !text.SequenceEqual(phrase.Words[k]))
                return false;
        }
        return true;
    }
}

/// <summary>
/// The automaton's transitions other than the root's: open addressing on (state, class) with a multiplicative
/// hash, at most half full; a step is one multiply and usually one slot, where a <see cref="Dictionary{TKey, TValue}"/>
/// walks buckets and entries.
/// </summary>
internal sealed class TransitionTable
{
    private readonly long[] _keys;   // state << 32 | class; 0 marks an empty slot (the root's transitions are not here)
    private readonly int[] _targets;
    private readonly int _shift;

    public TransitionTable(IReadOnlyDictionary<long, int> transitions)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, transitions.Count * 2));
        _keys = new long[size];
        _targets = new int[size];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var (key, target) in transitions)
        {
            var i = Slot(key);
            while (_keys[i] != 0) i = (i + 1) & (size - 1);
            _keys[i] = key;
            _targets[i] = target;
        }
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The target of a transition, or -1 when there is none.</summary>
    public int Get(long key)
    {
        var keys = _keys;
        for (var i = Slot(key); ; i = (i + 1) & (keys.Length - 1))
        {
            var k = keys[i];
            if (k == key) return _targets[i];
            if (k == 0) return -1;
        }
    }
}
