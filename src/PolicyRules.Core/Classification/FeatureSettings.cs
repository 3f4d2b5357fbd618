namespace PolicyRules.Classification;

/// <summary>
/// How a draft becomes hashed features. A model is only valid with the settings it was trained
/// with, so they are stored in the model file and checked when it loads.
/// </summary>
public sealed record FeatureSettings
{
    /// <summary>The feature scheme this build implements (the hash function and feature families).</summary>
    public const int CurrentScheme = 1;

    /// <summary>The smallest and largest supported <see cref="HashBits"/>.</summary>
    public const int MinHashBits = 10, MaxHashBits = 24;

    /// <summary>The settings of the bundled model: 2^16 buckets, word 1-2-grams, character 4-grams, context. (4-grams alone beat 3-4-grams in cross-validation on the bundled corpus, with half the features.)</summary>
    public static readonly FeatureSettings Default = new();

    /// <summary>The feature scheme (hash function and feature families); only <see cref="CurrentScheme"/> is supported.</summary>
    public int Scheme { get; init; } = CurrentScheme;

    /// <summary>The feature space has 2^HashBits buckets.</summary>
    public int HashBits { get; init; } = 16;

    /// <summary>Mixed into every hash, so two models can use different bucket layouts.</summary>
    public uint HashSeed { get; init; } = 0x5EED_0001;

    /// <summary>Hash each token (words by their folded text; numbers, emails and URLs by their kind).</summary>
    public bool WordUnigrams { get; init; } = true;

    /// <summary>Hash each pair of adjacent tokens in a sentence.</summary>
    public bool WordBigrams { get; init; } = true;

    /// <summary>Shortest character n-gram taken from words (with boundary marks); 0 turns them off.</summary>
    public int CharNGramMin { get; init; } = 4;

    /// <summary>Longest character n-gram taken from words.</summary>
    public int CharNGramMax { get; init; } = 4;

    /// <summary>Add the channel, the author's role and the pair of them as features.</summary>
    public bool ContextFeatures { get; init; } = true;

    /// <summary>Also hash each word unigram together with the channel ("school" on a personal account).</summary>
    public bool ChannelConjunctions { get; init; } = true;

    /// <summary>The number of buckets, 2^<see cref="HashBits"/>.</summary>
    public int Buckets => 1 << HashBits;

    /// <summary>Why these settings cannot be used by this build, or null when they can.</summary>
    public string? Problem()
    {
        if (Scheme != CurrentScheme) return $"feature scheme {Scheme} is not supported (this build implements scheme {CurrentScheme})";
        if (HashBits is < MinHashBits or > MaxHashBits) return $"hash bits {HashBits} is outside {MinHashBits}..{MaxHashBits}";
        if (CharNGramMin == 0 && CharNGramMax == 0) { }
        else if (CharNGramMin is < 1 or > 8 || CharNGramMax < CharNGramMin || CharNGramMax > 8)
            return $"character n-gram range {CharNGramMin}..{CharNGramMax} is invalid (use 0..0 to turn them off, or a range within 1..8)";
        if (!WordUnigrams && !WordBigrams && CharNGramMin == 0 && !ContextFeatures)
            return "every feature family is turned off";
        if (ChannelConjunctions && !WordUnigrams) return "channel conjunctions need word unigrams";
        return null;
    }

    /// <summary>A one-line description, e.g. for the CLI.</summary>
    public override string ToString() =>
        $"scheme {Scheme}, 2^{HashBits} buckets, seed 0x{HashSeed:X8}, unigrams {On(WordUnigrams)}, bigrams {On(WordBigrams)}, " +
        $"char n-grams {(CharNGramMin == 0 ? "off" : $"{CharNGramMin}-{CharNGramMax}")}, context {On(ContextFeatures)}, channel conjunctions {On(ChannelConjunctions)}";

    private static string On(bool b) => b ? "on" : "off";
}
