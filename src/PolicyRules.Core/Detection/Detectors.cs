using PolicyRules.Engine;

namespace PolicyRules.Detection;

/// <summary>A finding before it becomes a <see cref="Violation"/>: offsets into the original text.</summary>
internal struct Finding
{
    public CompiledRule Rule;
    public int Start;
    public int End;
    public int First;
    public int Last;
    public double Confidence;
    public Occurrence Source;
    public string? Evidence;
}

/// <summary>A compiled detector of one rule.</summary>
internal abstract class Detector(string kind, Cues? cues = null)
{
    /// <summary>The YAML name of the kind, reported as the violation's detector.</summary>
    public string Kind { get; } = kind;

    /// <summary>What must be present for the detector to find anything (null: nothing is known). The engine asks it
    /// before <see cref="Detect"/>, so a rule whose cues are absent costs a few reads and no call.</summary>
    public Cues? Cues { get; } = cues;

    public abstract void Detect(CheckState state, CompiledRule rule, List<Finding> findings);

    protected static Finding From(CompiledRule rule, in Occurrence o, string? evidence = null) => new()
    {
        Rule = rule, Start = o.Start, End = o.End, First = o.First, Last = o.Last,
        Confidence = rule.Definition.Confidence * o.Confidence, Source = o, Evidence = evidence,
    };
}

/// <summary>lexicon, pattern and recognizer rules: every occurrence of the part is a finding.</summary>
internal sealed class PartDetector(string kind, Part part) : Detector(kind, new Cues([part], []))
{
    public Part Part { get; } = part;

    public override void Detect(CheckState state, CompiledRule rule, List<Finding> findings)
    {
        var list = state.RentList();
        Part.Collect(state, list, null);
        foreach (var o in list) findings.Add(From(rule, o));
        state.ReturnList(list);
    }
}

/// <summary>All of some parts (and any of others) near each other.</summary>
internal sealed class CombinationDetector(Part[] all, Part[] any, int? within) : Detector("combination", new Cues(all, any))
{
    // The engine has asked Cues already (Detect is not called when they are absent).
    public override void Detect(CheckState state, CompiledRule rule, List<Finding> findings) =>
        Combinations.Match(state, all, any, null, within, new FindingSink(rule, findings), null);

    // A struct sink rather than a capturing lambda, so a check allocates no closure here.
    private readonly struct FindingSink(CompiledRule rule, List<Finding> findings) : Combinations.ISink
    {
        public void OnMatch(in Occurrence anchor, int start, int end, int first, int last, double confidence) =>
            findings.Add(new Finding
            {
                Rule = rule, Start = start, End = end, First = first, Last = last,
                Confidence = rule.Definition.Confidence * confidence, Source = anchor,
            });
    }
}

/// <summary>A combination used as a part of another detector: it stands for its anchor (the first
/// 'all' part, or each 'any' occurrence when there is no 'all'), kept only when the rest is near, so
/// "a roster name, or a name near a pupil cue" can be one rule.</summary>
internal sealed class CombinationPart(Part[] all, Part[] any, int? within) : Part
{
    private readonly Cues _cues = new(all, any);

    public override void Collect(CheckState state, List<Occurrence> into, TokenRegion? near) =>
        Combinations.Match(state, all, any, _cues, within, new OccurrenceSink(into), near);

    public override bool MayOccur(CheckState state) => _cues.MayMatch(state);

    private readonly struct OccurrenceSink(List<Occurrence> into) : Combinations.ISink
    {
        public void OnMatch(in Occurrence anchor, int start, int end, int first, int last, double confidence) =>
            into.Add(anchor with { Confidence = confidence });
    }
}

internal static class Combinations
{
    public interface ISink
    {
        void OnMatch(in Occurrence anchor, int start, int end, int first, int last, double confidence);
    }

    /// <summary>Reports each anchor (an occurrence of the first 'all' part, else of an 'any' part) that has the other
    /// parts near it. Given a region, only anchors meeting it matter; the other parts are collected near the anchors.</summary>
    /// <remarks>Given <paramref name="cues"/>, they are asked first: parts known absent end the match before any part is
    /// collected, so a recognizer anchor is not run for a rule whose cue words are nowhere in the draft (null: the
    /// caller asked them).</remarks>
    public static void Match<TSink>(CheckState state, Part[] all, Part[] any, Cues? cues, int? within, TSink sink, TokenRegion? near) where TSink : struct, ISink
    {
        if (cues is not null && !cues.MayMatch(state)) return;
        // Lists for the parts live in an inline buffer, so a check allocates nothing here.
        var buffer = new PartLists();
        Span<List<Occurrence>> allLists = all.Length <= PartLists.Size ? ((Span<List<Occurrence>>)buffer)[..all.Length] : new List<Occurrence>[all.Length];
        // Rented only when there are 'any' parts: most combinations' first 'all' part finds nothing in a clean draft.
        var anyList = any.Length > 0 ? state.RentList() : null;
        TokenRegion? region = null;
        try
        {
            for (var i = 0; i < all.Length; i++)
            {
                allLists[i] = state.RentList();
                all[i].Collect(state, allLists[i], i == 0 ? near : region);
                if (allLists[i].Count == 0) return;
                if (i == 0 && (all.Length > 1 || any.Length > 0)) region = RegionAround(state, allLists[0], within);
            }
            if (anyList is not null)
            {
                foreach (var p in any) p.Collect(state, anyList, all.Length > 0 ? region : near);
                if (anyList.Count == 0) return;
            }

            if ((all.Length > 0 ? allLists[0] : anyList) is not { } anchors) return; // no parts at all
            // Long candidate lists are sorted for a search near each anchor (else a draft with thousands
            // of occurrences is quadratic); short ones are scanned, allocating nothing.
            (int[]? Order, int MaxWidth)[]? orders = null;
            for (var i = 1; i < all.Length; i++)
                if (allLists[i].Count > SortAbove) (orders ??= new (int[]?, int)[all.Length])[i] = Sort(allLists[i]);
            var anyOrder = all.Length > 0 && anyList is { Count: > SortAbove } ? Sort(anyList) : default;
            foreach (var anchor in anchors)
            {
                int start = anchor.Start, end = anchor.End, first = anchor.First, last = anchor.Last;
                var confidence = anchor.Confidence;
                var ok = true;
                for (var i = 1; i < all.Length && ok; i++) ok = Join(state, within, anchor, allLists[i], orders is null ? default : orders[i], ref start, ref end, ref first, ref last, ref confidence);
                if (ok && all.Length > 0 && anyList is not null) ok = Join(state, within, anchor, anyList, anyOrder, ref start, ref end, ref first, ref last, ref confidence);
                if (!ok) continue;
                sink.OnMatch(anchor, start, end, first, last, confidence);
            }
        }
        finally
        {
            foreach (var l in allLists) if (l is not null) state.ReturnList(l);
            if (anyList is not null) state.ReturnList(anyList);
            if (region is not null) state.ReturnRegion(region);
        }
    }

    // The tokens a part's occurrence must meet to join an anchor: 'within' tokens either side (in its paragraph, as
    // Consider checks), else the anchor's sentence.
    private static TokenRegion RegionAround(CheckState state, List<Occurrence> anchors, int? within)
    {
        var region = state.RentRegion();
        int sentence = -1, sentenceFirst = 0, sentenceLast = 0;
        foreach (var a in anchors)
        {
            if (within is { } w) { region.Add(a.First - w, a.Last + w); continue; }
            if (state.SentenceOf(a.First) != sentence) (sentence, sentenceFirst, sentenceLast) = state.SentenceTokens(a.First);
            region.Add(sentenceFirst, sentenceLast);
        }
        region.Seal();
        return region;
    }

    [System.Runtime.CompilerServices.InlineArray(Size)]
    private struct PartLists
    {
        public const int Size = 8;
        private List<Occurrence> _first;
    }

    // Candidates ordered by first token (then list index), with the widest one's width in tokens, so
    // Join searches outwards from the anchor instead of scanning every candidate for every anchor
    // (which was quadratic on a draft with thousands of occurrences).
    private const int SortAbove = 32;

    private static (int[]? Order, int MaxWidth) Sort(List<Occurrence> list)
    {
        var order = new int[list.Count];
        var maxWidth = 0;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            maxWidth = Math.Max(maxWidth, list[i].Last - list[i].First);
        }
        Array.Sort(order, (a, b) => list[a].First != list[b].First ? list[a].First.CompareTo(list[b].First) : a.CompareTo(b));
        return (order, maxWidth);
    }

    // Finds the occurrence nearest the anchor that is close enough (the first in list order on a tie),
    // and widens the span to it.
    private static bool Join(CheckState state, int? within, in Occurrence anchor, List<Occurrence> candidates, (int[]? Order, int MaxWidth) sorted,
        ref int start, ref int end, ref int first, ref int last, ref double confidence)
    {
        var best = -1;
        var bestGap = int.MaxValue;
        var sentence = state.SentenceOf(anchor.First);
        if (sorted.Order is not { } order)
        {
            for (var i = 0; i < candidates.Count; i++) Consider(state, within, anchor, candidates[i], i, sentence, ref best, ref bestGap);
            return Widen(candidates, best, ref start, ref end, ref first, ref last, ref confidence);
        }
        var maxWidth = sorted.MaxWidth;
        int lo = 0, hi = order.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (candidates[order[mid]].First <= anchor.Last) lo = mid + 1; else hi = mid;
        }
        // To the right the gap only grows; to the left it is at least anchor.First - c.First - maxWidth.
        for (var k = lo; k < order.Length; k++)
        {
            var c = candidates[order[k]];
            var bound = c.First - anchor.Last;
            if (bound > bestGap || (within is { } w ? bound > w : state.SentenceOf(c.First) > sentence)) break;
            Consider(state, within, anchor, c, order[k], sentence, ref best, ref bestGap);
        }
        for (var k = lo - 1; k >= 0; k--)
        {
            var c = candidates[order[k]];
            var bound = anchor.First - c.First - maxWidth;
            if (bound > bestGap || (within is { } w ? bound > w : state.SentenceOf(c.First) < sentence)) break;
            Consider(state, within, anchor, c, order[k], sentence, ref best, ref bestGap);
        }
        return Widen(candidates, best, ref start, ref end, ref first, ref last, ref confidence);
    }

    private static bool Widen(List<Occurrence> candidates, int best, ref int start, ref int end, ref int first, ref int last, ref double confidence)
    {
        if (best < 0) return false;
        var o = candidates[best];
        start = Math.Min(start, o.Start); end = Math.Max(end, o.End);
        first = Math.Min(first, o.First); last = Math.Max(last, o.Last);
        confidence = Math.Min(confidence, o.Confidence);
        return true;
    }

    private static void Consider(CheckState state, int? within, in Occurrence anchor, in Occurrence c, int index, int sentence, ref int best, ref int bestGap)
    {
        if (c.Start == anchor.Start && c.End == anchor.End) return; // the same words cannot be two parts
        var gap = Math.Max(0, Math.Max(c.First - anchor.Last, anchor.First - c.Last));
        // "Within N words" stays inside a paragraph: a heading or the block before it is about something else.
        var near = within is { } w ? gap <= w && state.SameParagraph(anchor.First, c.First) : state.SentenceOf(c.First) == sentence;
        if (near && (gap < bestGap || (gap == bestGap && index < best))) { best = index; bestGap = gap; }
    }
}

/// <summary>Something that must be present (in the draft or the author's profile) and is not.</summary>
// With triggers, nothing is found unless one may occur; without, the rule fires on a draft with none of its parts.
internal sealed class RequiredDetector(Part[] any, bool inProfile, Part[] trigger, IReadOnlyList<string> describe)
    : Detector("required", trigger.Length > 0 ? new Cues([], trigger) : null)
{
    public override void Detect(CheckState state, CompiledRule rule, List<Finding> findings)
    {
        Occurrence? at = null;
        if (trigger.Length > 0)
        {
            // The finding stands at the first occurrence of the first trigger part that has one: later parts are
            // not collected (the largest patterns of the packs are triggers).
            var list = state.RentList();
            foreach (var p in trigger)
            {
                p.Collect(state, list, null);
                if (list.Count > 0) break;
            }
            if (list.Count > 0) at = list[0];
            state.ReturnList(list);
            if (at is null) return;
        }
        if (AnyPresent(state)) return;
        if (inProfile && !string.IsNullOrWhiteSpace(state.Context.Profile) && AnyPresent(state.ProfileState())) return;

        var o = at ?? state.WorkMention ?? new Occurrence(0, Math.Max(0, state.Tokens.Count - 1), 0, state.Text.Length, 1.0, -1, null);
        var where = inProfile ? "the draft or the author's profile" : "the draft";
        findings.Add(From(rule, o, $"none of {string.Join(", ", describe.Take(4).Select(d => $"'{d}'"))} found in {where}"));
    }

    private bool AnyPresent(CheckState state)
    {
        var list = state.RentList();
        foreach (var p in any)
        {
            p.Collect(state, list, null);
            if (list.Count > 0) break;
        }
        var found = list.Count > 0;
        state.ReturnList(list);
        return found;
    }
}

/// <summary>An attachment in the context with the given properties (e.g. shows pupils, no consent).</summary>
internal sealed class AttachmentDetector(AttachmentSpec spec) : Detector("attachment")
{
    public override void Detect(CheckState state, CompiledRule rule, List<Finding> findings)
    {
        var attachments = state.Context.Attachments;
        for (var i = 0; i < attachments.Count; i++)
        {
            var a = attachments[i];
            if (spec.AttachmentKind is { } k && !string.Equals(k, a.Kind, StringComparison.OrdinalIgnoreCase)) continue;
            if (spec.ShowsPupils is { } sp && sp != a.ShowsPupils) continue;
            if (spec.Consent is { } c && c != a.Consent) continue;
            findings.Add(new Finding
            {
                Rule = rule, Start = 0, End = 0, First = 0, Last = 0, Confidence = rule.Definition.Confidence,
                Source = new Occurrence(0, 0, 0, 0, 1, -1, null),
                Evidence = $"attachment {i + 1} ({a.Kind}){(a.ShowsPupils ? " shows pupils" : "")}{(a.Consent ? "" : "; no consent on file")}",
            });
        }
    }
}
