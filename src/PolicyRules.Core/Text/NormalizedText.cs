using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyRules.Text;

/// <summary>
/// Folded text with an offset map: normalised character <c>i</c> came from the original
/// character at <c>Map[i]</c>. Buffers are reused between checks on one thread.
/// </summary>
internal sealed class NormalizedText
{
    private char[] _chars = new char[512];
    private int[] _map = new int[513];

    public string Original { get; private set; } = "";
    public int Length { get; private set; }
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);
    public char[] Buffer => _chars;

    /// <summary>Original offset of normalised character <paramref name="i"/>; <c>i == Length</c> maps to the original end.</summary>
    public int OriginalStart(int i) => _map[i];

    /// <summary>Original end offset (exclusive) of the normalised character <paramref name="i"/>, including any dropped
    /// combining marks or invisible characters that followed it.</summary>
    public int OriginalEnd(int i)
    {
        var next = _map[i + 1];
        var start = _map[i];
        // A surrogate pair ends after its low half; a lone high surrogate is one character on its own.
        var end = start + (char.IsHighSurrogate(Original[start]) && start + 1 < Original.Length && char.IsLowSurrogate(Original[start + 1]) ? 2 : 1);
        // Dropped marks between this character and the next one belong to this character.
        if (i + 1 == Length || next > end)
        {
            while (end < next && CharFolding.Table[Original[end]] == CharFolding.Drop && Original[end] is not ('\0' or '\u200B')) end++;
        }
        return Math.Max(end, _map[i] + 1);
    }

    public void Normalize(string original)
    {
        Original = original;
        if (_chars.Length < original.Length + 16)
        {
            _chars = new char[original.Length * 2 + 16];
            _map = new int[original.Length * 2 + 17];
        }
        var n = 0;
        var i = 0;
        ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(original.AsSpan()));
        while (i + Vector128<ushort>.Count <= original.Length)
        {
            // Eight printable ASCII characters (most text) fold by lower-casing alone: one vector step.
            // Every step writes at most one character per original one, as the room check above assumes.
            var v = Vector128.LoadUnsafe(ref source, (nuint)i);
            if (Vector128.GreaterThanAny(v - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' '))))
            {
                var stop = i + Vector128<ushort>.Count;
                while (i < stop) i = FoldOne(original, i, ref n);
                continue;
            }
            var upper = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
            // (The buffers are read here, not before the loop: an expansion in FoldOne may replace them.)
            (v | (upper & Vector128.Create((ushort)0x20))).StoreUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(_chars)), (nuint)n);
            (Vector256.Create(i) + Vector256<int>.Indices).StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(_map), (nuint)n);
            n += Vector128<ushort>.Count;
            i += Vector128<ushort>.Count;
        }
        while (i < original.Length) i = FoldOne(original, i, ref n);
        _map[n] = original.Length;
        Length = n;
    }

    // Folds the character at i (a surrogate pair: both halves) into the buffer; returns the next index.
    private int FoldOne(string original, int i, ref int n)
    {
        var c = original[i];
        var f = CharFolding.Table[c];
        if (f == CharFolding.Drop) return i + 1;
        if (f == c && c < 128)
        {
            _chars[n] = c; _map[n++] = i;
            return i + 1;
        }
        if (char.IsSurrogate(c))
        {
            if (c == CharFolding.MathHighSurrogate && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1])
                && CharFolding.MathAlphanumerics[original[i + 1] - 0xDC00] is var letter and not CharFolding.Drop)
            {
                _chars[n] = letter; _map[n++] = i; // "𝐟" -> "f": one folded char for the pair
                return i + 2;
            }
            if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                EnsureRoom(n + 2);
                _chars[n] = c; _map[n++] = i;
                _chars[n] = original[i + 1]; _map[n++] = i;
                return i + 2;
            }
            _chars[n] = '\uFFFD'; _map[n++] = i; // a lone surrogate stays one (replacement) character
            return i + 1;
        }
        if (f == CharFolding.Expand)
        {
            var s = CharFolding.Expansions[c];
            // Every other path writes at most one character per original one without checking
            // room, so an expansion must leave room for all that follow, not just itself.
            EnsureRoom(n + s.Length + (original.Length - i - 1));
            foreach (var e in s) { _chars[n] = e; _map[n++] = i; }
            return i + 1;
        }
        EnsureRoom(n + 1);
        _chars[n] = f; _map[n++] = i;
        return i + 1;
    }

    /// <summary>
    /// Folds <paramref name="text"/> as <see cref="Normalize"/> folds a draft, without an offset map, into
    /// <paramref name="destination"/>; false when it does not fit. For looking a word of the original text up in a
    /// folded list without allocating.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var f = CharFolding.Table[c];
            if (f == CharFolding.Drop) continue;
            var fits = true;
            if (char.IsSurrogate(c))
            {
                // The same three cases as FoldOne: a mathematical letter, a pair kept whole, a lone half replaced.
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    fits = c == CharFolding.MathHighSurrogate && CharFolding.MathAlphanumerics[text[i + 1] - 0xDC00] is var letter and not CharFolding.Drop
                        ? Put(letter, destination, ref written)
                        : Put(c, destination, ref written) && Put(text[i + 1], destination, ref written);
                    i++;
                }
                else fits = Put('\uFFFD', destination, ref written);
            }
            else if (f == CharFolding.Expand)
            {
                foreach (var e in CharFolding.Expansions[c]) fits &= Put(e, destination, ref written);
            }
            else fits = Put(f, destination, ref written);
            if (!fits) return false;
        }
        return true;
    }

    private static bool Put(char c, Span<char> destination, ref int written)
    {
        if (written == destination.Length) return false;
        destination[written++] = c;
        return true;
    }

    private void EnsureRoom(int needed)
    {
        if (needed + 1 < _chars.Length) return;
        Array.Resize(ref _chars, _chars.Length * 2 + needed);
        Array.Resize(ref _map, _chars.Length + 1);
    }
}
