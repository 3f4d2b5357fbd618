using System.Runtime.CompilerServices;
using PolicyRules.Recognition;
using PolicyRules.Text;

namespace PolicyRules.Classification;

/// <summary>Receives the hashed features of a draft, one call per occurrence.</summary>
internal interface IFeatureSink
{
    /// <summary>One occurrence of a feature: its bucket and its hash sign (+1 or -1).</summary>
    void Add(int bucket, float sign);
}

/// <summary>
/// Turns a draft into hashed features without allocating: word unigrams and bigrams (within a
/// sentence), character n-grams of words with boundary marks (so "managment", "m4nagement" and
/// "management" share most of theirs), the channel and author, and word unigrams joined with the
/// channel. Each feature is a stable 32-bit hash; after a golden-ratio multiply its top bits pick
/// the bucket and the next bit a sign, which keeps collisions from biasing a weight one way.
/// </summary>
internal sealed class FeatureHasher
{
    private const uint Unigram = 1, Bigram = 2, CharGram = 3, ChannelFamily = 4, AuthorFamily = 5, ContextPair = 6, Conjunction = 7, Shape = 8;
    private const int MaxCharGramWord = 32;

    private readonly int _bucketShift;
    private readonly uint _unigram, _bigram, _shape, _conjunction, _channel, _author, _pair;
    private readonly uint[] _charGram;
    private readonly bool _unigrams, _bigrams, _context, _conjunctions;
    private readonly int _charMin, _charMax;

    public FeatureHasher(FeatureSettings settings)
    {
        if (settings.Problem() is { } problem) throw new ArgumentException(problem, nameof(settings));
        Settings = settings;
        var seed = settings.HashSeed;
        _bucketShift = 32 - settings.HashBits;
        _unigram = StableHash.Start(seed, Unigram);
        _bigram = StableHash.Start(seed, Bigram);
        _shape = StableHash.Start(seed, Shape);
        _conjunction = StableHash.Start(seed, Conjunction);
        _channel = StableHash.Start(seed, ChannelFamily);
        _author = StableHash.Start(seed, AuthorFamily);
        _pair = StableHash.Start(seed, ContextPair);
        _charMin = settings.CharNGramMin;
        _charMax = settings.CharNGramMax;
        _charGram = new uint[Math.Max(1, _charMax + 1)];
        for (var n = 0; n < _charGram.Length; n++) _charGram[n] = StableHash.Start(seed, CharGram | ((uint)n << 4));
        _unigrams = settings.WordUnigrams;
        _bigrams = settings.WordBigrams;
        _context = settings.ContextFeatures;
        _conjunctions = settings.ChannelConjunctions;
    }

    public FeatureSettings Settings { get; }

    /// <summary>Emits every feature of the draft into the sink; returns how many were emitted.</summary>
    public int Extract<TSink>(DraftView draft, ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        var count = 0;
        var context = draft.Context;
        var channel = StableHash.Combine(_channel, (uint)context.Channel);
        if (_context)
        {
            Emit(ref sink, channel, ref count);
            Emit(ref sink, StableHash.Combine(_author, (uint)context.Author), ref count);
            Emit(ref sink, StableHash.Combine(StableHash.Combine(_pair, (uint)context.Channel), (uint)context.Author), ref count);
        }
        var previous = 0u;
        var previousSentence = -1;
        var tokens = draft.TokenCount;
        for (var i = 0; i < tokens; i++)
        {
            var kind = draft.TokenKind(i);
            var text = draft.TokenText(i);
            var token = TokenHash(kind, text);
            if (_unigrams)
            {
                Emit(ref sink, token, ref count);
                if (_conjunctions) Emit(ref sink, StableHash.Combine(_conjunction ^ channel, token), ref count);
            }
            var sentence = draft.SentenceOf(i);
            if (_bigrams && sentence == previousSentence) Emit(ref sink, StableHash.Combine(_bigram ^ previous, token), ref count);
            previous = token;
            previousSentence = sentence;
            if (_charMin > 0 && kind is TokenKind.Word or TokenKind.Hashtag && text.Length <= MaxCharGramWord)
                count += CharGrams(text, ref sink);
        }
        return count;
    }

    private uint TokenHash(TokenKind kind, ReadOnlySpan<char> text) => kind switch
    {
        TokenKind.Number => StableHash.Combine(_shape, 16 + (uint)Math.Min(text.Length, 8)),
        TokenKind.Email or TokenKind.Url => StableHash.Combine(_shape, (uint)kind),
        _ => StableHash.Chars(_unigram, text),
    };

    // Every n-gram of "<word>" for n in [min, max]: from each start, extend one character at a time.
    private int CharGrams<TSink>(ReadOnlySpan<char> word, ref TSink sink) where TSink : IFeatureSink, allows ref struct
    {
        var count = 0;
        var length = word.Length + 2;
        for (var start = 0; start + _charMin <= length; start++)
        {
            var h = 0u;
            var max = Math.Min(_charMax, length - start);
            for (var n = 1; n <= max; n++)
            {
                var at = start + n - 1;
                var c = at == 0 ? '<' : at == length - 1 ? '>' : word[at - 1];
                h = n == 1 ? StableHash.Step(_charGram[0], c) : StableHash.Step(h, c);
                if (n >= _charMin) Emit(ref sink, h ^ _charGram[n], ref count);
            }
        }
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit<TSink>(ref TSink sink, uint hash, ref int count) where TSink : IFeatureSink, allows ref struct
    {
        var spread = StableHash.Spread(hash);
        sink.Add((int)(spread >> _bucketShift), ((spread >> (_bucketShift - 1)) & 1) == 0 ? 1f : -1f);
        count++;
    }
}
