using PolicyRules.Loading;

namespace PolicyRules;

/// <summary>
/// One rule as data. YAML packs and C# code both produce these; the engine builder compiles them.
/// </summary>
public sealed record RuleDefinition
{
    /// <summary>Stable id, e.g. <c>pupil-full-name</c>.</summary>
    public required string Id { get; init; }
    /// <summary>A short title.</summary>
    public required string Title { get; init; }
    /// <summary>One of the five categories in <see cref="WireNames.Categories"/>.</summary>
    public required string Category { get; init; }
    /// <summary>How serious a finding is.</summary>
    public Severity Severity { get; init; } = Severity.Error;
    /// <summary>How far the rule's findings are to be trusted, 0 to 1.</summary>
    public double Confidence { get; init; } = 0.9;
    /// <summary>When the rule applies (context gates).</summary>
    public RuleConditions When { get; init; } = RuleConditions.Always;
    /// <summary>What the rule looks for.</summary>
    public required DetectorSpec Detect { get; init; }
    /// <summary>What excuses a finding (negation, quotation, nearby words).</summary>
    public RuleExceptions Unless { get; init; } = RuleExceptions.None;
    /// <summary>Message template; <c>{match}</c> and the detector's named values are filled in.</summary>
    public required string Message { get; init; }
    /// <summary>Suggestion template, same placeholders as <see cref="Message"/>.</summary>
    public string? Suggestion { get; init; }
    /// <summary>
    /// Also report every other mention of a finding's exact words in the draft (whole words, any case): a pupil named in
    /// full in one sentence is named in full wherever the name appears again, cue or no cue.
    /// </summary>
    public bool EveryMention { get; init; }
    /// <summary>The pack (file or resource) the rule came from.</summary>
    public string Source { get; init; } = "code";

    internal int Line { get; init; }
    internal int Column { get; init; }
    // Where the message and suggestion are written (null for a rule made in code), so a build error about a
    // placeholder in one points at the placeholder.
    internal YamlScalar? MessageSource { get; init; }
    internal YamlScalar? SuggestionSource { get; init; }
}

/// <summary>Context gates: the rule is only evaluated when all given conditions hold.</summary>
public sealed record RuleConditions
{
    /// <summary>No conditions.</summary>
    public static readonly RuleConditions Always = new();
    /// <summary>Channels the rule applies to; empty means all.</summary>
    public IReadOnlyList<Channel> Channels { get; init; } = [];
    /// <summary>Author roles the rule applies to; empty means all.</summary>
    public IReadOnlyList<AuthorRole> Authors { get; init; } = [];
    /// <summary>When set, the draft must (true) or must not (false) mention the school or work.</summary>
    public bool? MentionsWork { get; init; }
    /// <summary>When set, the context must (true) or must not (false) include a pupil roster.</summary>
    public bool? HasRoster { get; init; }
}

/// <summary>What excuses a finding.</summary>
public sealed record RuleExceptions
{
    /// <summary>Nothing excuses a finding.</summary>
    public static readonly RuleExceptions None = new();
    /// <summary>Skip a finding preceded in its sentence, within three words, by a negation ("never", "don't").</summary>
    public bool Negated { get; init; }
    /// <summary>Skip a finding inside quotation marks (e.g. quoting the policy itself).</summary>
    public bool Quoted { get; init; }
    /// <summary>Skip a finding when any of these occurs near it.</summary>
    public IReadOnlyList<DetectorSpec> Near { get; init; } = [];
    /// <summary>How near, in words; null means in the same sentence.</summary>
    public int? Within { get; init; }
    /// <summary>With <see cref="Within"/>: the near occurrence must also be in the finding's own sentence (a word in the
    /// next sentence does not excuse it).</summary>
    public bool SameSentence { get; init; }
    /// <summary>Skip a finding that lies inside an occurrence of any of these (an allow list: "killer whale").</summary>
    public IReadOnlyList<DetectorSpec> Overlapping { get; init; } = [];
}

/// <summary>What a rule looks for. The kinds are the records deriving from this one.</summary>
public abstract record DetectorSpec
{
    private protected DetectorSpec() { }

    /// <summary>The YAML name of the kind, e.g. <c>lexicon</c>.</summary>
    public abstract string Kind { get; }

    // Where the kind's value is written in a pack (0:0 for a detector made in code), so a build error points at it.
    internal YamlPosition At { get; init; }
}

/// <summary>Any of the phrases, as whole words, matched by the engine's one automaton.</summary>
/// <param name="Phrases">Words or phrases; case, accents and punctuation are ignored.</param>
/// <param name="Inflect">Also match plural and possessive forms.</param>
/// <param name="Evasions">Also match leetspeak and masked forms (<c>sh1t</c>, <c>f*ck</c>).</param>
public sealed record LexiconSpec(IReadOnlyList<string> Phrases, bool Inflect = true, bool Evasions = false) : DetectorSpec
{
    /// <inheritdoc/>
    public override string Kind => "lexicon";

    // Where each phrase is written in a pack (empty for a lexicon made in code).
    internal IReadOnlyList<YamlPosition> PhraseAt { get; init; } = [];
}

/// <summary>A regular expression over the normalised (lower-case, accent-free) text, run in linear time.</summary>
/// <param name="Regex">The pattern (.NET syntax, no backreferences or lookarounds).</param>
public sealed record PatternSpec(string Regex) : DetectorSpec
{
    /// <inheritdoc/>
    public override string Kind => "pattern";
}

/// <summary>Entities found by a named recognizer.</summary>
/// <param name="Name">The recognizer's name, e.g. <c>phone-number</c>.</param>
/// <param name="Tags">The entity must carry all of these tags.</param>
/// <param name="ExcludeTags">The entity must carry none of these tags.</param>
/// <param name="MinConfidence">Entities below this confidence are ignored.</param>
public sealed record RecognizerSpec(string Name, IReadOnlyList<string>? Tags = null, IReadOnlyList<string>? ExcludeTags = null, double MinConfidence = 0) : DetectorSpec
{
    /// <inheritdoc/>
    public override string Kind => "recognizer";

    // Where each tag and excluded tag is written in a pack (empty for a detector made in code).
    internal IReadOnlyList<YamlPosition> TagAt { get; init; } = [];
    internal IReadOnlyList<YamlPosition> ExcludeTagAt { get; init; } = [];
}

/// <summary>Parts that occur together: all of <see cref="All"/> and at least one of <see cref="Any"/> (when given),
/// within <see cref="Within"/> words of each other, or in the same sentence when it is null. Used as a part of another
/// combination, it stands for its anchor (the first 'all' part, or each 'any' occurrence) where the rest is near.</summary>
public sealed record CombinationSpec(IReadOnlyList<DetectorSpec> All, IReadOnlyList<DetectorSpec> Any, int? Within = null) : DetectorSpec
{
    /// <inheritdoc/>
    public override string Kind => "combination";
}

/// <summary>One of <see cref="Any"/> must be present (in the draft, or in the author's profile when
/// <see cref="InProfile"/>); the rule fires when it is missing. With <see cref="Trigger"/> parts, it fires only when one occurs.</summary>
public sealed record RequiredSpec(IReadOnlyList<DetectorSpec> Any, bool InProfile = true, IReadOnlyList<DetectorSpec>? Trigger = null) : DetectorSpec
{
    /// <inheritdoc/>
    public override string Kind => "required";
}

/// <summary>An attachment in the context matching all the given properties.</summary>
public sealed record AttachmentSpec(string? AttachmentKind = null, bool? ShowsPupils = null, bool? Consent = null) : DetectorSpec
{
    /// <inheritdoc/>
    public override string Kind => "attachment";
}
