using PolicyRules.Text;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// The normaliser's loop as it was before its vector step (issue 7), one character at a time into lists: a
/// straightforward reference the randomized tests compare <see cref="NormalizedText"/> with. Not used by the library.
/// </summary>
internal static class ReferenceNormalizer
{
    public static (string Chars, List<int> Map) Normalize(string original)
    {
        var chars = new System.Text.StringBuilder();
        var map = new List<int>();
        void Put(char ch, int at) { chars.Append(ch); map.Add(at); }
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            var f = CharFolding.Table[c];
            if (f == CharFolding.Drop) continue;
            if (char.IsSurrogate(c))
            {
                if (c == CharFolding.MathHighSurrogate && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1])
                    && CharFolding.MathAlphanumerics[original[i + 1] - 0xDC00] is var letter and not CharFolding.Drop)
                {
                    Put(letter, i);
                    i++;
                }
                else if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
                {
                    Put(c, i);
                    Put(original[i + 1], i);
                    i++;
                }
                else
                {
                    Put('\uFFFD', i);
                }
                continue;
            }
            if (f == CharFolding.Expand)
            {
                foreach (var e in CharFolding.Expansions[c]) Put(e, i);
                continue;
            }
            Put(f, i);
        }
        map.Add(original.Length);
        return (chars.ToString(), map);
    }
}
