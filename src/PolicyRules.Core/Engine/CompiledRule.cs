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
    public required IReadOnlyList<Citation> Citations { get; init; }
    public Part[] Near { get; init; } = [];
    public Part[] Overlapping { get; init; } = [];

    private readonly Channel[] _channels = [];
    private readonly AuthorRole[] _authors = [];

    public CompiledRule(RuleDefinition definition)
    {
        _channels = [.. definition.When.Channels];
        _authors = [.. definition.When.Authors];
    }

    public bool Applies(CheckState state)
    {
        var context = state.Context;
        if (_channels.Length > 0 && Array.IndexOf(_channels, context.Channel) < 0) return false;
        if (_authors.Length > 0 && Array.IndexOf(_authors, context.Author) < 0) return false;
        var when = Definition.When;
        if (when.HasRoster is { } roster && roster != context.Roster.Count > 0) return false;
        if (when.MentionsWork is { } work && work != state.MentionsWork) return false;
        return true;
    }

    /// <summary>True when the rule's exceptions excuse the finding.</summary>
    public bool Excuses(CheckState state, in Finding f)
    {
        var unless = Definition.Unless;
        if (unless.Quoted && f.First < state.Tokens.Count && state.Tokens[f.First].InQuote) return true;
        if (unless.Negated && state.IsNegated(f.First, f.Last, f.Source)) return true;
        if (Near.Length == 0 && Overlapping.Length == 0) return false;
        var list = state.RentList();
        try
        {
            foreach (var p in Overlapping) p.Collect(state, list);
            // An allowed phrase excuses a finding it covers, or (for a combination) the anchor
            // occurrence the finding grew from: "designated safeguarding lead" excuses "safeguarding ... child".
            var anchor = f.Source;
            foreach (var o in list)
                if ((o.Start <= f.Start && o.End >= f.End) || (anchor.End > anchor.Start && o.Start <= anchor.Start && o.End >= anchor.End)) return true;
            list.Clear();
            foreach (var p in Near) p.Collect(state, list);
            foreach (var o in list)
            {
                var gap = Math.Max(0, Math.Max(o.First - f.Last, f.First - o.Last));
                if (unless.Within is { } w ? gap <= w : state.SameSentence(o.First, f.First)) return true;
            }
            return false;
        }
        finally { state.ReturnList(list); }
    }
}
