using PolicyRules.Detection;

namespace PolicyRules.Engine;

/// <summary>
/// A rule's <c>unless: overlapping/near</c> occurrences, collected once per rule per check and
/// indexed so that each finding is judged in logarithmic time: thousands of findings stay linear.
/// </summary>
internal sealed class ExcuseIndex
{
    private readonly List<Occurrence> _list = [];
    // Overlapping occurrences sorted by start, with the largest end among each prefix.
    private int[] _start = [];
    private int[] _maxEnd = [];
    private int _overlapping;
    // Near occurrences sorted by first token, with the largest last token among each prefix; and their sentences.
    private int[] _first = [];
    private int[] _maxLast = [];
    private int _near;
    private readonly HashSet<int> _sentences = [];

    /// <summary>How many times this thread built an index (for tests that prove one build per rule per check).</summary>
    [ThreadStatic] internal static int t_builds;

    public void Build(CheckState state, CompiledRule rule)
    {
        t_builds++;
        _list.Clear();
        foreach (var p in rule.Overlapping) p.Collect(state, _list, null);
        _overlapping = _list.Count;
        Grow(ref _start, _overlapping);
        Grow(ref _maxEnd, _overlapping);
        for (var i = 0; i < _overlapping; i++) { _start[i] = _list[i].Start; _maxEnd[i] = _list[i].End; }
        PrefixMax(_start, _maxEnd, _overlapping);

        _list.Clear();
        foreach (var p in rule.Near) p.Collect(state, _list, null);
        _near = _list.Count;
        Grow(ref _first, _near);
        Grow(ref _maxLast, _near);
        _sentences.Clear();
        for (var i = 0; i < _near; i++)
        {
            _first[i] = _list[i].First;
            _maxLast[i] = _list[i].Last;
            _sentences.Add(state.SentenceOf(_list[i].First));
        }
        PrefixMax(_first, _maxLast, _near);
        _list.Clear();
    }

    /// <summary>True when an overlapping occurrence covers <paramref name="start"/>..<paramref name="end"/>.</summary>
    public bool Covers(int start, int end)
    {
        var i = LastAtMost(_start, _overlapping, start);
        return i >= 0 && _maxEnd[i] >= end;
    }

    /// <summary>True when a near occurrence is at most <paramref name="within"/> tokens from first..last and meets the
    /// tokens <paramref name="from"/>..<paramref name="to"/> (the finding's sentence).</summary>
    public bool Within(int first, int last, int within, int from = 0, int to = int.MaxValue)
    {
        // gap = max(0, o.First - last, first - o.Last) <= within  ⇔  o.First <= last + within and o.Last >= first - within;
        // meeting from..to narrows both bounds.
        if (within < 0) return false;
        var i = LastAtMost(_first, _near, (int)Math.Min(to, (long)last + within));
        return i >= 0 && _maxLast[i] >= Math.Max(from, (long)first - within);
    }

    /// <summary>True when a near occurrence starts in <paramref name="sentence"/>.</summary>
    public bool InSentence(int sentence) => _near > 0 && _sentences.Contains(sentence);

    private static void Grow(ref int[] array, int count)
    {
        if (array.Length < count) array = new int[Math.Max(count, array.Length * 2)];
    }

    private static void PrefixMax(int[] keys, int[] values, int count)
    {
        Array.Sort(keys, values, 0, count);
        for (var i = 1; i < count; i++) values[i] = Math.Max(values[i], values[i - 1]);
    }

    // The last index whose key is <= value, or -1.
    private static int LastAtMost(int[] keys, int count, int value)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }
}
