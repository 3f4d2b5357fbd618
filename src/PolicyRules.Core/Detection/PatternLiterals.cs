using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicyRules.Detection;

/// <summary>
/// The required literals of every pattern of an engine (<see cref="PatternFacts.Required"/>), found in one pass per
/// check by an Aho-Corasick automaton with every transition precomputed: one table read per character, whatever the
/// number of literals. A pattern none of whose literals occurs is skipped without running its regex.
/// Literals are cut to their first <see cref="MaxLength"/> characters: if a literal occurs, so does its prefix, at
/// the same place, so the prefilter stays sound and the automaton small.
/// Each table read needs the state the last one gave, so one pass waits on memory at every character: the search
/// reads four parts of the text side by side instead, four independent chains of reads the processor overlaps, and
/// records their occurrences in order of position, as one pass would.
/// </summary>
internal sealed class PatternLiterals
{
    public const int MaxLength = 16;

    // A state stands for the longest end of the text read that starts some literal, at most MaxLength characters:
    // a part's stream, started at the root Warmup characters before the part, is in the right state from its first
    // character on.
    private const int Warmup = MaxLength - 1;
    private const int Streams = 4;
    // Shorter parts would spend more on warming up than they save (and at least Warmup keeps every warm-up inside
    // the text); longer ones would hold back more occurrences.
    private const int MinPartLength = 32;
    private const int MaxPartLength = 1024;

    private readonly int _count;
    // Character → class: one per character used by a literal (upper-case ASCII shares its lower case's), 0 for the
    // rest. A byte for every char: no branch or hash lookup on non-ASCII text.
    private readonly byte[] _classOf = new byte[char.MaxValue + 1];
    private readonly int _states;
    private readonly int _classCount;
    // States are numbered breadth first (the shallow, busy ones share cache lines), those where literals end last:
    // a state from _firstOutput on has outputs.
    private readonly int _firstOutput;
    // Class * _states + state → next state: a class's transitions lie together, the busy ones in a few cache lines.
    // 16-bit entries (half the cache footprint) unless there are more states than they can number.
    private readonly ushort[]? _narrowNext;
    private readonly int[]? _wideNext;
    private readonly int[] _outputStart;  // state - _firstOutput → first index in _outputs (to the next state's)
    private readonly int[] _outputs;      // (literal id, length) pairs ending at a state, suffixes included
    private readonly int[] _unrepresentable; // literals using a character beyond the classes: assumed present

    // Literal id → the slots of the patterns that require it; a check sums up each slot's literals once.
    private readonly int[][] _slotsOf;
    private readonly int _slotCount;

    /// <summary>Searches for <paramref name="literals"/>; <paramref name="requiredBySlot"/> lists, per pattern slot,
    /// the ids of the literals that pattern requires (<see cref="LiteralOccurrences.SlotFirst"/>).</summary>
    public PatternLiterals(IReadOnlyList<string> literals, IReadOnlyList<int[]>? requiredBySlot = null)
    {
        _count = literals.Count;
        var slotsOf = new List<int>[_count];
        for (var i = 0; i < _count; i++) slotsOf[i] = [];
        _slotCount = requiredBySlot?.Count ?? 0;
        for (var slot = 0; slot < _slotCount; slot++)
            foreach (var id in requiredBySlot![slot].Distinct()) slotsOf[id].Add(slot);
        _slotsOf = [.. slotsOf.Select(l => l.ToArray())];
        // Every digit reads as PatternFacts.AnyDigit: "10" then also matches "42", which only widens the prefilter.
        var cut = literals.Select(l => string.Concat(l.ToLowerInvariant()[..Math.Min(MaxLength, l.Length)].Select(c => char.IsAsciiDigit(c) ? PatternFacts.AnyDigit : c))).ToArray();

        var chars = cut.SelectMany(l => l).Distinct().Order().ToList();
        if (chars.Count > 254) chars = chars.Take(254).ToList(); // more would not fit a byte: see _unrepresentable
        for (var i = 0; i < chars.Count; i++)
        {
            var c = chars[i];
            _classOf[c] = (byte)(i + 1);
            if (c is >= 'a' and <= 'z') _classOf[c - 32] = (byte)(i + 1);
            if (c == PatternFacts.AnyDigit) for (var d = '0'; d <= '9'; d++) _classOf[d] = (byte)(i + 1);
        }
        var classes = chars.Count + 1;
        _classCount = classes;

        // The trie.
        var children = new List<Dictionary<int, int>> { new() };
        var ends = new List<List<(int Id, int Length)>> { new() };
        var unrepresentable = new List<int>();
        for (var id = 0; id < cut.Length; id++)
        {
            var state = 0;
            foreach (var c in cut[id])
            {
                var cls = _classOf[c];
                if (cls == 0) { state = -1; break; }
                if (!children[state].TryGetValue(cls, out var child))
                {
                    child = children.Count;
                    children.Add([]);
                    ends.Add([]);
                    children[state][cls] = child;
                }
                state = child;
            }
            if (state > 0) ends[state].Add((id, cut[id].Length));
            else unrepresentable.Add(id);
        }
        _unrepresentable = [.. unrepresentable];

        // Failure links breadth-first, turned into a full transition table; outputs inherit their suffix state's.
        var next = new int[children.Count * classes];
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        var breadthFirst = new List<int> { 0 };
        for (var cls = 1; cls < classes; cls++)
            if (children[0].TryGetValue(cls, out var child)) { next[cls] = child; queue.Enqueue(child); }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            breadthFirst.Add(state);
            ends[state].AddRange(ends[fail[state]]);
            for (var cls = 0; cls < classes; cls++)
            {
                if (cls > 0 && children[state].TryGetValue(cls, out var child))
                {
                    fail[child] = next[fail[state] * classes + cls];
                    next[state * classes + cls] = child;
                    queue.Enqueue(child);
                }
                else next[state * classes + cls] = next[fail[state] * classes + cls];
            }
        }

        // Renumbered (the root stays 0: no literal ends there) and laid out class by class.
        var order = breadthFirst.Where(s => ends[s].Count == 0).Concat(breadthFirst.Where(s => ends[s].Count > 0)).ToArray();
        var number = new int[order.Length];
        for (var k = 0; k < order.Length; k++) number[order[k]] = k;
        _states = order.Length;
        _firstOutput = order.Count(s => ends[s].Count == 0);
        var table = new int[next.Length];
        for (var s = 0; s < _states; s++)
            for (var cls = 0; cls < classes; cls++)
                table[cls * _states + number[s]] = number[next[s * classes + cls]];
        if (_states <= ushort.MaxValue + 1) _narrowNext = [.. table.Select(t => (ushort)t)];
        else _wideNext = table;

        _outputStart = new int[_states - _firstOutput + 1];
        var outputs = new List<int>();
        for (var k = _firstOutput; k < _states; k++)
        {
            _outputStart[k - _firstOutput] = outputs.Count / 2;
            foreach (var (id, length) in ends[order[k]]) { outputs.Add(id); outputs.Add(length); }
        }
        _outputStart[^1] = outputs.Count / 2;
        _outputs = [.. outputs];
    }

    public int Count => _count;
    public int StateCount => _states;
    public int ClassCount => _classCount;

    /// <summary>Records every occurrence of every literal in <paramref name="text"/>, in order of position.</summary>
    public void Find(ReadOnlySpan<char> text, LiteralOccurrences found)
    {
        found.Reset(_count, text.Length, _slotCount);
        if (_count == 0) return;
        if (_narrowNext is { } narrow) Search(narrow, text, found);
        else Search(_wideNext!, text, found);
        foreach (var id in _unrepresentable) found.AddAnywhere(id);
        found.SumUpSlots(_slotsOf);
    }

    private void Search<TState>(TState[] nextTable, ReadOnlySpan<char> text, LiteralOccurrences found)
        where TState : unmanaged, IBinaryInteger<TState>
    {
        var state = 0;
        var from = 0;
        while (text.Length - from >= Streams * MinPartLength)
        {
            var partLength = Math.Min(MaxPartLength, (text.Length - from) / Streams);
            state = SearchBlock(nextTable, text, from, partLength, state, found);
            from += Streams * partLength;
        }
        // The rest, too short for four parts, one character at a time.
        ref var next = ref MemoryMarshal.GetArrayDataReference(nextTable);
        ref var classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        for (var i = from; i < text.Length; i++)
        {
            state = Step(ref next, ref classOf, _states, state, text[i]);
            if (state >= _firstOutput) Report(state, i, found);
        }
    }

    /// <summary>
    /// Reads four parts of <paramref name="partLength"/> characters from <paramref name="from"/> side by side, the
    /// first on from <paramref name="state"/>, and returns the state at the end of the last. The first part's
    /// occurrences are recorded at once, the others' held back until it is done, then recorded part by part.
    /// </summary>
    // Kept out of Search: inlined there, the loop's states were at times spilled to the stack, at up to half the speed.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int SearchBlock<TState>(TState[] nextTable, ReadOnlySpan<char> text, int from, int partLength, int state, LiteralOccurrences found)
        where TState : unmanaged, IBinaryInteger<TState>
    {
        ref var next = ref MemoryMarshal.GetArrayDataReference(nextTable);
        ref var classOf = ref MemoryMarshal.GetArrayDataReference(_classOf);
        var states = _states;
        var firstOutput = _firstOutput;
        ref var part0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(text), from);
        ref var part1 = ref Unsafe.Add(ref part0, partLength);
        ref var part2 = ref Unsafe.Add(ref part1, partLength);
        ref var part3 = ref Unsafe.Add(ref part2, partLength);
        int s0 = state, s1 = 0, s2 = 0, s3 = 0;
        for (var i = -Warmup; i < 0; i++)
        {
            s1 = Step(ref next, ref classOf, states, s1, Unsafe.Add(ref part1, i));
            s2 = Step(ref next, ref classOf, states, s2, Unsafe.Add(ref part2, i));
            s3 = Step(ref next, ref classOf, states, s3, Unsafe.Add(ref part3, i));
        }
        var pending = found.Pending((Streams - 1) * 2 * partLength); // (end, state) pairs of parts 1-3
        var held = 0;
        for (var i = 0; i < partLength; i++)
        {
            s0 = Step(ref next, ref classOf, states, s0, Unsafe.Add(ref part0, i));
            s1 = Step(ref next, ref classOf, states, s1, Unsafe.Add(ref part1, i));
            s2 = Step(ref next, ref classOf, states, s2, Unsafe.Add(ref part2, i));
            s3 = Step(ref next, ref classOf, states, s3, Unsafe.Add(ref part3, i));
            if (s0 >= firstOutput) Report(s0, from + i, found);
            if (s1 >= firstOutput) { pending[held++] = from + partLength + i; pending[held++] = s1; }
            if (s2 >= firstOutput) { pending[held++] = from + 2 * partLength + i; pending[held++] = s2; }
            if (s3 >= firstOutput) { pending[held++] = from + 3 * partLength + i; pending[held++] = s3; }
        }
        for (var part = 1; part < Streams; part++)
        {
            var start = from + part * partLength;
            for (var k = 0; k < held; k += 2)
                if (pending[k] >= start && pending[k] < start + partLength) Report(pending[k + 1], pending[k], found);
        }
        return s3;
    }

    /// <summary>One transition. Unchecked reads, always in range: every char has a class below the number of
    /// classes, and every state is below <see cref="_states"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step<TState>(ref TState next, ref byte classOf, int states, int state, char c)
        where TState : unmanaged, IBinaryInteger<TState>
        => int.CreateTruncating(Unsafe.Add(ref next, Unsafe.Add(ref classOf, c) * states + state));

    [MethodImpl(MethodImplOptions.NoInlining)] // rare (a few characters in a hundred): kept out of the loops' registers
    private void Report(int state, int end, LiteralOccurrences found)
    {
        var output = state - _firstOutput;
        for (var k = _outputStart[output]; k < _outputStart[output + 1]; k++)
            found.Add(_outputs[2 * k], end - _outputs[2 * k + 1] + 1);
    }
}

/// <summary>Where the literals of a <see cref="PatternLiterals"/> occur in one text: a chain of positions per literal.
/// Reused between checks on one thread.</summary>
internal sealed class LiteralOccurrences
{
    private int[] _head = [];
    private int[] _tail = [];
    private bool[] _anywhere = [];
    private int[] _position = new int[64];
    private int[] _next = new int[64];
    private int _count;
    // The literals found since the last Reset, so that Reset clears only theirs (a draft finds a few of hundreds).
    private int[] _found = [];
    private int _foundCount;
    private int[] _pending = [];

    /// <summary>True when the text held more occurrences than are kept (<see cref="Reset"/>): past that, only each
    /// literal's first occurrence is recorded, and patterns scan the whole text instead of windows.</summary>
    public bool Overflowed { get; private set; }

    private int _limit;

    /// <summary>Forgets the last text. At most <paramref name="textLength"/> / 4 + 1,024 occurrences are kept, so
    /// a hostile text (a million digits, each starting several literals) costs bounded memory.</summary>
    public void Reset(int literals, int textLength = 0, int slots = 0)
    {
        Overflowed = false;
        if (_slotFirst.Length != slots)
        {
            _slotFirst = new int[slots];
            _slotAnywhere = new bool[slots];
            _slotBits = new ulong[(slots + 63) / 64];
        }
        _slotBits.AsSpan().Clear();
        _limit = textLength / 4 + 1024;
        if (_head.Length != literals)
        {
            _head = new int[literals];
            _tail = new int[literals];
            _anywhere = new bool[literals];
            _found = new int[literals];
            _head.AsSpan().Fill(-1);
        }
        else
        {
            foreach (var id in _found.AsSpan(0, _foundCount))
            {
                _head[id] = -1;
                _anywhere[id] = false;
            }
        }
        _foundCount = 0;
        _count = 0;
    }

    public void Add(int id, int position)
    {
        if (_count >= _limit)
        {
            Overflowed = true;
            if (_head[id] >= 0) return; // the first occurrence of each literal is still kept
        }
        if (_count == _position.Length)
        {
            Array.Resize(ref _position, _count * 2);
            Array.Resize(ref _next, _count * 2);
        }
        var node = _count++;
        _position[node] = position;
        _next[node] = -1;
        if (_head[id] < 0)
        {
            _head[id] = node;
            _found[_foundCount++] = id;
        }
        else _next[_tail[id]] = node;
        _tail[id] = node;
    }

    /// <summary>A literal the search cannot spell: assumed to occur, anywhere (at 0 for <see cref="First"/>).</summary>
    public void AddAnywhere(int id)
    {
        _anywhere[id] = true;
        if (_head[id] < 0) Add(id, 0);
    }

    // Each slot's first literal and whether one is assumed anywhere, valid only where its bit in _slotBits is set: a
    // check clears the bits, not an entry per pattern.
    private int[] _slotFirst = [];
    private bool[] _slotAnywhere = [];
    private ulong[] _slotBits = [];

    // Each pattern slot's first required literal and whether one is assumed anywhere, from the literals found: a
    // text finds few of the engine's literals, so this walks those rather than every pattern's list.
    internal void SumUpSlots(int[][] slotsOf)
    {
        foreach (var id in Found)
        {
            var first = First(id);
            var anywhere = _anywhere[id];
            foreach (var slot in slotsOf[id])
            {
                ref var word = ref _slotBits[slot >> 6];
                var bit = 1UL << (slot & 63);
                if ((word & bit) == 0)
                {
                    word |= bit;
                    (_slotFirst[slot], _slotAnywhere[slot]) = (first, anywhere);
                    continue;
                }
                if (first < _slotFirst[slot]) _slotFirst[slot] = first;
                _slotAnywhere[slot] |= anywhere;
            }
        }
    }

    /// <summary>Where the first of the literals pattern slot <paramref name="slot"/> requires occurs (int.MaxValue:
    /// none does), and whether one of them is assumed to occur anywhere.</summary>
    public (int First, bool Anywhere) SlotFirst(int slot) =>
        (_slotBits[slot >> 6] & (1UL << (slot & 63))) != 0 ? (_slotFirst[slot], _slotAnywhere[slot]) : (int.MaxValue, false);

    /// <summary>A bit per pattern slot, set when one of its required literals occurs (<see cref="SlotFirst"/> is then
    /// below int.MaxValue): <see cref="Cues"/> tests a combination's patterns with a mask.</summary>
    internal ReadOnlySpan<ulong> SlotBits => _slotBits;

    /// <summary>How many occurrences are recorded.</summary>
    public int Count => _count;

    /// <summary>The literals found, each once, in the order they were first found.</summary>
    public ReadOnlySpan<int> Found => _found.AsSpan(0, _foundCount);

    /// <summary>Where the literal first occurs (-1: nowhere).</summary>
    public int First(int id) => _head[id] < 0 ? -1 : _position[_head[id]];
    public bool Anywhere(int id) => _anywhere[id];
    /// <summary>The literal's first occurrence node (-1: none); walk with <see cref="Next"/>, read with <see cref="Position"/>.</summary>
    public int Head(int id) => _head[id];
    public int Next(int node) => _next[node];
    public int Position(int node) => _position[node];

    /// <summary>Scratch of at least <paramref name="length"/> ints for <see cref="PatternLiterals.Find"/>, where
    /// occurrences found ahead of their turn wait.</summary>
    internal int[] Pending(int length) => _pending.Length >= length ? _pending : _pending = new int[length];
}
