namespace PolicyRules.Detection;

/// <summary>
/// The tokens where a combination can still use a part's occurrences: within reach of its anchors (tokens
/// <c>within</c> either side, or the anchor's sentence). A part may skip work outside the region; it must report
/// every occurrence whose tokens meet it, and may report more. Ranges are sorted and merged by <see cref="Seal"/>.
/// </summary>
internal sealed class TokenRegion
{
    private readonly List<(int First, int Last)> _ranges = [];

    public int Count => _ranges.Count;
    public (int First, int Last) this[int i] => _ranges[i];

    public void Clear() => _ranges.Clear();

    public void Add(int first, int last) => _ranges.Add((Math.Max(0, first), last));

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> meet a range (once sealed).</summary>
    public bool Meets(int first, int last)
    {
        // The first range that does not end before the tokens start is the only one that can meet them.
        int lo = 0, hi = _ranges.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ranges[mid].Last < first) lo = mid + 1; else hi = mid;
        }
        return lo < _ranges.Count && _ranges[lo].First <= last;
    }

    /// <summary>Sorts the ranges and merges those that meet or touch.</summary>
    public void Seal()
    {
        if (_ranges.Count < 2) return;
        _ranges.Sort();
        var kept = 0;
        for (var i = 1; i < _ranges.Count; i++)
        {
            var (first, last) = _ranges[i];
            if (first <= _ranges[kept].Last + 1) _ranges[kept] = (_ranges[kept].First, Math.Max(_ranges[kept].Last, last));
            else _ranges[++kept] = (first, last);
        }
        _ranges.RemoveRange(kept + 1, _ranges.Count - kept - 1);
    }
}
