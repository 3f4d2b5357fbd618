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
    // The indices, in order, of the tokens of the kinds after Number (emails, addresses, mentions, hashtags,
    // emoji): the few a recognizer of one of those kinds looks at, found without walking every word.
    private int[] _marked = new int[16];
    private int _markedCount;

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
        if (Count > BlockedSearchFrom) return _lastAnswer = TokenAtOrAfterInBlocks(originalOffset);
        // Lookups mostly come in text order (matches, entities): gallop from the last answer, so a lookup near it
        // reads a few tokens rather than a binary search's cache-missing path through a long document.
        int lo = 0, hi = Count;
        var hint = Math.Min(_lastAnswer, Count);
        if (hint < Count && OriginalEnd(_tokens[hint]) <= originalOffset)
        {
            // The answer is after the hint.
            lo = hint + 1;
            for (var step = 1; lo < hi; step *= 2)
            {
                var probe = Math.Min(hi - 1, hint + step);
                if (OriginalEnd(_tokens[probe]) > originalOffset) { hi = probe; break; }
                lo = probe + 1;
            }
        }
        else
        {
            // The answer is at or before the hint.
            hi = hint;
            for (var step = 1; lo < hi; step *= 2)
            {
                var probe = Math.Max(0, hint - step);
                if (OriginalEnd(_tokens[probe]) <= originalOffset) { lo = probe + 1; break; }
                hi = probe;
            }
        }
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (OriginalEnd(_tokens[mid]) <= originalOffset) lo = mid + 1; else hi = mid;
        }
        return _lastAnswer = lo;
    }

    private int _lastAnswer;

    // In a long document lookups come from several rules and recognizers, each in text order but interleaved, so a
    // gallop from the last answer walks far, and every probe reads a token and the offset map in cold memory. There
    // the lookup searches the original end of every 32nd token first (a small array, built once per check), then
    // within one block of 32 tokens.
    private const int BlockShift = 5;
    private const int BlockedSearchFrom = 1024;
    private int[] _blockEnds = [];
    private int _blockCount;

    private int TokenAtOrAfterInBlocks(int originalOffset)
    {
        if (_blockCount == 0)
        {
            _blockCount = (Count + (1 << BlockShift) - 1) >> BlockShift;
            if (_blockEnds.Length < _blockCount) _blockEnds = new int[_blockCount * 2];
            for (var b = 0; b < _blockCount; b++)
                _blockEnds[b] = OriginalEnd(_tokens[Math.Min(((b + 1) << BlockShift) - 1, Count - 1)]);
        }
        // The first block whose last token ends after the offset holds the answer; none does: past every token.
        var block = _blockEnds.AsSpan(0, _blockCount);
        int lo = 0, hi = block.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (block[mid] <= originalOffset) lo = mid + 1; else hi = mid;
        }
        if (lo == block.Length) return Count;
        var first = lo << BlockShift;
        hi = Math.Min(first + (1 << BlockShift) - 1, Count - 1); // this block's last token qualifies
        lo = first;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (OriginalEnd(_tokens[mid]) <= originalOffset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// The index of the first token of <paramref name="kind"/> at or after <paramref name="from"/>, or -1.
    /// For an email, address, mention, hashtag or emoji kind it looks only at the tokens of those kinds.
    /// </summary>
    public int NextOfKind(TokenKind kind, int from)
    {
        if (kind < TokenKind.Email)
        {
            for (var i = Math.Max(from, 0); i < Count; i++)
                if (_tokens[i].Kind == kind) return i;
            return -1;
        }
        var marked = _marked.AsSpan(0, _markedCount);
        var k = marked.BinarySearch(from);
        for (k = k < 0 ? ~k : k; k < marked.Length; k++)
            if (_tokens[marked[k]].Kind == kind) return marked[k];
        return -1;
    }

    /// <summary>Remembers the token just added as one of a kind after Number.</summary>
    internal void NoteMarked()
    {
        if (_markedCount == _marked.Length) Array.Resize(ref _marked, _marked.Length * 2);
        _marked[_markedCount++] = Count - 1;
    }

    internal void Reset(NormalizedText text)
    {
        Text = text;
        Count = 0;
        _lastAnswer = 0;
        _blockCount = 0;
        _markedCount = 0;
        _sideLength = 0;
        _paragraphCount = 0;
        SentenceCount = 0;
    }

    internal void SetSentenceCount(int count) => SentenceCount = count;

    // The sentences that start a paragraph (after a blank line or at a bulleted line), in order; the first
    // paragraph's start is implied.
    private int[] _paragraphStarts = new int[8];
    private int _paragraphCount;

    /// <summary>The paragraph of a sentence: how many paragraph starts come at or before it.</summary>
    public int ParagraphOf(int sentence)
    {
        var starts = _paragraphStarts.AsSpan(0, _paragraphCount);
        if (starts.Length == 0 || sentence < starts[0]) return 0;
        var k = starts.BinarySearch(sentence);
        return k >= 0 ? k + 1 : ~k;
    }

    /// <summary>Notes that <paramref name="sentence"/> starts a paragraph.</summary>
    internal void StartParagraph(int sentence)
    {
        if (_paragraphCount > 0 && _paragraphStarts[_paragraphCount - 1] >= sentence) return;
        if (_paragraphCount == _paragraphStarts.Length) Array.Resize(ref _paragraphStarts, _paragraphCount * 2);
        _paragraphStarts[_paragraphCount++] = sentence;
    }

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
