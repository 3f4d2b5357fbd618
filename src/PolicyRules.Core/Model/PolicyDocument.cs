namespace PolicyRules;

/// <summary>One school's or trust's social media policy: its clauses and the rules enforcing them.</summary>
public sealed record PolicyDocument
{
    /// <summary>Short id, e.g. <c>star-mat</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The policy's title.</summary>
    public required string Title { get; init; }
    /// <summary>Where the text came from (a file name), if known.</summary>
    public string? Source { get; init; }
    /// <summary>A web address for the policy, used as SARIF help links.</summary>
    public string? Url { get; init; }
    /// <summary>When it was adopted, as written in the file.</summary>
    public string? Adopted { get; init; }
    /// <summary>The clauses, in document order.</summary>
    public required IReadOnlyList<PolicyClause> Clauses { get; init; }
    /// <summary>For each category, the clause that findings of that category cite when no rule's clause fits (e.g. the classifier's).</summary>
    public IReadOnlyDictionary<string, string> CategoryClauses { get; init; } = new Dictionary<string, string>();
    /// <summary>The file the policy was loaded from.</summary>
    public string File { get; init; } = "code";
}

/// <summary>An addressable clause of a policy.</summary>
public sealed record PolicyClause
{
    /// <summary>The clause id in the document's own numbering, e.g. <c>4.5(f)</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Its heading.</summary>
    public required string Heading { get; init; }
    /// <summary>The policy's own words.</summary>
    public required string Quote { get; init; }
    /// <summary>The rules that enforce it (empty when it cannot be checked from a draft).</summary>
    public IReadOnlyList<string> EnforcedBy { get; init; } = [];
    /// <summary>False for clauses about something other than the text of a post.</summary>
    public bool Checkable { get; init; } = true;
    /// <summary>Why the clause is not checkable.</summary>
    public string? Reason { get; init; }

    internal IReadOnlyList<Loading.YamlPosition> EnforcedByPositions { get; init; } = [];
}
