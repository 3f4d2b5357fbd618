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
    public abstract void Collect(CheckState state, List<Occurrence> into);
}

/// <summary>Occurrences of a lexicon's phrases, read from the one automaton's hits.</summary>
internal sealed class LexiconPart(int set) : Part
{
    public int Set { get; } = set;

    public override void Collect(CheckState state, List<Occurrence> into)
    {
        var tokens = state.Tokens;
        for (var node = state.FirstHit(Set); node >= 0; node = state.NextHit(node))
        {
            var hit = state.HitAt(node);
            into.Add(new Occurrence(hit.First, hit.Last, tokens.OriginalStart(tokens[hit.First]), tokens.OriginalEnd(tokens[hit.Last]),
                tokens[hit.First].Via == Text.Lookup.Evasion ? 0.9 : 1.0, hit.Phrase, null));
        }
    }
}

/// <summary>Matches of a linear-time regex over the normalised text, run only where its facts allow a match.</summary>
internal sealed class PatternPart(string pattern, PatternFacts? facts, int[]? required) : Part
{
    private readonly System.Buffers.SearchValues<string>? _leading =
        facts?.Leading is { } l ? System.Buffers.SearchValues.Create(l, StringComparison.OrdinalIgnoreCase) : null;
    private readonly bool _requiredLead = facts?.Required is { } r && ReferenceEquals(r, facts.Leading);
    // Constructed on first use: most patterns never run on most drafts, and construction costs milliseconds.
    private Regex? _regex;

    public override void Collect(CheckState state, List<Occurrence> into)
    {
        var text = state.Norm.Chars;
        var from = 0;
        if (!state.HasConfusables)
        {
            if (required is not null)
            {
                // No match without one of the required literals.
                var literals = state.Literals;
                var first = int.MaxValue;
                var anywhere = false;
                foreach (var id in required)
                {
                    if (literals.First(id) is >= 0 and var at) first = Math.Min(first, at);
                    anywhere |= literals.Anywhere(id);
                }
                if (first == int.MaxValue) return;
                // A match of bounded length lies within that length of an occurrence of one of them.
                if (!anywhere && !literals.Overflowed && facts!.Length is { } length)
                {
                    var (nonSpace, space) = state.LongestRuns;
                    var reach = length.In(nonSpace, space);
                    if (reach * 4 < text.Length)
                    {
                        RunInWindows(state, into, (int)reach);
                        return;
                    }
                }
                if (_requiredLead) from = first;
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

    // Windows of the reach either side of each required literal's occurrences, widened to whitespace (so \b at
    // an edge sees what it sees in the whole text) and merged where they meet: every match lies inside one, so
    // the matches are those of the whole text.
    private void RunInWindows(CheckState state, List<Occurrence> into, int reach)
    {
        var text = state.Norm.Chars;
        var literals = state.Literals;
        var positions = state.Positions;
        positions.Clear();
        foreach (var id in required!)
            for (var node = literals.Head(id); node >= 0; node = literals.Next(node)) positions.Add(literals.Position(node));
        positions.Sort();
        int start = -1, end = -1;
        foreach (var at in positions)
        {
            var from = Math.Max(0, at - reach);
            var to = Math.Min(text.Length, at + reach);
            if (to <= end) continue;
            // Widening stops at the window before (they merge) and runs only past its end, so a text with no
            // whitespace costs each character once, not once per occurrence.
            while (from > end + 1 && from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
            while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
            if (from <= end + 1 && end >= 0) { end = to; continue; }
            if (end >= 0) Run(state, into, start, end, start);
            (start, end) = (from, to);
        }
        if (end >= 0) Run(state, into, start, end, start);
    }

    /// <summary>The pattern's text (for profiles and debugging).</summary>
    public override string ToString() => pattern;

    private void Run(CheckState state, List<Occurrence> into, int start, int end, int from)
    {
        var norm = state.Norm;
        var regex = _regex ??= Patterns.Compile(pattern);
        foreach (var m in regex.EnumerateMatches(norm.Chars[start..end], from - start))
        {
            if (m.Length == 0) continue;
            var index = start + m.Index;
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
    public override void Collect(CheckState state, List<Occurrence> into)
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
