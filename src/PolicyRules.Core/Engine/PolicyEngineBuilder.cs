using PolicyRules.Detection;
using PolicyRules.Engine;
using PolicyRules.Loading;
using PolicyRules.Matching;
using PolicyRules.Recognition;
using PolicyRules.Text;

namespace PolicyRules;

/// <summary>
/// Collects rule packs, policies and recognizers, then builds an immutable, thread-safe
/// <see cref="PolicyEngine"/>. Build once, check many.
/// </summary>
public sealed class PolicyEngineBuilder
{
    private static readonly string[] NegationCues =
    [
        "not", "never", "no", "don't", "doesn't", "didn't", "won't", "wouldn't", "shouldn't", "mustn't", "can't",
        "cannot", "isn't", "aren't", "nobody", "nothing", "neither", "nor", "without", "dont", "wont", "cant",
        "under no circumstances", "refrain from", "avoid",
    ];

    // Idioms that start with a negation word but negate nothing after them: "no wonder their kids are feral",
    // "no offence, but she's useless".
    private static readonly string[] NegationIdioms =
    [
        "no wonder", "no doubt", "no surprise", "no surprises", "no matter", "no offence", "no offense", "not only",
        "not just", "no problem",
        // Exclamations: "can't believe our deputy is facing a disciplinary" says it happened.
        "can't believe", "cannot believe", "couldn't believe", "can't wait", "couldn't be prouder",
        // Asking for secrecy: "added you back, don't tell the rest of 10R" says it was done.
        "don't tell anyone", "dont tell anyone", "don't tell the rest", "don't tell the others", "don't tell your",
        // Intensifiers: "lazy isn't the word", "useless doesn't even cover it".
        "isn't the word", "doesn't even cover it", "doesn't cover it", "doesn't begin to cover", "doesn't begin to describe",
        "wouldn't know a", "wouldn't know an", // "wouldn't know a behaviour policy if it slapped her in the face"
        // Tag questions: "Marlowe Close, isn't it, number 14?" says what it asks to confirm.
        "isn't it", "isn't she", "isn't he", "aren't they", "doesn't she", "doesn't he", "don't they", "didn't she",
        "didn't he", "wasn't it", "wasn't she", "wasn't he",
        // A condition: "if you can't get through call me at home" asks for the call.
        "can't get through", "cannot get through", "can't get hold", "cannot get hold", "can't make it", "cannot make it",
        "don't hear back", "don't hear from",
    ];

    private readonly List<RulePack> _packs = [];
    private readonly List<RuleDefinition> _codeRules = [];
    private readonly List<PolicyDocument> _policies = [];
    private readonly List<IRecognizer> _recognizers = [ContextNameRecognizer.SchoolNames, ContextNameRecognizer.StaffNames];
    private readonly Dictionary<string, Severity> _severityOverrides = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disabled = new(StringComparer.Ordinal);
    private HashSet<string>? _activePolicies;
    private IDraftClassifier? _classifier;
    private HashSet<string>? _classifierCategories;

    /// <summary>Adds a loaded rule pack.</summary>
    public PolicyEngineBuilder AddPack(RulePack pack) { _packs.Add(pack); return this; }

    /// <summary>Loads and adds a rule pack from YAML text.</summary>
    /// <exception cref="RuleLoadException">The YAML is not a valid pack.</exception>
    public PolicyEngineBuilder AddPackYaml(string yaml, string name = "pack.yaml") => AddPack(RuleFiles.LoadPack(yaml, name));

    /// <summary>Loads and adds a rule pack file.</summary>
    /// <exception cref="RuleLoadException">The file is not a valid pack.</exception>
    public PolicyEngineBuilder AddPackFile(string path) => AddPack(RuleFiles.LoadPack(RuleFiles.ReadFile(path), path));

    /// <summary>Adds a rule written in C#.</summary>
    public PolicyEngineBuilder AddRule(RuleDefinition rule) { _codeRules.Add(rule); return this; }

    /// <summary>Adds a loaded policy.</summary>
    public PolicyEngineBuilder AddPolicy(PolicyDocument policy) { _policies.Add(policy); return this; }

    /// <summary>Loads and adds a policy from YAML text.</summary>
    /// <exception cref="RuleLoadException">The YAML is not a valid policy file.</exception>
    public PolicyEngineBuilder AddPolicyYaml(string yaml, string name = "policy.yaml") => AddPolicy(RuleFiles.LoadPolicy(yaml, name));

    /// <summary>Loads and adds a policy file.</summary>
    /// <exception cref="RuleLoadException">The file is not a valid policy file.</exception>
    public PolicyEngineBuilder AddPolicyFile(string path) => AddPolicy(RuleFiles.LoadPolicy(RuleFiles.ReadFile(path), path));

    /// <summary>Adds a recognizer that rules can name; a later one with the same name replaces an earlier one.</summary>
    public PolicyEngineBuilder AddRecognizer(IRecognizer recognizer)
    {
        _recognizers.RemoveAll(r => r.Name == recognizer.Name);
        _recognizers.Add(recognizer);
        return this;
    }

    /// <summary>Only these policies are cited (default: every policy added).</summary>
    public PolicyEngineBuilder UsePolicies(IEnumerable<string> ids)
    {
        _activePolicies = new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
        return this;
    }

    /// <summary>Runs a classifier after the rules, for categories the rules did not raise.</summary>
    /// <param name="classifier">The classifier.</param>
    /// <param name="categories">The categories it may report (default: all it scores). A category whose
    /// rules depend on context the model cannot see, such as the roster, is better left to the rules.</param>
    /// <exception cref="ArgumentException">A category is not one the classifier scores.</exception>
    public PolicyEngineBuilder UseClassifier(IDraftClassifier classifier, IEnumerable<string>? categories = null)
    {
        var chosen = categories?.ToHashSet(StringComparer.Ordinal);
        foreach (var c in chosen ?? [])
            if (!classifier.Categories.Contains(c))
                throw new ArgumentException($"the classifier does not score '{c}'; it scores: {string.Join(", ", classifier.Categories)}", nameof(categories));
        _classifier = classifier;
        _classifierCategories = chosen;
        return this;
    }

    /// <summary>Changes the severity of one rule.</summary>
    public PolicyEngineBuilder OverrideSeverity(string ruleId, Severity severity) { _severityOverrides[ruleId] = severity; return this; }

    /// <summary>Turns one rule off.</summary>
    public PolicyEngineBuilder DisableRule(string ruleId) { _disabled.Add(ruleId); return this; }

    /// <summary>The packs added so far.</summary>
    public IReadOnlyList<RulePack> Packs => _packs;

    /// <summary>The policies added so far.</summary>
    public IReadOnlyList<PolicyDocument> Policies => _policies;

    /// <summary>Compiles everything into an engine.</summary>
    /// <exception cref="RuleLoadException">A rule or policy refers to something that does not exist.</exception>
    /// <exception cref="ArgumentException">An active policy, overridden or disabled rule id is unknown.</exception>
    public PolicyEngine Build()
    {
        var rules = new List<RuleDefinition>();
        var owner = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var rule in _packs.SelectMany(p => p.Rules).Concat(_codeRules))
        {
            if (owner.TryGetValue(rule.Id, out var first))
                throw new RuleLoadException(rule.Source, rule.Line, rule.Column, SamePlace(first, rule)
                    // "already defined in p.yaml:3" at p.yaml:3 would point at the rule itself.
                    ? $"the pack {rule.Source} is loaded twice (rule id '{rule.Id}' again); give each pack file once"
                    : $"duplicate rule id '{rule.Id}' (already defined in {first.Source}:{first.Line})");
            owner[rule.Id] = rule;
            rules.Add(rule);
        }
        // The classifier's findings carry a rule id per category, which can be disabled or overridden like a rule's.
        var classifierIds = WireNames.Categories.Concat(_classifier?.Categories ?? []).Select(PolicyEngine.ClassifierRuleId).ToHashSet(StringComparer.Ordinal);
        foreach (var id in _severityOverrides.Keys.Concat(_disabled))
            if (!owner.ContainsKey(id) && !classifierIds.Contains(id))
                throw new ArgumentException($"unknown rule id '{id}'{(YamlReader.Closest(owner.Keys.Concat(classifierIds), id) is { } closest ? $"; did you mean '{closest}'?" : "")}");

        var policyIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in _policies)
            if (!policyIds.Add(p.Id)) throw new RuleLoadException(p.File, 1, 1, $"policy '{p.Id}' is loaded twice");
        foreach (var policy in _policies)
            foreach (var clause in policy.Clauses)
                for (var i = 0; i < clause.EnforcedBy.Count; i++)
                    if (!owner.ContainsKey(clause.EnforcedBy[i]))
                    {
                        var pos = i < clause.EnforcedByPositions.Count ? clause.EnforcedByPositions[i] : default;
                        throw new RuleLoadException(policy.File, pos.Line, pos.Column,
                            $"clause '{clause.Id}' is enforced by '{clause.EnforcedBy[i]}', which is not a loaded rule");
                    }
        if (_activePolicies is not null)
            foreach (var id in _activePolicies)
                if (!policyIds.Contains(id))
                    throw new ArgumentException($"unknown policy '{id}'; loaded policies: {string.Join(", ", _policies.Select(p => p.Id))}");
        var active = _policies.Where(p => _activePolicies is null || _activePolicies.Contains(p.Id)).ToList();

        var compiler = new Compiler([.. _recognizers]);
        var workSet = compiler.AddPhrases(_packs.SelectMany(p => p.WorkTerms).Distinct().ToList() is { Count: > 0 } terms ? terms : ["__no work terms__"], inflect: true, evasions: false);
        var negationSet = compiler.AddPhrases(NegationCues, inflect: false, evasions: false);
        var negationIdiomSet = compiler.AddPhrases(NegationIdioms, inflect: false, evasions: false);
        var compiled = new List<CompiledRule>();
        foreach (var rule in rules)
        {
            if (_disabled.Contains(rule.Id)) continue;
            // The most specific clauses first: one that only this rule enforces says most about the finding.
            var cited = active
                .SelectMany(p => p.Clauses.Where(c => c.EnforcedBy.Contains(rule.Id)).Select(c => (Clause: c, Citation: new Citation(p.Id, c.Id, c.Heading, c.Quote))))
                .OrderBy(x => x.Clause.EnforcedBy.Count)
                .ToList();
            var citations = new CitationList([.. cited.Select(x => x.Citation)], [.. cited.Select(x => x.Clause.EnforcedBy.Count)]);
            compiled.Add(compiler.Compile(rule, _severityOverrides.GetValueOrDefault(rule.Id, rule.Severity), citations));
        }
        var (vocabulary, automaton) = compiler.BuildMatcher();
        var schoolNames = compiler.RecognizerIndex("school-name");
        var classifierRules = _classifier is null ? [] : _classifier.Categories.Select(c => PolicyEngine.ClassifierRuleId(c) is var id
            && (_classifierCategories is null || _classifierCategories.Contains(c)) && !_disabled.Contains(id)
                ? PolicyEngine.ClassifierRule(c, active, _severityOverrides.GetValueOrDefault(id, Severity.Warning))
                : null).ToArray();
        return new PolicyEngine(compiled, _packs.ToList(), active, compiler.Recognizers, vocabulary, automaton, compiler.SetCount, workSet, negationSet, schoolNames, _classifier, classifierRules)
        {
            PatternLiterals = compiler.PatternLiterals(),
            NegationIdiomSet = negationIdiomSet,
            EntityFilters = compiler.EntityFilters(schoolNames),
        };
    }

    private static bool SamePlace(RuleDefinition a, RuleDefinition b) =>
        a.Line == b.Line && a.Column == b.Column && (a.Source == b.Source || FullPath(a.Source) is { } p && p == FullPath(b.Source));

    private static string? FullPath(string file)
    {
        try { return Path.GetFullPath(file); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
    }

    /// <summary>Turns rule definitions into detectors, collecting every phrase into one automaton.</summary>
    private sealed class Compiler(IRecognizer[] recognizers)
    {
        private readonly List<(string Text, string[] Words, bool Inflect, bool Evasions, int Set)> _phrases = [];
        private readonly NormalizedText _norm = new();
        private readonly TokenizedText _tokens = new();

        // The required literals of all patterns, each once; parts refer to them by index.
        private readonly Dictionary<string, int> _literalIds = new(StringComparer.Ordinal);

        // Per pattern with required literals (its slot), their ids.
        private readonly List<int[]> _requiredBySlot = [];

        public PatternLiterals PatternLiterals() => new([.. _literalIds.OrderBy(x => x.Value).Select(x => x.Key)], _requiredBySlot);

        private PatternPart CompilePattern(string pattern)
        {
            Patterns.Validate(pattern);
            var facts = Patterns.FactsOf(pattern);
            var required = facts?.Required?.Select(l => _literalIds.TryGetValue(l, out var id) ? id : _literalIds[l] = _literalIds.Count).ToArray();
            if (required is null) return new PatternPart(pattern, facts, null, -1);
            _requiredBySlot.Add(required);
            return new PatternPart(pattern, facts, required, _requiredBySlot.Count - 1);
        }

        public IReadOnlyList<IRecognizer> Recognizers => recognizers;

        // What the rule parts keep of each recognizer's entities (null: no part uses it).
        private readonly EntityFilter?[] _filters = new EntityFilter?[recognizers.Length];

        /// <summary>Each recognizer's filter; <paramref name="keepAll"/> (the school's names, which decide whether a
        /// draft mentions work) keeps every entity.</summary>
        public EntityFilter?[] EntityFilters(int keepAll)
        {
            var filters = _filters.Select(f => f ?? new EntityFilter()).ToArray<EntityFilter?>();
            if (keepAll >= 0) filters[keepAll] = null;
            return filters;
        }
        public int SetCount { get; private set; }

        public int RecognizerIndex(string name) => Array.FindIndex(recognizers, r => r.Name == name);

        /// <summary>Adds a phrase set; a rule's phrases (<paramref name="rule"/>) must not hold a symbol no word keeps.</summary>
        public int AddPhrases(IReadOnlyList<string> phrases, bool inflect, bool evasions, RuleDefinition? rule = null, IReadOnlyList<YamlPosition>? positions = null)
        {
            var set = SetCount++;
            for (var i = 0; i < phrases.Count; i++)
            {
                var phrase = phrases[i];
                var words = Words(phrase);
                if (rule is not null && LostSymbol() is { } lost)
                    throw Error(rule, positions?.ElementAtOrDefault(i) ?? default, $"rule '{rule.Id}': in the phrase '{phrase}', '{lost}' is not part of any word, so the phrase would match '{string.Join(' ', words)}'; leave it out or use a pattern");
                if (words.Length > 0) _phrases.Add((phrase, words, inflect, evasions, set));
            }
            return set;
        }

        // Symbols that mean something ("% off", "£5", "a = b") but that drafts' words do not keep: a phrase holding one
        // outside a word would silently match without it. Punctuation between words is a separator and is fine.
        private static readonly System.Buffers.SearchValues<char> MeaningfulSymbols = System.Buffers.SearchValues.Create("%£$€#@*=<>~^|\\");

        // A meaningful symbol between the tokens of the phrase just split by Words.
        private char? LostSymbol()
        {
            var chars = _norm.Chars;
            var covered = 0;
            for (var t = 0; t <= _tokens.Count; t++)
            {
                var end = t < _tokens.Count ? _tokens[t].Start : chars.Length;
                if (end > covered && chars[covered..end].IndexOfAny(MeaningfulSymbols) is var k and >= 0) return chars[covered + k];
                if (t < _tokens.Count) covered = _tokens[t].End;
            }
            return null;
        }

        // Read into _norm and _tokens, which LostSymbol looks at after.
        private string[] Words(string phrase) => Tokenizer.PhraseWords(phrase, _norm, _tokens);

        public CompiledRule Compile(RuleDefinition rule, Severity severity, CitationList citations)
        {
            var placeholders = new HashSet<string>(["match", "title", "rule", "category", "evidence"], StringComparer.Ordinal);
            var detector = CompileDetector(rule, rule.Detect, placeholders);
            var message = new MessageTemplate(rule.Message);
            var suggestion = rule.Suggestion is null ? null : new MessageTemplate(rule.Suggestion);
            foreach (var (template, source) in new[] { (message, rule.MessageSource), (suggestion, rule.SuggestionSource) })
                foreach (var (p, offset) in template?.Placeholders ?? [])
                    if (!placeholders.Contains(p))
                        throw Error(rule, source?.PositionOf(offset) ?? default, $"rule '{rule.Id}' uses the placeholder {{{p}}}, which its detector does not fill; available: {string.Join(", ", placeholders.Order().Select(x => "{" + x + "}"))}");
            var near = rule.Unless.Near.Select(p => CompilePart(rule, p, placeholders)).ToArray();
            var overlapping = rule.Unless.Overlapping.Select(p => CompilePart(rule, p, placeholders)).ToArray();
            return new CompiledRule(rule)
            {
                Definition = rule, Detector = detector, Severity = severity, Message = message, Suggestion = suggestion, Citations = citations,
                Near = near,
                Overlapping = overlapping,
            };
        }

        private Detector CompileDetector(RuleDefinition rule, DetectorSpec spec, HashSet<string> placeholders) => spec switch
        {
            CombinationSpec c => new CombinationDetector(
                c.All.Select(p => CompilePart(rule, p, placeholders)).ToArray(),
                c.Any.Select(p => CompilePart(rule, p, placeholders)).ToArray(), c.Within),
            RequiredSpec r => new RequiredDetector(
                r.Any.Select(p => CompilePart(rule, p, placeholders)).ToArray(), r.InProfile,
                (r.Trigger ?? []).Select(p => CompilePart(rule, p, placeholders)).ToArray(),
                r.Any.OfType<LexiconSpec>().SelectMany(l => l.Phrases).ToList()),
            AttachmentSpec a => new AttachmentDetector(a),
            _ => new PartDetector(spec.Kind, CompilePart(rule, spec, placeholders)),
        };

        private Part CompilePart(RuleDefinition rule, DetectorSpec spec, HashSet<string> placeholders)
        {
            switch (spec)
            {
                case LexiconSpec l:
                    if (l.Phrases.Count == 0) throw Error(rule, l.At, $"rule '{rule.Id}' has a lexicon with no phrases");
                    return new LexiconPart(AddPhrases(l.Phrases, l.Inflect, l.Evasions, rule, l.PhraseAt));
                case PatternSpec p:
                    try
                    {
                        return CompilePattern(p.Regex);
                    }
                    catch (ArgumentException e) { throw Error(rule, p.At, $"rule '{rule.Id}' has an invalid regex: {e.Message}"); }
                    catch (NotSupportedException) { throw Error(rule, p.At, $"rule '{rule.Id}' has a regex that cannot run in linear time"); }
                case RecognizerSpec r:
                    var index = RecognizerIndex(r.Name);
                    if (index < 0)
                    {
                        var names = recognizers.Select(x => x.Name).Order().ToList();
                        var hint = YamlReader.Closest(names, r.Name) is { } closest ? $"; did you mean '{closest}'?" : "";
                        throw Error(rule, r.At, $"rule '{rule.Id}' names the recognizer '{r.Name}', which is not registered{hint} (known: {string.Join(", ", names)})");
                    }
                    placeholders.UnionWith(recognizers[index].Placeholders);
                    string[] tags = [.. r.Tags ?? []], exclude = [.. r.ExcludeTags ?? []];
                    if (recognizers[index].PossibleTags is { } possible)
                    {
                        CheckTags(rule, r, possible, tags, r.TagAt, "tags");
                        CheckTags(rule, r, possible, exclude, r.ExcludeTagAt, "exclude-tags");
                    }
                    (_filters[index] ??= new EntityFilter()).Add(tags, exclude, r.MinConfidence);
                    return new RecognizerPart(index, tags, exclude, r.MinConfidence);
                case CombinationSpec c:
                    return new CombinationPart(
                        c.All.Select(p => CompilePart(rule, p, placeholders)).ToArray(),
                        c.Any.Select(p => CompilePart(rule, p, placeholders)).ToArray(), c.Within);
                default:
                    throw Error(rule, spec.At, $"rule '{rule.Id}': a {spec.Kind} detector cannot be used as a part of another detector");
            }
        }

        // Every tag a rule asks for (or excludes) must be one the recognizer can give; else the rule never fires (or never excludes).
        private static void CheckTags(RuleDefinition rule, RecognizerSpec r, IReadOnlyCollection<string> possible, string[] tags, IReadOnlyList<YamlPosition> at, string key)
        {
            for (var i = 0; i < tags.Length; i++)
            {
                if (possible.Any(p => TagMatches(p, tags[i]))) continue;
                var where = i < at.Count ? at[i] : r.At;
                var exact = possible.Where(p => !p.EndsWith('*')).ToList();
                var hint = YamlReader.Closest(exact, tags[i].ToLowerInvariant(), maxEdits: 2) is { } closest ? $"; did you mean '{closest}'?" : "";
                var known = possible.Count == 0 ? $"it gives no tags" : $"its tags: {string.Join(", ", possible)}";
                throw Error(rule, where, $"rule '{rule.Id}' has '{tags[i]}' in '{key}', a tag the recognizer '{r.Name}' never gives{hint} ({known})");
            }
        }

        // Tags compare as Entity.HasTag compares them, ignoring case; "consent:*" stands for every tag it begins.
        private static bool TagMatches(string possible, string tag) =>
            possible.EndsWith('*')
                ? tag.Length >= possible.Length && tag.StartsWith(possible.AsSpan(0, possible.Length - 1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(possible, tag, StringComparison.OrdinalIgnoreCase);

        /// <summary>An error at <paramref name="at"/>, the value it is about, or at the rule when that is unknown (a rule made in code).</summary>
        private static RuleLoadException Error(RuleDefinition rule, YamlPosition at, string problem) =>
            at.Line > 0 ? new(rule.Source, at.Line, at.Column, problem) : new(rule.Source, rule.Line, rule.Column, problem);

        public (Vocabulary, PhraseAutomaton) BuildMatcher()
        {
            // Word classes: a word and the forms its phrases accept share one class (union-find over forms).
            var parent = new Dictionary<string, string>(StringComparer.Ordinal);
            string Find(string x)
            {
                while (parent[x] != x) x = parent[x] = parent[parent[x]];
                return x;
            }
            void Union(string a, string b)
            {
                parent.TryAdd(a, a); parent.TryAdd(b, b);
                var ra = Find(a); var rb = Find(b);
                if (ra != rb) parent[ra] = rb;
            }
            var evasionWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (_, words, inflect, evasions, _) in _phrases)
                foreach (var w in words)
                {
                    foreach (var form in inflect ? Inflections.Of(w) : [w])
                    {
                        Union(w, form);
                        if (evasions) evasionWords.Add(form);
                    }
                }
            var classOfRoot = new Dictionary<string, int>(StringComparer.Ordinal);
            var forms = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var form in parent.Keys.Order(StringComparer.Ordinal))
            {
                var root = Find(form);
                if (!classOfRoot.TryGetValue(root, out var cls)) classOfRoot[root] = cls = classOfRoot.Count;
                forms[form] = cls;
            }
            var evasionForms = evasionWords.ToDictionary(w => w, w => forms[w], StringComparer.Ordinal);
            var vocabulary = new Vocabulary(forms, evasionForms, classOfRoot.Count);

            // One phrase object per distinct (words, inflect, evasions); it lists the sets that want it.
            var phrases = new List<Phrase>();
            var byKey = new Dictionary<string, (Phrase Phrase, List<int> Sets)>(StringComparer.Ordinal);
            foreach (var (text, words, inflect, evasions, set) in _phrases)
            {
                var key = $"{string.Join(' ', words)}|{inflect}|{evasions}";
                if (!byKey.TryGetValue(key, out var entry))
                {
                    var phrase = new Phrase(text, words.Select(w => forms[w]).ToArray(), words, inflect, evasions);
                    byKey[key] = entry = (phrase, []);
                    phrases.Add(phrase);
                }
                if (!entry.Sets.Contains(set)) entry.Sets.Add(set);
            }
            foreach (var (phrase, sets) in byKey.Values) phrase.Sets = [.. sets];
            return (vocabulary, new PhraseAutomaton(phrases, Math.Max(1, classOfRoot.Count), forms));
        }
    }
}
