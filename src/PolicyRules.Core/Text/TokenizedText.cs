namespace PolicyRules.Text;

/// <summary>
/// The tokens of one normalised draft, with reusable buffers so a check on a warm thread
/// allocates nothing here.
/// </summary>
internal sealed class TokenizedText
{
    private Token[] _tokens = new Token[128];
    private char[] _side = new char[64];
    private int _sideLength;

    public NormalizedText Text { get; private set; } = null!;
    public int Count { get; private set; }
    public int SentenceCount { get; private set; }
    public Span<Token> Tokens => _tokens.AsSpan(0, Count);
    public ref Token this[int i] => ref _tokens[i];

    public ReadOnlySpan<char> TextOf(in Token t) => BufferOf(t).AsSpan(t.TextStart, t.TextLength);

    /// <summary>The buffer a token's text is in, at <see cref="Token.TextStart"/>.</summary>
    public char[] BufferOf(in Token t) => t.Joined ? _side : Text.Buffer;

    public int OriginalStart(in Token t) => Text.OriginalStart(t.Start);
    public int OriginalEnd(in Token t) => Text.OriginalEnd(t.End - 1);

    /// <summary>Index of the first token whose original end is after <paramref name="originalOffset"/>.</summary>
    public int TokenAtOrAfter(int originalOffset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (OriginalEnd(_tokens[mid]) <= originalOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    internal void Reset(NormalizedText text)
    {
        Text = text;
        Count = 0;
        _sideLength = 0;
        SentenceCount = 0;
    }

    internal void SetSentenceCount(int count) => SentenceCount = count;

    internal ref Token Add()
    {
        if (Count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        ref var t = ref _tokens[Count++];
        t = default;
        t.WordId = -1;
        return ref t;
    }

    internal int AppendSide(char c)
    {
        if (_sideLength == _side.Length) Array.Resize(ref _side, _side.Length * 2);
        _side[_sideLength] = c;
        return _sideLength++;
    }
}
