using PolicyRules.Detection;

namespace PolicyRules.Engine;

/// <summary>A rule ready to run: its detector, exceptions, templates and the clauses that cite it.</summary>
internal sealed class CompiledRule
{
    public required RuleDefinition Definition { get; init; }
    public required Detector Detector { get; init; }
    public required Severity Severity { get; init; }
    public required MessageTemplate Message { get; init; }
    public MessageTemplate? Suggestion { get; init; }
    public required CitationList Citations { get; init; }
    public Part[] Near { get; init; } = [];
    public Part[] Overlapping { get; init; } = [];

    // The 'when' gate read once: a bit per listed channel and author (null: any), and the two conditions.
    private readonly uint? _channels;
    private readonly uint? _authors;
    private readonly bool? _hasRoster;
    private readonly bool? _mentionsWork;

    public CompiledRule(RuleDefinition definition)
    {
        _channels = Bits(definition.When.Channels.Select(c => (int)c));
        _authors = Bits(definition.When.Authors.Select(a => (int)a));
        _hasRoster = definition.When.HasRoster;
        _mentionsWork = definition.When.MentionsWork;
    }

    private static uint? Bits(IEnumerable<int> values)
    {
        uint? bits = null;
        foreach (var v in values) bits = (bits ?? 0) | ((uint)v < 32 ? 1u << v : 0);
        return bits;
    }

    private static bool Allows(uint? bits, int value) => bits is not { } b || ((uint)value < 32 && (b & (1u << value)) != 0);

    public bool Applies(CheckState state)
    {
        var context = state.Context;
        if (!Allows(_channels, (int)context.Channel) || !Allows(_authors, (int)context.Author)) return false;
        if (_hasRoster is { } roster && roster != context.Roster.Count > 0) return false;
        if (_mentionsWork is { } work && work != state.MentionsWork) return false;
        return true;
    }

    /// <summary>True when the rule has <c>unless: overlapping/near</c> parts (which need an <see cref="ExcuseIndex"/>).</summary>
    public bool HasExcuseParts => Near.Length > 0 || Overlapping.Length > 0;

    /// <summary>
    /// True when the rule's exceptions excuse the finding. <paramref name="parts"/> holds the rule's
    /// overlapping/near occurrences, built once per check (<see cref="ExcuseIndex.Build"/>) when <see cref="HasExcuseParts"/>.
    /// </summary>
    public bool Excuses(CheckState state, in Finding f, ExcuseIndex? parts)
    {
        var unless = Definition.Unless;
        if (unless.Quoted && f.First < state.Tokens.Count && state.Tokens[f.First].InQuote) return true;
        if (unless.Negated && state.IsNegated(f.First, f.Last, f.Source)) return true;
        if (parts is null || !HasExcuseParts) return false;
        // An allowed phrase excuses a finding it covers, or (for a combination) the anchor
        // occurrence the finding grew from: "designated safeguarding lead" excuses "safeguarding ... child".
        var anchor = f.Source;
        if (parts.Covers(f.Start, f.End) || (anchor.End > anchor.Start && parts.Covers(anchor.Start, anchor.End))) return true;
        if (unless.Within is not { } w) return parts.InSentence(state.SentenceOf(f.First));
        if (!unless.SameSentence) return parts.Within(f.First, f.Last, w);
        // Within N words of the finding's own sentence: "Well done to Noah Ahmed in Year 3. Contact the office" is not
        // excused by 'contact', which excuses "contact Noah Ahmed, our caretaker".
        return parts.Within(f.First, f.Last, w, state.SentenceBounds(f.First).First, state.SentenceBounds(f.Last).Last);
    }
}
