namespace PolicyRules.Recognizers.Shared;

/// <summary>
/// A quick "maybe" in front of a case-insensitive word set: one bit per hashed word, so most words not in
/// the set are turned away with a multiply per letter instead of a lookup. Never false for a word equal
/// to one of the set's words under <see cref="StringComparison.OrdinalIgnoreCase"/>.
/// </summary>
internal sealed class WordKeys
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    public WordKeys(IReadOnlyCollection<string> words)
    {
        // About 32 bits per word: a word not in the set passes one time in 32 or less.
        var bits = Math.Max(10, 5 + (int)Math.Ceiling(Math.Log2(Math.Max(words.Count, 1))));
        _bits = new ulong[(1 << bits) / 64];
        _shift = 32 - bits;
        // OrdinalIgnoreCase equates no other character with an ASCII letter: a word that is not all ASCII
        // letters equals no word that is, and words with other characters always pass.
        foreach (var w in words)
            if (Key(w) is { } key) _bits[key >> 6] |= 1UL << (int)key;
    }

    public bool MayContain(ReadOnlySpan<char> word) => Key(word) is not { } key || (_bits[key >> 6] & 1UL << (int)key) != 0;

    // The bit of a word, or null when it is empty or holds a character other than an ASCII letter.
    private uint? Key(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return null;
        var hash = 0u;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c)) return null;
            hash = (hash + (c | 0x20u)) * 0x9E3779B1u;
        }
        return hash >> _shift;
    }
}
