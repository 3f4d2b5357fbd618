// The vocabulary lookup as it was before its own hash table (issue 7): a straightforward reference the
// randomized tests compare the real one with. Not used by the library.
using System.Runtime.CompilerServices;
using PolicyRules.Matching;
using PolicyRules.Text;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// Maps each surface form a phrase can take to a word class: the unit the automaton steps on.
/// Forms of one word (plural, possessive) share a class; phrases then check the exact form they
/// allow when they match. Lookups take a span, so tokens are never copied to strings.
/// </summary>
internal sealed class ReferenceVocabulary
{
    private readonly Dictionary<string, int> _forms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int> _evasionForms;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _evasionLookup;
    private readonly Dictionary<int, string[]> _evasionByLength;

    public ReferenceVocabulary(Dictionary<string, int> forms, Dictionary<string, int> evasionForms, int classCount)
    {
        _forms = forms;
        _lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _evasionForms = evasionForms;
        _evasionLookup = evasionForms.GetAlternateLookup<ReadOnlySpan<char>>();
        _evasionByLength = evasionForms.Keys.GroupBy(k => k.Length).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
        ClassCount = classCount;
    }

    public int ClassCount { get; }
    public int FormCount => _forms.Count;

    /// <summary>Sets the word class of every word, number, hashtag and emoji token; returns how many have one.</summary>
    public int Assign(TokenizedText tokens)
    {
        var all = tokens.Tokens;
        var found = 0;
        for (var i = 0; i < all.Length; i++)
        {
            ref var t = ref all[i];
            if (t.Kind == TokenKind.Emoji)
            {
                if (_lookup.TryGetValue(tokens.TextOf(t), out var emoji)) { t.WordId = emoji; t.Via = Lookup.Exact; found++; }
                continue;
            }
            if (t.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Hashtag)) continue;
            t.WordId = Find(tokens.TextOf(t), out t.Via);
            // Spaced-out letters ("c r a p") are an evasion: only rules with evasions on may match them.
            if (t.Joined && t.Via == Lookup.Exact) t.Via = Lookup.Evasion;
            if (t.WordId >= 0) found++;
        }
        return found;
    }

    /// <summary>Finds the word class of a token, trying evasions (repeated letters, leetspeak, masks) when the plain form is unknown.</summary>
    public int Find(ReadOnlySpan<char> token, out Lookup via)
    {
        via = Lookup.Exact;
        if (_lookup.TryGetValue(token, out var id)) return id;
        if (token.Length > 64) { via = Lookup.None; return -1; }

        Span<char> buffer = stackalloc char[token.Length];
        var hasLetter = false;
        var hasSymbol = false;
        var hasRun = false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsLetter(c)) hasLetter = true; else if (c != '\'') hasSymbol = true;
            if (i >= 2 && c != '*' && c == token[i - 1] && c == token[i - 2]) hasRun = true; // a run of stars is a mask
        }
        if (!hasLetter) { via = Lookup.None; return -1; }

        if (hasRun)
        {
            // "fuuuuck" -> "fuck"; "asssss" -> "ass": try runs of three or more squeezed to one, then to two.
            for (var keep = 1; keep <= 2; keep++)
            {
                var n = Squeeze(token, buffer, keep);
                if (_lookup.TryGetValue(buffer[..n], out id)) { via = Lookup.Evasion; return id; }
                if (_evasionForms.Count > 0 && hasSymbol && FindEvasion(buffer[..n], out id)) { via = Lookup.Evasion; return id; }
            }
        }
        if (hasSymbol && _evasionForms.Count > 0 && FindEvasion(token, out id))
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
        id = _evasionForms[found];
        return true;
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
