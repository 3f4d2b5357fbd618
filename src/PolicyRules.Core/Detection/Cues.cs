using PolicyRules.Engine;

namespace PolicyRules.Detection;

/// <summary>
/// A combination's parts sorted by kind once, so that asking whether it may match (every 'all' part and at least one
/// 'any' part may occur, as <see cref="Part.MayOccur"/> answers) reads a few per-check facts instead of making a virtual
/// call per part: a rule whose 'any' list holds 20 patterns tests their required literals with one AND of bit masks.
/// Every check asks this of every combination rule, so it is part of what even an empty draft costs.
/// </summary>
internal sealed class Cues
{
    // Lexicons: phrase sets that must have a hit (read from CheckState.FirstHit).
    private readonly int[] _allSets;
    private readonly int[] _anySets;
    // Patterns with required literals: their slots as (word, bits) of LiteralOccurrences.SlotBits, only the non-zero words.
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

    private static (int[] Sets, (int, ulong)[] Slots, int[] Recognizers, Part[] Others, bool Always) Sort(Part[] parts)
    {
        List<int> sets = [], recognizers = [];
        List<Part> others = [];
        var slots = new SortedDictionary<int, ulong>();
        var always = false;
        foreach (var p in parts)
        {
            switch (p)
            {
                case LexiconPart l: sets.Add(l.Set); break;
                case PatternPart { Slot: < 0 }: always = true; break; // no required literal: may always occur
                case PatternPart pattern:
                    slots[pattern.Slot >> 6] = slots.GetValueOrDefault(pattern.Slot >> 6) | 1UL << (pattern.Slot & 63);
                    break;
                case RecognizerPart r: recognizers.Add(r.Recognizer); break;
                default: others.Add(p); break;
            }
        }
        return ([.. sets.Distinct()], [.. slots.Select(kv => (kv.Key, kv.Value))], [.. recognizers.Distinct()], [.. others], always);
    }

    /// <summary>False when some 'all' part, or every 'any' part, is known absent without collecting it. The cheapest
    /// facts are asked first (phrase sets, then the patterns' literals, then recognizers' triggers), so a rule whose
    /// lexicon has no hit never starts the literal pass or a trigger search.</summary>
    public bool MayMatch(CheckState state)
    {
        foreach (var set in _allSets) if (state.FirstHit(set) < 0) return false;
        if (_allSlots.Length > 0 && !state.HasConfusables)
        {
            var found = state.Literals.SlotBits;
            foreach (var (word, bits) in _allSlots) if ((found[word] & bits) != bits) return false;
        }
        foreach (var r in _allRecognizers) if (!state.MayHaveEntities(r)) return false;
        foreach (var p in _allOthers) if (!p.MayOccur(state)) return false;

        if (!_hasAny || _anyAlways) return true;
        foreach (var set in _anySets) if (state.FirstHit(set) >= 0) return true;
        if (_anySlots.Length > 0)
        {
            // Text the literal prefilter cannot judge (HasConfusables) may hold any pattern.
            if (state.HasConfusables) return true;
            var found = state.Literals.SlotBits;
            foreach (var (word, bits) in _anySlots) if ((found[word] & bits) != 0) return true;
        }
        foreach (var r in _anyRecognizers) if (state.MayHaveEntities(r)) return true;
        foreach (var p in _anyOthers) if (p.MayOccur(state)) return true;
        return false;
    }
}
