// PatternLiterals as it was before its interleaved search (one stream, 32-bit table, 2.5 ns a character): a
// straightforward reference the randomized tests compare the real one with. Not used by the library.
using PolicyRules.Detection;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// The required literals of every pattern of an engine (<see cref="PatternFacts.Required"/>), found in one pass per
/// check by an Aho-Corasick automaton with every transition precomputed: one table read per character, whatever the
/// number of literals. A pattern none of whose literals occurs is skipped without running its regex.
/// Literals are cut to their first <see cref="MaxLength"/> characters: if a literal occurs, so does its prefix, at
/// the same place, so the prefilter stays sound and the automaton small.
/// </summary>
internal sealed class ReferencePatternLiterals
{
    public const int MaxLength = 16;

    private readonly int _count;
    private readonly byte[] _asciiClass = new byte[128];
    private readonly Dictionary<char, byte> _otherClass = [];
    private readonly int _classes;
    // state offset (state * _classes) + class → next state's offset, complemented (~offset) when literals end there.
    private readonly int[] _next;
    private readonly int[] _outputStart;  // state → first index in _outputs (to _outputStart[state + 1])
    private readonly int[] _outputs;      // (literal id, length) pairs ending at a state, suffixes included
    private readonly List<int> _unrepresentable = []; // literals using a character beyond the classes: assumed present

    public ReferencePatternLiterals(IReadOnlyList<string> literals)
    {
        _count = literals.Count;
        // Every digit reads as PatternFacts.AnyDigit: "10" then also matches "42", which only widens the prefilter.
        var cut = literals.Select(l => string.Concat(l.ToLowerInvariant()[..Math.Min(MaxLength, l.Length)].Select(c => char.IsAsciiDigit(c) ? PatternFacts.AnyDigit : c))).ToArray();

        // Character classes: one per character used by a literal (upper-case ASCII shares its lower case's), 0 for the rest.
        var chars = cut.SelectMany(l => l).Distinct().Order().ToList();
        if (chars.Count > 254) chars = chars.Take(254).ToList(); // more would not fit a byte: see _unrepresentable
        for (var i = 0; i < chars.Count; i++)
        {
            var c = chars[i];
            if (c < 128) _asciiClass[c] = (byte)(i + 1); else _otherClass[c] = (byte)(i + 1);
            if (c is >= 'a' and <= 'z') _asciiClass[c - 32] = (byte)(i + 1);
            if (c == PatternFacts.AnyDigit) for (var d = '0'; d <= '9'; d++) _asciiClass[d] = (byte)(i + 1);
        }
        _classes = chars.Count + 1;

        // The trie.
        var children = new List<Dictionary<int, int>> { new() };
        var ends = new List<List<(int Id, int Length)>> { new() };
        for (var id = 0; id < cut.Length; id++)
        {
            var state = 0;
            foreach (var c in cut[id])
            {
                var cls = ClassOf(c);
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
            else _unrepresentable.Add(id);
        }

        // Failure links breadth-first, turned into a full transition table; outputs inherit their suffix state's.
        _next = new int[children.Count * _classes];
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        for (var cls = 1; cls < _classes; cls++)
            if (children[0].TryGetValue(cls, out var child)) { _next[cls] = child; queue.Enqueue(child); }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            ends[state].AddRange(ends[fail[state]]);
            for (var cls = 0; cls < _classes; cls++)
            {
                if (cls > 0 && children[state].TryGetValue(cls, out var child))
                {
                    fail[child] = _next[fail[state] * _classes + cls];
                    _next[state * _classes + cls] = child;
                    queue.Enqueue(child);
                }
                else _next[state * _classes + cls] = _next[fail[state] * _classes + cls];
            }
        }
        // Offsets instead of state numbers save a multiplication per character; a complemented offset flags a state
        // where literals end, so the scan looks up outputs only there.
        for (var k = 0; k < _next.Length; k++)
        {
            var target = _next[k];
            _next[k] = ends[target].Count > 0 ? ~(target * _classes) : target * _classes;
        }
        _outputStart = new int[children.Count + 1];
        var outputs = new List<int>();
        for (var s = 0; s < children.Count; s++)
        {
            _outputStart[s] = outputs.Count / 2;
            foreach (var (id, length) in ends[s]) { outputs.Add(id); outputs.Add(length); }
        }
        _outputStart[children.Count] = outputs.Count / 2;
        _outputs = [.. outputs];
    }

    public int Count => _count;

    private int ClassOf(char c) => c < 128 ? _asciiClass[c] : _otherClass.TryGetValue(c, out var cls) ? cls : 0;

    /// <summary>Records every occurrence of every literal in <paramref name="text"/>, in order of position.</summary>
    public void Find(ReadOnlySpan<char> text, LiteralOccurrences found)
    {
        found.Reset(_count, text.Length);
        if (_count == 0) return;
        var next = _next;
        var classes = _classes;
        var ascii = _asciiClass;
        var offset = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            offset = next[offset + (c < 128 ? ascii[c] : ClassOf(c))];
            if (offset >= 0) continue;
            offset = ~offset;
            var state = offset / classes;
            var to = _outputStart[state + 1];
            for (var k = _outputStart[state]; k < to; k++)
                found.Add(_outputs[2 * k], i - _outputs[2 * k + 1] + 1);
        }
        foreach (var id in _unrepresentable) found.AddAnywhere(id);
    }
}
