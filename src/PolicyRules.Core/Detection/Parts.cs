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

/// <summary>Matches of a linear-time regex over the normalised text, run only when its facts allow a match.</summary>
internal sealed class PatternPart(string pattern, PatternFacts? facts, int[]? required) : Part
{
    private readonly System.Buffers.SearchValues<string>? _leading =
        facts?.Leading is { } l ? System.Buffers.SearchValues.Create(l, StringComparison.OrdinalIgnoreCase) : null;
    private readonly bool _requiredLead = facts?.Required is { } r && ReferenceEquals(r, facts.Leading);
    // Constructed on first use: most patterns never run on most drafts, and construction costs milliseconds.
    private Regex? _regex;

    public override void Collect(CheckState state, List<Occurrence> into)
    {
        var norm = state.Norm;
        var from = 0;
        if (!state.HasConfusables)
        {
            // No match without one of the required literals; none starts before the first leading literal.
            if (required is not null)
            {
                var first = int.MaxValue;
                foreach (var id in required)
                    if (state.LiteralAt(id) is >= 0 and var at) first = Math.Min(first, at);
                if (first == int.MaxValue) return;
                if (_requiredLead) from = first;
            }
            if (_leading is not null && !_requiredLead)
            {
                from = norm.Chars.IndexOfAny(_leading);
                if (from < 0) return;
            }
        }
        var regex = _regex ??= Patterns.Compile(pattern);
        foreach (var m in regex.EnumerateMatches(norm.Chars, from))
        {
            if (m.Length == 0) continue;
            var start = norm.OriginalStart(m.Index);
            var end = norm.OriginalEnd(m.Index + m.Length - 1);
            var (tokenFirst, tokenLast) = state.TokenRange(start, end);
            into.Add(new Occurrence(tokenFirst, tokenLast, start, end, 1.0, -1, null));
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
