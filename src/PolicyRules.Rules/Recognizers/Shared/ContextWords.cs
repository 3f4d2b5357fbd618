namespace PolicyRules.Recognizers.Shared;

/// <summary>
/// A set of context words and two-word phrases ("sort code") looked for as whole words near a span,
/// ignoring case: "lic" does not match inside "duplicate". Built once; lookups do not allocate.
/// </summary>
internal sealed class ContextWords
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxPhrase;

    public ContextWords(params string[] words)
    {
        _words = new HashSet<string>(words.Select(w => string.Join(' ', w.Split(' ', StringSplitOptions.RemoveEmptyEntries))), StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxPhrase = _words.Count == 0 ? 0 : _words.Max(w => w.Length);
    }

    /// <summary>True when a word (or two-word phrase) of the set is whole in <paramref name="text"/>.</summary>
    public bool In(ReadOnlySpan<char> text)
    {
        Span<char> pair = stackalloc char[Math.Max(_maxPhrase, 1)];
        int prevStart = -1, prevEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!TextScan.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (TextScan.IsWordChar(text[i]) || (text[i] is '\'' or '\u2019' or '.' && i + 1 < text.Length && TextScan.IsWordChar(text[i + 1])))) i++;
            var word = text[start..i];
            if (_lookup.Contains(word)) return true;
            // "d.o.b" style words also match without their trailing dot, and "s/c" style pairs.
            if (prevStart >= 0)
            {
                var gap = text[prevEnd..start];
                var a = text[prevStart..prevEnd];
                if (a.Length + 1 + word.Length <= pair.Length && (gap.IsWhiteSpace() || gap is "/" or "-"))
                {
                    a.CopyTo(pair);
                    pair[a.Length] = gap.IsWhiteSpace() ? ' ' : gap[0];
                    word.CopyTo(pair[(a.Length + 1)..]);
                    if (_lookup.Contains(pair[..(a.Length + 1 + word.Length)])) return true;
                }
            }
            prevStart = start;
            prevEnd = i;
        }
        return false;
    }

    /// <summary>True when a context word is within <paramref name="before"/> characters before the span.</summary>
    public bool Before(string text, int start, int before = 40)
    {
        var from = WordStart(text, Math.Max(0, start - before));
        return In(text.AsSpan(from, start - from));
    }

    /// <summary>True when a context word is within <paramref name="after"/> characters after the span.</summary>
    public bool After(string text, int end, int after = 40)
    {
        var to = WordEnd(text, Math.Min(text.Length, end + after));
        return In(text.AsSpan(end, to - end));
    }

    /// <summary>True when a context word is near the span on either side.</summary>
    public bool Near(string text, int start, int end, int window = 40) => Before(text, start, window) || After(text, end, window);

    // Widen a window edge to a whole word so a cut never makes a partial word match ("...plicate" as "lic").
    private static int WordStart(string text, int i)
    {
        while (i > 0 && TextScan.IsWordChar(text[i - 1]) && TextScan.IsWordChar(text[i])) i--;
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && i > 0 && TextScan.IsWordChar(text[i - 1]) && TextScan.IsWordChar(text[i])) i++;
        return i;
    }
}
