namespace PolicyRules.Recognizers.Shared;

/// <summary>
/// A quick "maybe" in front of a case-insensitive word set: one bit per hashed (length, first, second and
/// last letter), so most words not in the set are turned away without hashing the whole word. Never false
/// for a word equal to one of the set's words under <see cref="StringComparison.OrdinalIgnoreCase"/>.
/// </summary>
internal sealed class WordKeys
{
    private const int Bits = 17;
    private readonly ulong[] _bits = new ulong[(1 << Bits) / 64];

    public WordKeys(IEnumerable<string> words)
    {
        // OrdinalIgnoreCase equates no other character with an ASCII letter: a word whose key letters are not all
        // ASCII letters equals no word whose key letters are, and words with other key letters always pass.
        foreach (var w in words)
            if (Key(w) is { } key) _bits[key >> 6] |= 1UL << (int)key;
    }

    public bool MayContain(ReadOnlySpan<char> word) => Key(word) is not { } key || (_bits[key >> 6] & 1UL << (int)key) != 0;

    // The bit of a word, or null when it is empty or a key letter is not an ASCII letter.
    private static uint? Key(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return null;
        char a = word[0], b = word[Math.Min(1, word.Length - 1)], z = word[^1];
        if (!char.IsAsciiLetter(a) || !char.IsAsciiLetter(b) || !char.IsAsciiLetter(z)) return null;
        var key = (((uint)word.Length * 31 + (a | 0x20u)) * 31 + (b | 0x20u)) * 31 + (z | 0x20u);
        return (key * 0x9E3779B1u) >> (32 - Bits);
    }
}
