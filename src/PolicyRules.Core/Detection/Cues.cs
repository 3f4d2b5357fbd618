using PolicyRules.Engine;

namespace PolicyRules.Detection;

/// <summary>
/// A combination's parts sorted by kind once, so that asking whether it may match (every 'all' part and at least one
/// 'any' part may occur, as <see cref="Part.MayOccur"/> answers) reads a few per-check bits instead of making a virtual
/// call per part: a rule whose 'any' list holds a lexicon and 20 patterns tests them with two ANDs of bit masks.
/// Every check asks this of every rule, so it is part of what even an empty draft costs.
/// </summary>
internal sealed class Cues
{
    // Lexicons as bits of CheckState.SetHits, patterns with required literals as bits of LiteralOccurrences.SlotBits:
    // (word, bits) for the words that have any.
    private readonly (int Word, ulong Bits)[] _allSets;
    private readonly (int Word, ulong Bits)[] _anySets;
    private readonly (int Word, ulong Bits)[] _allSlots;
    private readonly (int Word, ulong Bits)[] _anySlots;
    private readonly int[] _allRecognizers;
    private readonly int[] _anyRecognizers;
    // Anything else (a nested combination) is asked in turn, as before.
    private readonly Part[] _allOthers;
    private readonly Part[] _anyOthers;
    private readonly bool _hasAny;
    // An 'any' part that is never known absent (a pattern with no required literal): the 'any' side always holds.
    private readonly bool _anyAlways;

    public Cues(Part[] all, Part[] any)
    {
        _hasAny = any.Length > 0;
        (_allSets, _allSlots, _allRecognizers, _allOthers, _) = Sort(all);
        (_anySets, _anySlots, _anyRecognizers, _anyOthers, _anyAlways) = Sort(any);
    }

    private static ((int, ulong)[] Sets, (int, ulong)[] Slots, int[] Recognizers, Part[] Others, bool Always) Sort(Part[] parts)
    {
        List<int> sets = [], slots = [], recognizers = [];
        List<Part> others = [];
        var always = false;
        foreach (var p in parts)
        {
            switch (p)
            {
                case LexiconPart l: sets.Add(l.Set); break;
                case PatternPart { Slot: < 0 }: always = true; break; // no required literal: may always occur
                case PatternPart pattern: slots.Add(pattern.Slot); break;
                case RecognizerPart r: recognizers.Add(r.Recognizer); break;
                default: others.Add(p); break;
            }
        }
        return (Mask(sets), Mask(slots), [.. recognizers.Distinct()], [.. others], always);
    }

    private static (int Word, ulong Bits)[] Mask(List<int> indices) =>
        [.. indices.GroupBy(i => i >> 6).OrderBy(g => g.Key).Select(g => (g.Key, g.Aggregate(0UL, (bits, i) => bits | 1UL << (i & 63))))];

    private static bool All(ReadOnlySpan<ulong> found, (int Word, ulong Bits)[] mask)
    {
        foreach (var (word, bits) in mask) if ((found[word] & bits) != bits) return false;
        return true;
    }

    private static bool Any(ReadOnlySpan<ulong> found, (int Word, ulong Bits)[] mask)
    {
        foreach (var (word, bits) in mask) if ((found[word] & bits) != 0) return true;
        return false;
    }

    /// <summary>False when some 'all' part, or every 'any' part, is known absent without collecting it. The cheapest
    /// facts are asked first (phrase sets, then the patterns' literals, then recognizers' triggers), so a rule whose
    /// lexicon has no hit never starts the literal pass or a trigger search.</summary>
    public bool MayMatch(CheckState state)
    {
        if (!All(state.SetHits, _allSets)) return false;
        // Text the literal prefilter cannot judge (HasConfusables) may hold any pattern.
        if (_allSlots.Length > 0 && !state.HasConfusables && !All(state.Literals.SlotBits, _allSlots)) return false;
        foreach (var r in _allRecognizers) if (!state.MayHaveEntities(r)) return false;
        foreach (var p in _allOthers) if (!p.MayOccur(state)) return false;

        if (!_hasAny || _anyAlways) return true;
        if (Any(state.SetHits, _anySets)) return true;
        if (_anySlots.Length > 0 && (state.HasConfusables || Any(state.Literals.SlotBits, _anySlots))) return true;
        foreach (var r in _anyRecognizers) if (state.MayHaveEntities(r)) return true;
        foreach (var p in _anyOthers) if (p.MayOccur(state)) return true;
        return false;
    }
}
