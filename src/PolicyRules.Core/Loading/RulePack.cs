namespace PolicyRules;

/// <summary>A loaded rule pack: rules for one category, plus words that mean "work".</summary>
public sealed record RulePack
{
    /// <summary>The pack's name (for the bundled ones, its category).</summary>
    public required string Name { get; init; }
    /// <summary>The pack format version this library reads; a pack's <c>version:</c>, when given, must be it.</summary>
    public const int SupportedVersion = 1;
    /// <summary>The pack's format version (<see cref="SupportedVersion"/>).</summary>
    public int Version { get; init; } = SupportedVersion;
    /// <summary>What the pack covers.</summary>
    public string? Description { get; init; }
    /// <summary>The rules.</summary>
    public required IReadOnlyList<RuleDefinition> Rules { get; init; }
    /// <summary>Extra words or phrases that show a draft is about the school or work.</summary>
    public IReadOnlyList<string> WorkTerms { get; init; } = [];
    /// <summary>Example drafts per rule id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<RuleExample>> Examples { get; init; } = new Dictionary<string, IReadOnlyList<RuleExample>>();
    /// <summary>The file or resource it came from.</summary>
    public string File { get; init; } = "code";
}
