using System.Runtime.CompilerServices;
using System.Text;
using PolicyRules.Recognition;

namespace PolicyRules.Recognizers.PersonName;

/// <summary>
/// A word list read by span that ignores case and accents, as the rest of the engine does: its words are kept folded
/// the way a draft is folded ("Café" as "cafe"), and a word with a non-ASCII letter ("Zoë", "O’Neill") is folded
/// into a stack buffer before the lookup. ASCII words, nearly all of them, are looked up as they are (the
/// case-insensitive comparer does the rest), so the recognizers can keep reading the original text.
/// </summary>
internal sealed class NameSet
{
    // No word in a list is longer; a longer one is folded to nothing and found in none.
    private const int Room = 128;

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => Fold(w, stackalloc char[Room]).ToString()), StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words, folded.</summary>
    public IReadOnlyCollection<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> word) => Ascii.IsValid(word) ? _lookup.Contains(word) : ContainsFolded(word);

    // Apart so that the ASCII path does not set up the buffer.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ContainsFolded(ReadOnlySpan<char> word) => _lookup.Contains(Fold(word, stackalloc char[Room]));

    /// <summary>True when the two words are the same name, ignoring case and accents ("Zoë", "ZOE").</summary>
    public static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Ascii.IsValid(a) && Ascii.IsValid(b) ? a.Equals(b, StringComparison.OrdinalIgnoreCase) : SameFolded(a, b);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool SameFolded(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<char> foldedA = stackalloc char[Room], foldedB = stackalloc char[Room];
        return DraftView.TryFold(a, foldedA, out var lengthA) && DraftView.TryFold(b, foldedB, out var lengthB)
            && foldedA[..lengthA].Equals(foldedB[..lengthB], StringComparison.OrdinalIgnoreCase);
    }

    // The word folded as the draft is (lower case, no accents) into the buffer, or empty when it does not fit.
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> word, Span<char> buffer) =>
        DraftView.TryFold(word, buffer, out var written) ? buffer[..written] : default;
}
