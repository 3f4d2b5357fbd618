using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyRules.Text;

/// <summary>The longest runs of whitespace and of anything else in a text, as <see cref="char.IsWhiteSpace(char)"/>
/// reads them: they bound how far a pattern's unbounded loops ("\w+", "\s*") can reach in that text.</summary>
internal static class WhitespaceRuns
{
    /// <summary>Reads sixteen characters at a time and steps only over the whitespace among them, so a 20 KB
    /// draft costs a few microseconds rather than a call per character.</summary>
    public static (int NonSpace, int Space) Longest(ReadOnlySpan<char> text)
    {
        int nonSpace = 0, space = 0, streak = 0, previous = -1;
        var i = 0;
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        while (i + Vector256<ushort>.Count <= text.Length)
        {
            var v = Vector256.LoadUnsafe(ref start, (nuint)i);
            // ASCII whitespace is ' ' and '\t'..'\r'; a block with anything beyond ASCII is asked character by character.
            var ws = Vector256.Equals(v, Vector256.Create((ushort)' '))
                | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t')));
            var mask = ws.ExtractMostSignificantBits();
            if (Vector256.GreaterThanAny(v, Vector256.Create((ushort)127)))
                for (var k = 0; k < Vector256<ushort>.Count; k++)
                    if (text[i + k] > 127 && char.IsWhiteSpace(text[i + k])) mask |= 1u << k;
            // Once a run of 14 others is known (no gap inside a block can be longer), a block whose whitespace stands
            // alone (no two together, none joining the last block's) changes the runs only at its first and last.
            if (nonSpace >= Vector256<ushort>.Count - 2 && mask != 0 && (mask & (mask >> 1)) == 0 && !((mask & 1) != 0 && previous == i - 1))
            {
                nonSpace = Math.Max(nonSpace, i + BitOperations.TrailingZeroCount(mask) - previous - 1);
                space = Math.Max(space, 1);
                streak = 1;
                previous = i + 31 - BitOperations.LeadingZeroCount(mask);
                i += Vector256<ushort>.Count;
                continue;
            }
            while (mask != 0)
            {
                var at = i + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                Step(at, ref previous, ref streak, ref nonSpace, ref space);
            }
            i += Vector256<ushort>.Count;
        }
        for (; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i])) Step(i, ref previous, ref streak, ref nonSpace, ref space);
        nonSpace = Math.Max(nonSpace, text.Length - previous - 1);
        return (nonSpace, space);
    }

    // One whitespace character at `at`: the run of anything else since the last one ends, a run of whitespace grows.
    private static void Step(int at, ref int previous, ref int streak, ref int nonSpace, ref int space)
    {
        nonSpace = Math.Max(nonSpace, at - previous - 1);
        streak = at == previous + 1 ? streak + 1 : 1;
        space = Math.Max(space, streak);
        previous = at;
    }
}
