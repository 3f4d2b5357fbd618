using System.Text.RegularExpressions;
using PolicyRules.Engine;
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

/// <summary>Matches of a linear-time regex over the normalised text.</summary>
internal sealed class PatternPart(Regex regex, string[]? leadingLiterals) : Part
{
    private readonly System.Buffers.SearchValues<string>? _literals =
        leadingLiterals is null ? null : System.Buffers.SearchValues.Create(leadingLiterals, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the pattern has leading literals (<see cref="LeadingLiterals"/>): it runs only from
    /// the first of them, found with a vectorised search, and needs no gate.</summary>
    public bool HasLiterals => _literals is not null;

    /// <summary>The engine's pattern gate of this pattern's group (-1: none). The gate, the union of the
    /// group, says where the first match of any of them starts (or that there is none), so a draft none of
    /// them matches costs one scan instead of one per pattern.</summary>
    public int Gate { get; set; } = -1;

    public override void Collect(CheckState state, List<Occurrence> into)
    {
        var norm = state.Norm;
        int from;
        if (_literals is not null && !state.HasConfusables)
        {
            // Every match starts with one of the literals, so none can start before the first of them.
            from = norm.Chars.IndexOfAny(_literals);
        }
        else from = state.FirstPatternMatch(Gate);
        if (from < 0) return;
        foreach (var m in regex.EnumerateMatches(norm.Chars, from))
        {
            if (m.Length == 0) continue;
            var start = norm.OriginalStart(m.Index);
            var end = norm.OriginalEnd(m.Index + m.Length - 1);
            var (first, last) = state.TokenRange(start, end);
            into.Add(new Occurrence(first, last, start, end, 1.0, -1, null));
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
