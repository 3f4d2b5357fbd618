namespace PolicyRules.Engine;

/// <summary>
/// The clauses that cite a rule, the most specific first (enforced by the fewest rules), with each clause's words, so
/// that a finding can put first, among clauses equally specific, those whose quote shares a word with what it found:
/// a mobile number cites "must not provide parents ... mobile numbers" before "must not accept parents as friends".
/// </summary>
internal sealed class CitationList
{
    private readonly Citation[] _citations;
    private readonly int[] _specificity; // per citation: how many rules enforce its clause
    // Word → the citations whose quote holds it, a bit each; null when no two citations are equally specific (nothing
    // to reorder) or there are more than 64.
    private readonly Dictionary<string, ulong>? _quotesHolding;

    public CitationList(Citation[] citations, int[] specificity)
    {
        _citations = citations;
        _specificity = specificity;
        if (citations.Length > 64 || specificity.Distinct().Count() == specificity.Length) return;
        _quotesHolding = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < citations.Length; i++)
        {
            var quote = citations[i].Quote;
            foreach (var (start, length) in Words(quote))
            {
                var word = quote.Substring(start, length);
                _quotesHolding[word] = _quotesHolding.GetValueOrDefault(word) | 1UL << i;
            }
        }
    }

    public IReadOnlyList<Citation> All => _citations;

    /// <summary>The citations for a finding described by <paramref name="finding"/> (its message and evidence): the
    /// same list unless some equally specific clauses share more of its words than others.</summary>
    public IReadOnlyList<Citation> For(string finding)
    {
        if (_quotesHolding is null) return _citations;
        var lookup = _quotesHolding.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<int> scores = stackalloc int[_citations.Length];
        var any = false;
        foreach (var (start, length) in Words(finding))
            if (lookup.TryGetValue(finding.AsSpan(start, length), out var holding))
                for (var i = 0; i < _citations.Length; i++)
                    if ((holding & 1UL << i) != 0) { scores[i]++; any = true; }
        if (!any) return _citations;
        var score = scores.ToArray();
        var order = new int[_citations.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        // Stable: by specificity, then by shared words, then as listed.
        Array.Sort(order, (a, b) => _specificity[a] != _specificity[b] ? _specificity[a].CompareTo(_specificity[b])
            : score[a] != score[b] ? score[b].CompareTo(score[a]) : a.CompareTo(b));
        var ordered = new Citation[order.Length];
        for (var i = 0; i < order.Length; i++) ordered[i] = _citations[order[i]];
        return ordered;
    }

    // Words of four letters or more, a final 's' left out ("numbers" and "number" are one word); short words ("the",
    // "not", "or") say nothing about which clause fits. Compared without case.
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var length = i - start;
                if (length >= 4) words.Add((start, text[i - 1] is 's' or 'S' ? length - 1 : length));
                start = -1;
            }
        }
        return words;
    }
}
