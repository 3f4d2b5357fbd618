namespace PolicyRules.Text;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits or masking symbols (<c>sh1t</c>, <c>f**k</c>).</summary>
    Word,
    /// <summary>Digits, possibly with inner separators (<c>1,000</c>, <c>10:30</c>).</summary>
    Number,
    /// <summary>An email address.</summary>
    Email,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An @mention; its text excludes the <c>@</c>.</summary>
    Mention,
    /// <summary>A #hashtag; its text excludes the <c>#</c>.</summary>
    Hashtag,
    /// <summary>An emoji or pictographic symbol.</summary>
    Emoji,
}

/// <summary>
/// One token. Offsets <see cref="Start"/>/<see cref="End"/> are into the normalised text; its
/// text is either that range or, for spaced-out letters joined into one word, a side buffer.
/// </summary>
internal struct Token
{
    public int Start;
    public int End;
    public int TextStart;
    public int TextLength;
    public int Sentence;
    public int WordId;
    public TokenKind Kind;
    public bool InQuote;
    /// <summary>The text lives in the side buffer (spaced letters joined).</summary>
    public bool Joined;
    /// <summary>How the word id was found (exact, or through an evasion or inflection).</summary>
    public Lookup Via;
}

/// <summary>How a token's word was looked up in the vocabulary.</summary>
internal enum Lookup : byte
{
    None,
    Exact,
    Inflected,
    Evasion,
}
