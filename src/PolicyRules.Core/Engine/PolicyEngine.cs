using PolicyRules.Classification;
using PolicyRules.Detection;
using PolicyRules.Engine;
using PolicyRules.Matching;
using PolicyRules.Recognition;

namespace PolicyRules;

/// <summary>
/// The compiled engine: immutable and thread-safe. Build it once with a
/// <see cref="PolicyEngineBuilder"/> and call <see cref="Check(string, PostContext?)"/> from any thread.
/// </summary>
public sealed class PolicyEngine
{
    private readonly CompiledRule[] _rules;
    private readonly IDraftClassifier? _classifier;
    private readonly CompiledRule?[] _classifierRules; // null: a category the classifier may not report

    internal PolicyEngine(List<CompiledRule> rules, List<RulePack> packs, List<PolicyDocument> policies, IReadOnlyList<IRecognizer> recognizers,
        Vocabulary vocabulary, PhraseAutomaton automaton, int setCount, int workSet, int negationSet, int schoolNameRecognizer, IDraftClassifier? classifier, CompiledRule?[] classifierRules)
    {
        _rules = [.. rules];
        Packs = packs;
        Policies = policies;
        Recognizers = recognizers;
        Vocabulary = vocabulary;
        Automaton = automaton;
        SetCount = setCount;
        WorkSet = workSet;
        NegationSet = negationSet;
        SchoolNameRecognizer = schoolNameRecognizer;
        _classifier = classifier;
        _classifierRules = classifierRules;
        Rules = rules.Select(r => r.Definition).ToList();
    }

    internal IReadOnlyList<CompiledRule> CompiledRules => _rules;

    /// <summary>The rules the engine runs.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The packs it was built from.</summary>
    public IReadOnlyList<RulePack> Packs { get; }

    /// <summary>The active policies, whose clauses are cited.</summary>
    public IReadOnlyList<PolicyDocument> Policies { get; }

    /// <summary>The registered recognizers.</summary>
    public IReadOnlyList<IRecognizer> Recognizers { get; }

    /// <summary>The classifier, when one is enabled.</summary>
    public IDraftClassifier? Classifier => _classifier;

    internal Vocabulary Vocabulary { get; }
    internal PhraseAutomaton Automaton { get; }
    internal int SetCount { get; }
    internal int WorkSet { get; }
    internal int NegationSet { get; }
    /// <summary>Idioms starting with a negation word that negate nothing ("no wonder"): their cue is not one.</summary>
    internal int NegationIdiomSet { get; init; } = -1;
    internal int SchoolNameRecognizer { get; }
    /// <summary>Per recognizer, what the rules keep of its entities (null: everything).</summary>
    internal EntityFilter?[] EntityFilters { get; init; } = [];

    /// <summary>The patterns' required literals, found in one pass per check.</summary>
    internal PatternLiterals PatternLiterals { get; init; } = new([]);

    /// <summary>The clauses of the active policies that cite a rule.</summary>
    public IReadOnlyList<Citation> CitationsOf(string ruleId) =>
        _rules.FirstOrDefault(r => r.Definition.Id == ruleId)?.Citations.All ?? [];

    /// <summary>The effective severity of a rule (after overrides).</summary>
    public Severity SeverityOf(string ruleId) =>
        _rules.FirstOrDefault(r => r.Definition.Id == ruleId)?.Severity ?? throw new ArgumentException($"unknown rule id '{ruleId}'", nameof(ruleId));

    /// <summary>Checks a draft in a context (default: staff posting on the school's official account).</summary>
    public CheckResult Check(string text, PostContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        context ??= PostContext.Default;
        var state = CheckState.For(this);
        state.Begin(text, context);
        var findings = state.Findings;
        foreach (var rule in _rules)
        {
            if (!rule.Applies(state)) continue;
            // Parts known absent (no hit of its lexicon, none of its patterns' literals) settle most rules here.
            if (rule.Detector.Cues is { } cues && !cues.MayMatch(state)) continue;
            var before = findings.Count;
            rule.Detector.Detect(state, rule, findings);
            if (findings.Count == before) continue;
            // The exceptions' parts are collected once per rule, and excused findings removed in one pass.
            var parts = rule.HasExcuseParts ? state.ExcusesOf(rule) : null;
            var kept = before;
            for (var i = before; i < findings.Count; i++)
                if (!rule.Excuses(state, findings[i], parts)) findings[kept++] = findings[i];
            findings.RemoveRange(kept, findings.Count - kept);
        }
        if (_classifier is not null) ClassifierFindings.Add(_classifierRules, _classifier, state, findings);
        return findings.Count == 0 ? CheckResult.Clean : Report(state, text, findings);
    }

    /// <summary>Checks many drafts on all cores; results come back in input order.</summary>
    public IReadOnlyList<CheckResult> CheckMany(IReadOnlyList<(string Text, PostContext? Context)> drafts)
    {
        var results = new CheckResult[drafts.Count];
        Parallel.For(0, drafts.Count, i => results[i] = Check(drafts[i].Text, drafts[i].Context));
        return results;
    }

    /// <summary>The rule id under which the classifier reports a category; it can be disabled or given a severity.</summary>
    public static string ClassifierRuleId(string category) => $"classifier-{category}";

    // A category the classifier scores cites the clause each policy names for that category.
    internal static CompiledRule ClassifierRule(string category, List<PolicyDocument> policies, Severity severity)
    {
        var definition = new RuleDefinition
        {
            Id = ClassifierRuleId(category), Title = $"Classifier: {category}", Category = category, Severity = Severity.Warning,
            Confidence = 1, Detect = new LexiconSpec(["-"]),
            Message = $"A trained model judges this draft likely to break the policy on {category}; no rule matched its wording, so please review it.",
            Suggestion = "Read the draft against the quoted clause and reword or remove what breaks it.",
            Source = "classifier",
        };
        var citations = policies
            .Where(p => p.CategoryClauses.ContainsKey(category))
            .Select(p => (p, c: p.Clauses.First(c => c.Id == p.CategoryClauses[category])))
            .Select(x => new Citation(x.p.Id, x.c.Id, x.c.Heading, x.c.Quote)).ToArray();
        return new CompiledRule(definition)
        {
            Definition = definition, Detector = new ClassifierDetector(), Severity = severity,
            Message = new MessageTemplate(definition.Message), Suggestion = new MessageTemplate(definition.Suggestion),
            // One clause per policy, in the policies' order, which no finding's words reorder.
            Citations = new CitationList(citations, [.. Enumerable.Range(0, citations.Length)]),
        };
    }

    private static CheckResult Report(CheckState state, string text, List<Finding> findings)
    {
        // Merge overlapping findings of one rule; order by position.
        findings.Sort(static (a, b) =>
        {
            if (a.Rule == b.Rule) return a.Start.CompareTo(b.Start); // most pairs: a rule's findings come together
            var c = string.CompareOrdinal(a.Rule.Definition.Id, b.Rule.Definition.Id);
            return c != 0 ? c : a.Start.CompareTo(b.Start);
        });
        var violations = new List<Violation>(findings.Count);
        List<Violation>? everyMention = null;
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            while (i + 1 < findings.Count && findings[i + 1].Rule == f.Rule && (Touches(text, f, findings[i + 1]) || SameCluster(state, f, findings[i + 1])))
            {
                var g = findings[++i];
                f.End = Math.Max(f.End, g.End);
                f.Confidence = Math.Max(f.Confidence, g.Confidence);
            }
            violations.Add(ToViolation(text, f));
            if (f.Rule.Definition.EveryMention) (everyMention ??= []).Add(violations[^1]);
        }
        if (everyMention is not null) AddOtherMentions(text, everyMention, violations);
        violations.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Rule, b.Rule));
        return new CheckResult(violations);
    }

    // A rule with every-mention reports each other mention of a violation's words too ("Well done to Amelia Jones in
    // Year 5! Amelia Jones ran the fastest time": the second sentence has no cue of its own). Only drafts with findings
    // come here, so a clean draft pays nothing; the text is read once, however many names were found.
    private static void AddOtherMentions(string text, List<Violation> found, List<Violation> violations)
    {
        // The distinct mentions to look for, by the word-character run that starts them ("Amelia").
        var wanted = new Dictionary<string, List<(Violation Found, string[] Words)>>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var one in found)
        {
            var words = one.Excerpt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            // A mention is a name of a few words. A violation of many words is a run of names merged into one; comparing
            // it in full wherever its first word occurs again would be quadratic in a text that repeats the run.
            if (words.Length > MaxMentionWords) continue;
            var head = words.Length == 0 ? 0 : WordRun(words[0], 0);
            if (head == 0 || !seen.Add(one.Rule + " " + string.Join(' ', words))) continue;
            var key = words[0][..head];
            if (!wanted.TryGetValue(key, out var list)) wanted[key] = list = [];
            list.Add((one, words));
        }
        // What each rule already reports, in order of position (a rule's violations are merged, so they do not overlap).
        var taken = violations.GroupBy(v => v.Rule).ToDictionary(g => g.Key, g => g.Select(v => (v.Start, End: v.Start + v.Length)).OrderBy(x => x.Start).ToList());
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = new List<Violation>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var run = WordRun(text, i);
            if (lookup.TryGetValue(text.AsSpan(i, run), out var candidates))
                foreach (var (one, words) in candidates)
                    // Inside a violation of the rule any mention would overlap it, so the words are not compared there: a run
                    // of names merged into one violation would otherwise be compared in full at each of its names (quadratic).
                    if (!Overlaps(taken[one.Rule], i, i + 1) && MentionAt(text, i, words) is var end and > 0 && !Overlaps(taken[one.Rule], i, end))
                    {
                        var excerpt = text[i..end];
                        var named = string.Join(' ', excerpt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // one line in a message
                        added.Add(one with
                        {
                            Start = i, Length = end - i, Excerpt = excerpt,
                            Message = one.Message.Replace(one.Excerpt, named, StringComparison.Ordinal),
                            Suggestion = one.Suggestion?.Replace(one.Excerpt, named, StringComparison.Ordinal),
                            Evidence = $"another mention of '{one.Excerpt}' ({one.Evidence})",
                        });
                        break;
                    }
            i += run;
        }
        violations.AddRange(added);
    }

    private const int MaxMentionWords = 6;

    // Where the words end when they occur at i, in any case, separated by white space in one paragraph and followed by no word
    // character or hyphen ("Amelia Jones's" counts, "Amelia Jonesy" and "Amelia Jones-Smith" do not); 0 when they do not.
    private static int MentionAt(string text, int i, string[] words)
    {
        var end = i;
        for (var w = 0; w < words.Length; w++)
        {
            var next = end;
            if (w > 0)
            {
                // White space with at most one line break: a blank line between two words ends a paragraph.
                var breaks = 0;
                while (next < text.Length && char.IsWhiteSpace(text[next])) if (text[next++] == '\n' && ++breaks > 1) return 0;
                if (next == end) return 0;
            }
            if (next + words[w].Length > text.Length
                || string.Compare(text, next, words[w], 0, words[w].Length, StringComparison.OrdinalIgnoreCase) != 0) return 0;
            end = next + words[w].Length;
        }
        return end < text.Length && (IsWordChar(text[end]) || text[end] == '-') ? 0 : end;
    }

    // Whether [start, end) meets one of the sorted, disjoint spans.
    private static bool Overlaps(List<(int Start, int End)> spans, int start, int end)
    {
        int lo = 0, hi = spans.Count - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].Start < end) { last = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return last >= 0 && spans[last].End > start;
    }

    private static int WordRun(string s, int i)
    {
        var j = i;
        while (j < s.Length && IsWordChar(s[j])) j++;
        return j - i;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    // Findings of one rule merge when they overlap or only a space separates them ("text me on" + "07700 900123").
    private static bool Touches(string text, in Finding a, in Finding b) =>
        b.Start < Math.Max(a.End, a.Start + 1) || (b.Start == a.End + 1 && a.End > a.Start && text[a.End] == ' ');

    // A combination's matches in one sentence are one finding ("Between us ... governors ... keep it quiet").
    // Merged here, after exceptions, so each match was excused or kept on its own. Matches grown from two different
    // entities stay apart: "Tyler Booth and Amelia Jones" are two pupils, each reported (and fixed) on its own.
    private static bool SameCluster(CheckState state, in Finding a, in Finding b) =>
        a.Rule.Detector is CombinationDetector && state.SameSentence(a.First, b.First)
        && !(a.Source.Entity is { } x && b.Source.Entity is { } y && !ReferenceEquals(x, y));

    private static Violation ToViolation(string text, in Finding f)
    {
        var rule = f.Rule;
        var excerpt = text.Substring(f.Start, f.End - f.Start);
        var entity = f.Source.Entity;
        var evidence = f.Evidence ?? Describe(f, excerpt);
        string? Value(string name) => name switch
        {
            "match" => excerpt,
            "title" => rule.Definition.Title,
            "rule" => rule.Definition.Id,
            "category" => rule.Definition.Category,
            "evidence" => evidence,
            _ => entity?.Values.GetValueOrDefault(name),
        };
        var message = rule.Message.Fill(Value);
        return new Violation
        {
            Rule = rule.Definition.Id,
            Category = rule.Definition.Category,
            Severity = rule.Severity,
            Start = f.Start,
            Length = f.End - f.Start,
            Excerpt = excerpt,
            Message = message,
            Suggestion = rule.Suggestion?.Fill(Value),
            Confidence = Math.Round(f.Confidence, 3),
            Evidence = evidence,
            Detector = rule.Detector.Kind,
            Citations = rule.Citations.For($"{message} {evidence}"),
        };
    }

    private static string Describe(in Finding f, string excerpt) => f.Source.Entity is { } e
        ? e.Evidence
        : f.Rule.Detector.Kind switch
        {
            "lexicon" => $"matched the phrase '{excerpt}'",
            "pattern" => $"matched the pattern at '{excerpt}'",
            _ => $"{f.Rule.Detector.Kind} matched '{excerpt}'",
        };
}
