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
