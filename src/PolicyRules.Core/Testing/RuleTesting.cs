namespace PolicyRules.Testing;

/// <summary>One example that did not behave as its rule says it should.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Example">The example.</param>
/// <param name="Found">What the rule actually found (empty when it did not fire).</param>
public sealed record ExampleFailure(string Rule, RuleExample Example, IReadOnlyList<Violation> Found)
{
    /// <inheritdoc/>
    public override string ToString() => Example.ShouldMatch
        ? $"{Rule}: should fire on \"{Example.Text}\" but did not"
        : $"{Rule}: should not fire on \"{Example.Text}\" but found '{string.Join("', '", Found.Select(v => v.Excerpt))}'";
}

/// <summary>Thrown by <see cref="RuleTesting"/> assertions.</summary>
public sealed class RuleAssertionException(string message) : Exception(message);

/// <summary>
/// Helpers for people writing their own packs: run every rule's examples, or assert that a draft
/// is (or is not) flagged, with a message that shows what was found.
/// </summary>
public static class RuleTesting
{
    /// <summary>Checks every example of every pack in the engine; returns the ones that fail.</summary>
    public static IReadOnlyList<ExampleFailure> VerifyExamples(this PolicyEngine engine)
    {
        var failures = new List<ExampleFailure>();
        var rules = engine.Rules.ToDictionary(r => r.Id);
        foreach (var pack in engine.Packs)
            foreach (var (ruleId, examples) in pack.Examples)
            {
                if (!rules.TryGetValue(ruleId, out var rule)) continue;
                foreach (var example in examples)
                {
                    var found = engine.Check(example.Text, example.ContextFor(rule)).Violations.Where(v => v.Rule == ruleId).ToList();
                    if (found.Count > 0 != example.ShouldMatch) failures.Add(new ExampleFailure(ruleId, example, found));
                }
            }
        return failures;
    }

    /// <summary>Asserts that the rule fires on the draft; returns its violations.</summary>
    /// <exception cref="RuleAssertionException">It did not fire.</exception>
    public static IReadOnlyList<Violation> ShouldFlag(this PolicyEngine engine, string text, string ruleId, PostContext? context = null)
    {
        var result = engine.Check(text, context);
        var found = result.Violations.Where(v => v.Rule == ruleId).ToList();
        if (found.Count == 0)
            throw new RuleAssertionException($"expected {ruleId} on \"{text}\" but found {Describe(result)}");
        return found;
    }

    /// <summary>Asserts that no rule (or not the given rule) fires on the draft.</summary>
    /// <exception cref="RuleAssertionException">Something fired.</exception>
    public static void ShouldNotFlag(this PolicyEngine engine, string text, string? ruleId = null, PostContext? context = null)
    {
        var result = engine.Check(text, context);
        if (result.Violations.Any(v => ruleId is null || v.Rule == ruleId))
            throw new RuleAssertionException($"expected no {ruleId ?? "violation"} on \"{text}\" but found {Describe(result)}");
    }

    private static string Describe(CheckResult result) => result.Violations.Count == 0
        ? "nothing"
        : string.Join("; ", result.Violations.Select(v => $"{v.Rule} at '{v.Excerpt}'"));
}
