namespace PolicyRules;

/// <summary>An example draft written beside a rule: it must (or must not) make the rule fire.</summary>
/// <param name="Text">The draft.</param>
/// <param name="ShouldMatch">True for a positive example, false for a near miss.</param>
/// <param name="Channel">Channel to check it on; null means the rule's first allowed channel.</param>
/// <param name="Author">Author to check it as; null means the rule's first allowed author.</param>
/// <param name="Profile">The author's profile bio, if the example needs one.</param>
public sealed record RuleExample(string Text, bool ShouldMatch, Channel? Channel = null, AuthorRole? Author = null, string? Profile = null)
{
    /// <summary>The school's name, if the example needs one (it counts as a mention of work).</summary>
    public string? School { get; init; }

    /// <summary>The pupil roster, if the example needs one.</summary>
    public IReadOnlyList<RosterEntry> Roster { get; init; } = [];

    /// <summary>Attachments, if the example needs them.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>The context the example is checked in, given the rule's gates.</summary>
    public PostContext ContextFor(RuleDefinition rule) => new()
    {
        Channel = Channel ?? (rule.When.Channels.Count > 0 ? rule.When.Channels[0] : PolicyRules.Channel.Official),
        Author = Author ?? (rule.When.Authors.Count > 0 ? rule.When.Authors[0] : AuthorRole.Staff),
        Profile = Profile,
        SchoolNames = School is null ? [] : [School],
        Roster = Roster,
        Attachments = Attachments,
    };
}
