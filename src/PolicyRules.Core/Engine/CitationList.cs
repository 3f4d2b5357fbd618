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
    private readonly HashSet<string>[] _words;

    public CitationList(Citation[] citations, int[] specificity)
    {
        _citations = citations;
        _specificity = specificity;
        _words = [.. citations.Select(c => Words(c.Quote).ToHashSet(StringComparer.Ordinal))];
    }

    public IReadOnlyList<Citation> All => _citations;
    public int Count => _citations.Length;

    /// <summary>The citations for a finding described by <paramref name="finding"/> (its evidence and excerpt): the
    /// same list unless some equally specific clauses share more of its words than others.</summary>
    public IReadOnlyList<Citation> For(string finding)
    {
        if (_citations.Length < 2) return _citations;
        int[]? scores = null;
        foreach (var word in Words(finding))
            for (var i = 0; i < _citations.Length; i++)
                if (_words[i].Contains(word)) (scores ??= new int[_citations.Length])[i]++;
        if (scores is null) return _citations;
        var order = Enumerable.Range(0, _citations.Length).ToArray();
        // Stable: by specificity, then by shared words, then as listed.
        Array.Sort(order, (a, b) => _specificity[a] != _specificity[b] ? _specificity[a].CompareTo(_specificity[b])
            : scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return [.. order.Select(i => _citations[i])];
    }

    // Words of four letters or more, lower case, a final 's' dropped ("numbers" and "number" are one word); short
    // words ("the", "not", "or") say nothing about which clause fits.
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    var word = text[start..i].ToLowerInvariant();
                    yield return word.EndsWith('s') ? word[..^1] : word;
                }
                start = -1;
            }
        }
    }
}
