namespace PolicyRules;

/// <summary>A clause of a policy, quoted, that a violation breaks.</summary>
/// <param name="Policy">The policy id, e.g. <c>star-mat</c>.</param>
/// <param name="Clause">The clause id in the policy's own numbering, e.g. <c>4.5(f)</c>.</param>
/// <param name="Heading">The clause's heading.</param>
/// <param name="Quote">The clause's own words.</param>
public sealed record Citation(string Policy, string Clause, string Heading, string Quote)
{
    /// <summary>The clause's address, e.g. <c>star-mat#4.5(f)</c>.</summary>
    public string Address => $"{Policy}#{Clause}";
}

/// <summary>One finding: a rule broken at a span of the original text.</summary>
public sealed record Violation
{
    /// <summary>The rule's stable id.</summary>
    public required string Rule { get; init; }
    /// <summary>The rule's category.</summary>
    public required string Category { get; init; }
    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }
    /// <summary>UTF-16 offset into the original text.</summary>
    public required int Start { get; init; }
    /// <summary>UTF-16 length in the original text (0 for findings about the context, e.g. attachments).</summary>
    public required int Length { get; init; }
    /// <summary>The original text at the span.</summary>
    public required string Excerpt { get; init; }
    /// <summary>What is wrong, with the rule's placeholders filled.</summary>
    public required string Message { get; init; }
    /// <summary>What to write instead, when the rule has a suggestion.</summary>
    public string? Suggestion { get; init; }
    /// <summary>How sure the detector is, 0 to 1.</summary>
    public required double Confidence { get; init; }
    /// <summary>What matched and why, for a person reading the finding.</summary>
    public required string Evidence { get; init; }
    /// <summary>The kind of detector that found it: lexicon, pattern, recognizer, combination, required, attachment, classifier.</summary>
    public required string Detector { get; init; }
    /// <summary>The clauses of the active policies that this rule enforces, quoted.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>The end offset (exclusive) in the original text.</summary>
    public int End => Start + Length;
}

/// <summary>The outcome of checking one draft.</summary>
public sealed class CheckResult
{
    /// <summary>A shared result for a draft with no findings.</summary>
    public static readonly CheckResult Clean = new([]);

    /// <summary>Creates a result from violations, sorted by position.</summary>
    public CheckResult(IReadOnlyList<Violation> violations)
    {
        Violations = violations;
        Verdict = Verdict.Pass;
        foreach (var v in violations)
        {
            if (v.Severity == Severity.Error) { Verdict = Verdict.Block; break; }
            if (v.Severity == Severity.Warning) Verdict = Verdict.Review;
        }
    }

    /// <summary><c>pass</c>, <c>review</c> or <c>block</c>.</summary>
    public Verdict Verdict { get; }

    /// <summary>The findings, ordered by start offset then rule id.</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>The categories raised, without repeats.</summary>
    public IEnumerable<string> Categories => Violations.Select(v => v.Category).Distinct();
}
