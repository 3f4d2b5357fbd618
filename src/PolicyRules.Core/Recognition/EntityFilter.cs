namespace PolicyRules.Recognition;

/// <summary>
/// What the rules of an engine keep of one recognizer's entities: each rule part's required tags, excluded tags and
/// minimum confidence. Lets a recognizer skip building an entity no rule would keep (see <see cref="DraftView.Wants"/>).
/// </summary>
internal sealed class EntityFilter
{
    private readonly List<(string[] Tags, string[] Exclude, double MinConfidence)> _parts = [];

    public void Add(string[] tags, string[] exclude, double minConfidence) => _parts.Add((tags, exclude, minConfidence));

    /// <summary>True when some part would keep an entity with <paramref name="tags"/> (and, when <paramref name="moreTags"/>,
    /// possibly others not yet known) at <paramref name="confidence"/>.</summary>
    public bool Wants(ReadOnlySpan<string> tags, double confidence, bool moreTags)
    {
        foreach (var (required, exclude, min) in _parts)
        {
            if (confidence < min) continue;
            var kept = true;
            foreach (var t in exclude) kept &= !Contains(tags, t);
            if (!moreTags) foreach (var t in required) kept &= Contains(tags, t);
            if (kept) return true;
        }
        return false;
    }

    private static bool Contains(ReadOnlySpan<string> tags, string tag)
    {
        foreach (var t in tags)
            if (string.Equals(t, tag, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
