using System.CommandLine;

namespace PolicyRules.Cli.Commands;

/// <summary><c>policyrules explain RULE-ID</c>: the rule, its detector and the clauses that cite it.</summary>
internal static class ExplainCommand
{
    public static Command Create(ConsoleIO io)
    {
        var id = new Argument<string>("rule-id") { Description = "The rule to explain, e.g. pupil-full-name." };
        var engineOptions = new EngineOptions();
        var command = new Command("explain", "Show a rule, how it detects, and the policy clauses that cite it.") { id };
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var engine = engineOptions.Build(parse);
            var ruleId = parse.GetValue(id)!;
            var ids = engine.Rules.Select(r => r.Id).Order().ToList();
            var rule = engine.Rules.FirstOrDefault(r => r.Id == ruleId)
                ?? throw new UsageException(Loading.YamlReader.Closest(ids, ruleId) is { } closest
                    ? $"unknown rule '{ruleId}'; did you mean '{closest}'?"
                    : $"unknown rule '{ruleId}'; known rules: {string.Join(", ", ids)}");
            Write(io.Out, engine, rule);
            return CliApp.Clean;
        });
        return command;
    }

    private static void Write(TextWriter w, PolicyEngine engine, RuleDefinition rule)
    {
        w.WriteLine($"{rule.Id}: {rule.Title}");
        w.WriteLine($"  category:   {rule.Category}");
        w.WriteLine($"  severity:   {WireNames.Of(engine.SeverityOf(rule.Id))}");
        w.WriteLine($"  applies:    {Conditions(rule.When)}");
        w.WriteLine($"  detects:    {Describe(rule.Detect)}");
        var unless = Exceptions(rule.Unless);
        if (unless.Length > 0) w.WriteLine($"  unless:     {unless}");
        w.WriteLine($"  message:    {rule.Message}");
        if (rule.Suggestion is not null) w.WriteLine($"  suggestion: {rule.Suggestion}");
        w.WriteLine($"  defined in: {rule.Source}");
        var citations = engine.CitationsOf(rule.Id);
        w.WriteLine(citations.Count == 0 ? "  cited by no clause of the active policies" : "  cited by:");
        foreach (var c in citations)
            w.WriteLine($"    {c.Address} ({c.Heading}): \"{c.Quote}\"");
        var examples = engine.Packs.SelectMany(p => p.Examples.TryGetValue(rule.Id, out var e) ? e : []).ToList();
        foreach (var e in examples.Take(6))
            w.WriteLine($"  {(e.ShouldMatch ? "flags" : "passes")}: \"{e.Text}\"");
    }

    private static string Conditions(RuleConditions c)
    {
        var parts = new List<string>();
        if (c.Channels.Count > 0) parts.Add("channel " + string.Join("/", c.Channels.Select(WireNames.Of)));
        if (c.Authors.Count > 0) parts.Add("author " + string.Join("/", c.Authors.Select(WireNames.Of)));
        if (c.MentionsWork is { } m) parts.Add(m ? "the draft mentions the school or work" : "the draft does not mention work");
        if (c.HasRoster is { } r) parts.Add(r ? "a pupil roster is given" : "no roster is given");
        return parts.Count == 0 ? "always" : string.Join("; ", parts);
    }

    internal static string Describe(DetectorSpec spec) => spec switch
    {
        LexiconSpec l => $"lexicon of {l.Phrases.Count} phrase{(l.Phrases.Count == 1 ? "" : "s")} ({Sample(l.Phrases)}){(l.Inflect ? ", with plurals" : "")}{(l.Evasions ? ", with evasions" : "")}",
        PatternSpec p => $"pattern /{p.Regex}/",
        RecognizerSpec r => $"recognizer {r.Name}" + (r.Tags is { Count: > 0 } ? $" tagged {string.Join("+", r.Tags)}" : "") + (r.ExcludeTags is { Count: > 0 } ? $" not tagged {string.Join("/", r.ExcludeTags)}" : ""),
        CombinationSpec c => "combination of " + string.Join(" AND ", c.All.Select(Describe))
            + (c.Any.Count > 0 ? (c.All.Count > 0 ? " AND " : "") + "any of (" + DescribeEach(c.Any) + ")" : "")
            + (c.Within is { } n ? $", within {n} words" : ", in one sentence"),
        RequiredSpec r => "required: one of (" + DescribeEach(r.Any) + ")" + (r.InProfile ? " in the draft or profile" : " in the draft")
            + (r.Trigger is { Count: > 0 } t ? ", when " + string.Join(" | ", t.Select(Describe)) + " occurs" : ""),
        AttachmentSpec a => "attachment" + (a.AttachmentKind is { } k ? $" of kind {k}" : "") + (a.ShowsPupils is { } s ? (s ? " showing pupils" : " not showing pupils") : "") + (a.Consent is { } c2 ? (c2 ? " with consent" : " without consent on file") : ""),
        _ => spec.Kind,
    };

    // Alternatives joined by " | ", with neighbouring lexicons that read alike shown as one: a pack writes each
    // exception phrase as an item of its own, and 50 "lexicon of 1 phrase" entries are hard to read.
    private static string DescribeEach(IReadOnlyList<DetectorSpec> specs)
    {
        var merged = new List<DetectorSpec>();
        foreach (var spec in specs)
        {
            if (spec is LexiconSpec l && merged.Count > 0 && merged[^1] is LexiconSpec last && last.Inflect == l.Inflect && last.Evasions == l.Evasions)
                merged[^1] = last with { Phrases = [.. last.Phrases, .. l.Phrases] };
            else
                merged.Add(spec);
        }
        return string.Join(" | ", merged.Select(Describe));
    }

    private static string Sample(IReadOnlyList<string> phrases) =>
        string.Join(", ", phrases.Take(5).Select(p => $"'{p}'")) + (phrases.Count > 5 ? ", ..." : "");

    private static string Exceptions(RuleExceptions u)
    {
        var parts = new List<string>();
        if (u.Negated) parts.Add("negated");
        if (u.Quoted) parts.Add("quoted");
        if (u.Near.Count > 0) parts.Add("near " + DescribeEach(u.Near) + (u.Within is { } w ? $" (within {w} words)" : " (same sentence)"));
        if (u.Overlapping.Count > 0) parts.Add("inside " + DescribeEach(u.Overlapping));
        return string.Join("; ", parts);
    }
}
