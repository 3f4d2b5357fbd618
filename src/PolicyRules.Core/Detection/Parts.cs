using System.Text.RegularExpressions;
using PolicyRules.Engine;
using PolicyRules.Loading;
using PolicyRules.Recognition;

namespace PolicyRules.Detection;

/// <summary>
/// Where a part of a rule occurred: tokens <see cref="First"/>..<see cref="Last"/> and the original
/// span <see cref="Start"/>..<see cref="End"/>. <see cref="Phrase"/> or <see cref="Entity"/> says what matched.
/// </summary>
internal readonly record struct Occurrence(int First, int Last, int Start, int End, double Confidence, int Phrase, Entity? Entity);

/// <summary>A compiled piece of a rule that finds occurrences in a checked draft.</summary>
internal abstract class Part
{
    /// <summary>Adds the part's occurrences; with a region, at least those whose tokens meet it.</summary>
    public abstract void Collect(CheckState state, List<Occurrence> into, TokenRegion? near);

    /// <summary>False only when <see cref="Collect"/> would find nothing in this draft, known without collecting: a
    /// combination asks its cheap parts first, so an expensive part (a recognizer) runs only where it could matter.</summary>
    public virtual bool MayOccur(CheckState state) => true;
}

/// <summary>Occurrences of a lexicon's phrases, read from the one automaton's hits.</summary>
internal sealed class LexiconPart(int set) : Part
{
    public int Set { get; } = set;

    public override bool MayOccur(CheckState state) => state.FirstHit(Set) >= 0;

    public override void Collect(CheckState state, List<Occurrence> into, TokenRegion? near)
    {
        var tokens = state.Tokens;
        for (var node = state.FirstHit(Set); node >= 0; node = state.NextHit(node))
        {
            var hit = state.HitAt(node);
            // A common word ("we", "my") has hits all through a long document; only those a combination can use count.
            if (near is not null && !near.Meets(hit.First, hit.Last)) continue;
            into.Add(new Occurrence(hit.First, hit.Last, tokens.OriginalStart(tokens[hit.First]), tokens.OriginalEnd(tokens[hit.Last]),
                tokens[hit.First].Via == Text.Lookup.Evasion ? 0.9 : 1.0, hit.Phrase, null));
        }
    }
}

/// <summary>Matches of a linear-time regex over the normalised text, run only where its facts allow a match.</summary>
/// <remarks><paramref name="slot"/> numbers the patterns with required literals (-1: none), for
/// <see cref="LiteralOccurrences.SlotFirst"/>.</remarks>
internal sealed class PatternPart(string pattern, PatternFacts? facts, int[]? required, int slot) : Part
{
    /// <summary>The pattern's slot among those with required literals; -1 when it has none (it may always occur).</summary>
    public int Slot => required is null ? -1 : slot;

    private readonly System.Buffers.SearchValues<string>? _leading =
        facts?.Leading is { } l ? System.Buffers.SearchValues.Create(l, StringComparison.OrdinalIgnoreCase) : null;
    private readonly bool _requiredLead = facts?.Required is { } r && ReferenceEquals(r, facts.Leading);
    private readonly int _longestLeading = facts?.Leading?.Max(l => l.Length) ?? 0;
    // Constructed on first use: most patterns never run on most drafts, and construction costs milliseconds.
    private Regex? _regex;

    private readonly System.Buffers.SearchValues<string>? _contained =
        facts?.Contained?.Where(l => l != PatternFacts.AnyDigit.ToString()).ToArray() is { Length: > 0 } words
            ? System.Buffers.SearchValues.Create(words, StringComparison.OrdinalIgnoreCase) : null;
    private readonly bool _containsDigit = facts?.Contained?.Contains(PatternFacts.AnyDigit.ToString()) == true;

    // The clause breaks no match holds ("[^.!?]{0,70}" keeps a match in one sentence): a window ends at them.
    private readonly System.Buffers.SearchValues<char>? _breaks = facts?.BreaksExcluded is > 0 and var excluded
        ? System.Buffers.SearchValues.Create(PatternFacts.Breaks.Where((_, i) => (excluded & (1 << i)) != 0).ToArray()) : null;

    // As Collect's first test: a pattern with required literals none of which occurs finds nothing.
    public override bool MayOccur(CheckState state) =>
        required is null || state.HasConfusables || state.Literals.SlotFirst(slot).First != int.MaxValue;

    public override void Collect(CheckState state, List<Occurrence> into, TokenRegion? near)
    {
        var text = state.Norm.Chars;
        var from = 0;
        if (!state.HasConfusables)
        {
            if (required is not null)
            {
                // No match without one of the required literals.
                var literals = state.Literals;
                var (first, anywhere) = literals.SlotFirst(slot);
                if (first == int.MaxValue) return;
                // A match of bounded length lies within its reach either side of an occurrence of one of them.
                if (!anywhere && !literals.Overflowed && facts!.RequiredBefore is { } before && facts.RequiredAfter is { } after)
                {
                    var (nonSpace, space) = state.LongestRuns;
                    var (back, ahead) = (before.In(nonSpace, space), after.In(nonSpace, space));
                    // Windows that end at clause breaks are short whatever the reach.
                    if ((back + ahead) * 2 < text.Length || _breaks is not null)
                    {
                        RunInWindows(state, into, (int)back, (int)ahead);
                        return;
                    }
                }
                if (_requiredLead) from = first;
            }
            // Without literals worth the search, the common ones every match holds may still be missing ("\d").
            else if (facts?.Contained is not null && IndexOfContained(text) < 0) return;
            // Else, where a combination needs only the tokens near its anchors, scan only there.
            if (near is not null && facts!.Length is { } bound && (!facts.Spacing.HasFlag(Spacing.Space) || facts.Contained is not null))
            {
                var (nonSpace, space) = state.LongestRuns;
                var reach = bound.In(nonSpace, space);
                if (reach * 4 < text.Length)
                {
                    RunInRegion(state, into, near, (int)reach);
                    return;
                }
            }
            if (_leading is not null && !_requiredLead)
            {
                // None starts before the first leading literal.
                from = text.IndexOfAny(_leading);
                if (from < 0) return;
            }
        }
        Run(state, into, 0, text.Length, from);
    }

    // Windows around each required literal's occurrences, as far back and ahead as a match reaches from it and not
    // past a clause break no match holds, widened to whitespace (so \b at an edge sees what it sees in the whole
    // text; a break is not a word character either) and merged where they meet: every match lies inside one, so the
    // matches are those of the whole text.
    private void RunInWindows(CheckState state, List<Occurrence> into, int back, int ahead)
    {
        var text = state.Norm.Chars;
        var literals = state.Literals;
        var positions = state.Positions;
        positions.Clear();
        // An occurrence with no leading literal where a match through it would start is in no match: no window.
        var checkLead = _leading is not null && !_requiredLead;
        foreach (var id in required!)
            for (var node = literals.Head(id); node >= 0; node = literals.Next(node))
            {
                var at = literals.Position(node);
                if (checkLead && text[Math.Max(0, at - back)..Math.Min(text.Length, at + _longestLeading)].IndexOfAny(_leading!) < 0) continue;
                positions.Add(at);
            }
        positions.Sort();
        int start = -1, end = -1;
        var breaks = _breaks;
        foreach (var at in positions)
        {
            var from = Math.Max(0, at - back);
            var to = Math.Min(text.Length, at + ahead);
            if (breaks is not null)
            {
                // The occurrence is part of any match through it, so holds no break: the match lies between the breaks
                // either side of it.
                var before = text[from..at].LastIndexOfAny(breaks);
                if (before >= 0) from += before + 1;
                var after = text[at..to].IndexOfAny(breaks);
                if (after >= 0) to = at + after;
            }
            if (to <= end) continue;
            // Widening stops at the window before (they merge) and runs only past its end, so a text with no
            // whitespace costs each character once, not once per occurrence.
            while (from > end + 1 && from > 0 && !IsEdge(text[from - 1], breaks)) from--;
            while (to < text.Length && !IsEdge(text[to], breaks)) to++;
            if (from <= end + 1 && end >= 0) { end = to; continue; }
            if (end >= 0) Run(state, into, start, end, start);
            (start, end) = (from, to);
        }
        if (end >= 0) Run(state, into, start, end, start);
    }

    private static bool IsEdge(char c, System.Buffers.SearchValues<char>? breaks) => char.IsWhiteSpace(c) || (breaks is not null && breaks.Contains(c));

    // Scans around each range of the region: from a point no match spans (so the scan agrees with the whole text's
    // from there on) at least the reach before it, to the reach after it, widened to whitespace (so "\b" at an edge
    // reads as in the whole text). Every match that meets the range starts in the scan and ends before its end, so
    // the matches starting before the range's end are exactly those of the whole text there.
    private void RunInRegion(CheckState state, List<Occurrence> into, TokenRegion near, int reach)
    {
        var text = state.Norm.Chars;
        var tokens = state.Tokens;
        if (tokens.Count == 0)
        {
            Run(state, into, 0, text.Length, 0); // occurrences then all stand at token 0
            return;
        }
        int start = -1, end = -1, until = -1;
        for (var r = 0; r < near.Count; r++)
        {
            var (first, last) = near[r];
            if (first >= tokens.Count) break;
            // The characters whose matches can have tokens in the range: from the end of the token before it (a match
            // in the gap before a token belongs to that token) to the start of the token after it.
            var a = first > 0 ? tokens[first - 1].End : 0;
            var b = last + 1 < tokens.Count ? tokens[last + 1].Start : text.Length;
            var s = SyncPointAtOrBefore(text, Math.Max(0, a - reach), end, reach);
            var e = Math.Min(text.Length, b + reach);
            while (e < text.Length && !char.IsWhiteSpace(text[e])) e++;
            if (s <= end) { (end, until) = (Math.Max(end, e), Math.Max(until, b)); continue; }
            if (end >= 0) Run(state, into, start, end, start, until);
            (start, end, until) = (s, e, b);
        }
        if (end >= 0) Run(state, into, start, end, start, until);
    }

    // Where the leftmost of the literals every match contains starts (-1: the text holds none).
    private int IndexOfContained(ReadOnlySpan<char> text)
    {
        var at = _containsDigit ? text.IndexOfAnyInRange('0', '9') : -1;
        if (_contained is not null && (at < 0 ? text : text[..at]).IndexOfAny(_contained) is >= 0 and var w) at = w;
        return at;
    }

    // The nearest point at or before `at` that no match spans: the start of the text, or just after whitespace where
    // either no match can hold whitespace or no literal every match contains lies within the reach. Gives up at
    // `floor` (where the previous scan ends, which then continues instead).
    private int SyncPointAtOrBefore(ReadOnlySpan<char> text, int at, int floor, int reach)
    {
        var q = at;
        while (true)
        {
            while (q > 0 && q > floor && !char.IsWhiteSpace(text[q - 1])) q--;
            if (q <= 0 || q <= floor) return Math.Max(0, q);
            if (!facts!.Spacing.HasFlag(Spacing.Space)) return q;
            var from = Math.Max(0, q - reach);
            var window = text[from..Math.Min(text.Length, q + reach)];
            var hit = IndexOfContained(window);
            if (hit < 0) return q;
            // Every point whose reach holds that literal may be spanned: try before them.
            q = from + hit - reach;
        }
    }

    /// <summary>The pattern's text (for profiles and debugging).</summary>
    public override string ToString() => pattern;

    private void Run(CheckState state, List<Occurrence> into, int start, int end, int from, int startsBefore = int.MaxValue)
    {
        var norm = state.Norm;
        var regex = _regex ??= Patterns.Compile(pattern);
        foreach (var m in regex.EnumerateMatches(norm.Chars[start..end], from - start))
        {
            if (m.Length == 0) continue;
            var index = start + m.Index;
            if (index >= startsBefore) break;
            var first = norm.OriginalStart(index);
            var last = norm.OriginalEnd(index + m.Length - 1);
            var (tokenFirst, tokenLast) = state.TokenRange(first, last);
            into.Add(new Occurrence(tokenFirst, tokenLast, first, last, 1.0, -1, null));
        }
    }
}

/// <summary>Entities of one recognizer, filtered by tags and confidence.</summary>
internal sealed class RecognizerPart(int recognizer, string[] tags, string[] excludeTags, double minConfidence) : Part
{
    public int Recognizer => recognizer;

    public override bool MayOccur(CheckState state) => state.MayHaveEntities(recognizer);

    public override void Collect(CheckState state, List<Occurrence> into, TokenRegion? near)
    {
        foreach (var e in state.Entities(recognizer))
        {
            if (e.Confidence < minConfidence) continue;
            var ok = true;
            foreach (var t in tags) ok &= e.HasTag(t);
            foreach (var t in excludeTags) ok &= !e.HasTag(t);
            if (!ok) continue;
            var (first, last) = state.TokenRange(e.Start, e.End);
            into.Add(new Occurrence(first, last, e.Start, e.End, e.Confidence, -1, e));
        }
    }
}
