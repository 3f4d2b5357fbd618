using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PolicyRules.Text;

namespace PolicyRules.Matching;

/// <summary>
/// Maps each surface form a phrase can take to a word class: the unit the automaton steps on.
/// Forms of one word (plural, possessive) share a class; phrases then check the exact form they
/// allow when they match. Lookups take a span, so tokens are never copied to strings.
/// </summary>
internal sealed class Vocabulary
{
    private readonly FormTable _lookup;
    private readonly FormTable _evasionLookup;
    private readonly Dictionary<int, string[]> _evasionByLength;

    public Vocabulary(Dictionary<string, int> forms, Dictionary<string, int> evasionForms, int classCount)
    {
        _lookup = new FormTable(forms);
        _evasionLookup = new FormTable(evasionForms);
        _evasionByLength = evasionForms.Keys.GroupBy(k => k.Length).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
        ClassCount = classCount;
    }

    public int ClassCount { get; }
    public int FormCount => _lookup.Count;

    /// <summary>Sets the word class of every word, number, hashtag and emoji token; returns how many have one.</summary>
    public int Assign(TokenizedText tokens)
    {
        var all = tokens.Tokens;
        var found = 0;
        for (var i = 0; i < all.Length; i++)
        {
            ref var t = ref all[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Hashtag))
            {
                // An emoji is looked up as it is ("leadership 🙄"): there is no disguise to undo.
                if (t.Kind == TokenKind.Emoji && _lookup.TryGetValue(tokens.TextOf(t), out var emoji)) { t.WordId = emoji; t.Via = Lookup.Exact; found++; }
                continue;
            }
            // Most tokens are known words: the table alone, without the evasion machinery's call.
            var buffer = tokens.BufferOf(t);
            if (_lookup.TryGetValue(buffer, t.TextStart, t.TextLength, out var id))
            {
                t.WordId = id;
                // Spaced-out letters ("c r a p") are an evasion: only rules with evasions on may match them.
                t.Via = t.Joined ? Lookup.Evasion : Lookup.Exact;
                found++;
                continue;
            }
            if (IsPlainWord(buffer, t.TextStart, t.TextLength))
            {
                t.WordId = -1;
                t.Via = Lookup.None;
                continue;
            }
            t.WordId = FindUnknown(tokens.TextOf(t), out t.Via);
            if (t.WordId >= 0) found++;
        }
        return found;
    }

    // A word of a-z alone with no letter three times running has no evasion to undo (FindUnknown would find none):
    // most unknown words. Up to eight letters are checked as one vector, read past the word's end when the buffer
    // has room; other words are left to FindUnknown.
    private static bool IsPlainWord(char[] buffer, int start, int length)
    {
        if (length > Vector128<ushort>.Count || start + Vector128<ushort>.Count > buffer.Length) return false;
        var chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(buffer)), (nuint)start);
        var notLetters = Vector128.GreaterThan(chars - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var sameAsPrevious = Vector128.Equals(chars, Vector128.Shuffle(chars, Vector128.Create((ushort)0, 0, 1, 2, 3, 4, 5, 6)));
        var sameAsTwoBefore = Vector128.Equals(chars, Vector128.Shuffle(chars, Vector128.Create((ushort)0, 0, 0, 1, 2, 3, 4, 5)));
        var runEnds = (sameAsPrevious & sameAsTwoBefore).ExtractMostSignificantBits() & ~3u; // lanes 0 and 1 end no run
        return ((notLetters.ExtractMostSignificantBits() | runEnds) & ((1u << length) - 1)) == 0;
    }

    /// <summary>Finds the word class of a token, trying evasions (repeated letters, leetspeak, masks) when the plain form is unknown.</summary>
    public int Find(ReadOnlySpan<char> token, out Lookup via)
    {
        via = Lookup.Exact;
        return _lookup.TryGetValue(token, out var id) ? id : FindUnknown(token, out via);
    }

    // Evasions of a token that is not a form itself.
    private int FindUnknown(ReadOnlySpan<char> token, out Lookup via)
    {
        int id;
        if (token.Length > 64) { via = Lookup.None; return -1; }

        var hasLetter = false;
        var hasSymbol = false;
        var hasRun = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsLetter(c)) hasLetter = true; else if (c != '\'') hasSymbol = true;
            // A run of stars is a mask, one star a letter ("p***k"), not a repeated letter to squeeze.
            if (i >= 2 && c != '*' && c == token[i - 1] && c == token[i - 2]) hasRun = true;
        }
        // Most unknown tokens are plain words or numbers: no evasion to undo.
        if (!hasLetter || !(hasRun || (hasSymbol && _evasionLookup.Count > 0))) { via = Lookup.None; return -1; }

        Span<char> buffer = stackalloc char[token.Length];
        if (hasRun)
        {
            // "fuuuuck" -> "fuck"; "asssss" -> "ass": try runs of three or more squeezed to one, then to two.
            for (var keep = 1; keep <= 2; keep++)
            {
                var n = Squeeze(token, buffer, keep);
                if (_lookup.TryGetValue(buffer[..n], out id)) { via = Lookup.Evasion; return id; }
                if (_evasionLookup.Count > 0 && hasSymbol && FindEvasion(buffer[..n], out id)) { via = Lookup.Evasion; return id; }
            }
        }
        if (hasSymbol && _evasionLookup.Count > 0 && FindEvasion(token, out id))
        {
            via = Lookup.Evasion;
            return id;
        }
        via = Lookup.None;
        return -1;
    }

    private bool FindEvasion(ReadOnlySpan<char> token, out int id)
    {
        Span<char> decoded = stackalloc char[token.Length];
        var masked = false;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < token.Length; i++)
            {
                var c = token[i];
                decoded[i] = c switch
                {
                    '0' => 'o',
                    '1' or '|' => pass == 0 ? 'i' : 'l',
                    '!' => 'i',
                    '3' => 'e',
                    '4' or '@' => 'a',
                    '5' or '$' => 's',
                    '7' => 't',
                    '8' => 'b',
                    '9' => 'g',
                    _ => c,
                };
                if (c == '*') masked = true;
            }
            if (!masked)
            {
                if (_evasionLookup.TryGetValue(decoded, out id)) return true;
            }
            else if (MatchMask(decoded, out id))
            {
                return true;
            }
        }
        id = -1;
        return false;
    }

    // "f*ck", "f**k", "sh*t": the visible letters must agree with a candidate's, and the first letter must show.
    private bool MatchMask(ReadOnlySpan<char> masked, out int id)
    {
        id = -1;
        if (masked[0] == '*' || !_evasionByLength.TryGetValue(masked.Length, out var candidates)) return false;
        var visible = 0;
        foreach (var c in masked) if (c != '*') visible++;
        if (visible * 2 < masked.Length - 1) return false;
        // Candidates are in ordinal order, so the first that fits is a deterministic choice. Only words of rules
        // that opt into evasions are candidates, and those rules list words of one kind ("f*ck": feck or fuck).
        string? found = null;
        foreach (var candidate in candidates)
        {
            var ok = true;
            for (var i = 0; i < masked.Length && ok; i++)
                ok = masked[i] == '*' ? char.IsLetter(candidate[i]) : masked[i] == candidate[i];
            if (ok) { found = candidate; break; }
        }
        if (found is null) return false;
        return _evasionLookup.TryGetValue(found, out id);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Squeeze(ReadOnlySpan<char> token, Span<char> into, int keep)
    {
        var n = 0;
        var run = 0;
        for (var i = 0; i < token.Length; i++)
        {
            run = i > 0 && token[i] == token[i - 1] ? run + 1 : 1;
            if (run <= keep || token[i] == '*') into[n++] = token[i];
        }
        return n;
    }
}
