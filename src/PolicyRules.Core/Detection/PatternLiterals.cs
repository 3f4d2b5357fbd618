using System.Buffers;

namespace PolicyRules.Detection;

/// <summary>
/// The required literals of every pattern of an engine (<see cref="PatternFacts.Required"/>), found in one
/// vectorised pass per check: a pattern none of whose literals occurs is skipped without running its regex.
/// </summary>
internal sealed class PatternLiterals
{
    private readonly string[] _texts;
    private readonly SearchValues<string>? _search;
    // Literal ids by their first character, so a position is checked only against literals that can start there.
    private readonly Dictionary<char, int[]> _byFirst;

    public PatternLiterals(IReadOnlyList<string> texts)
    {
        _texts = [.. texts];
        _search = _texts.Length == 0 ? null : SearchValues.Create(_texts, StringComparison.OrdinalIgnoreCase);
        _byFirst = Enumerable.Range(0, _texts.Length).GroupBy(i => char.ToLowerInvariant(_texts[i][0])).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public int Count => _texts.Length;

    /// <summary>Where each literal first occurs in <paramref name="text"/> (-1: nowhere).</summary>
    public void FindFirst(ReadOnlySpan<char> text, Span<int> firstAt)
    {
        firstAt.Fill(-1);
        if (_search is null) return;
        var missing = _texts.Length;
        var pos = 0;
        while (missing > 0 && pos < text.Length)
        {
            var i = text[pos..].IndexOfAny(_search);
            if (i < 0) return;
            pos += i;
            if (_byFirst.TryGetValue(char.ToLowerInvariant(text[pos]), out var ids))
                foreach (var id in ids)
                    if (firstAt[id] < 0 && text[pos..].StartsWith(_texts[id], StringComparison.OrdinalIgnoreCase))
                    {
                        firstAt[id] = pos;
                        missing--;
                    }
            pos++;
        }
    }
}
