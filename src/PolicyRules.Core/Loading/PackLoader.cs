using System.Globalization;
using System.Buffers;
using System.Text.Unicode;
using PolicyRules.Loading;

namespace PolicyRules;

/// <summary>Loads rule packs and policy files from YAML, strictly.</summary>
public static class RuleFiles
{
    /// <summary>Files larger than this are refused before parsing.</summary>
    public const int MaxFileChars = 16 * 1024 * 1024;

    /// <summary>
    /// Reads a pack, policy or config file strictly, as the command line reads drafts: UTF-8 (a byte order mark is
    /// dropped), or UTF-16 after its byte order mark. A file in a legacy code page (Notepad's "ANSI") is refused rather
    /// than read with U+FFFD in place of its accented letters, whose rules would then never fire.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for the message when it cannot be read ("the config").</param>
    /// <exception cref="RuleLoadException">The file cannot be read, or is not valid text: the message gives its line,
    /// column and byte offset ("invalid UTF-8 at byte 78").</exception>
    public static string ReadFile(string path, string what = "the file")
    {
        byte[] bytes;
        try
        {
            // Refused before it is read: a pack, policy or config is never this large.
            if (new FileInfo(path) is { Exists: true } info && info.Length > MaxFileChars * 2L)
                throw new RuleLoadException(path, 0, 0, $"the file is larger than {MaxFileChars / (1024 * 1024)} MB");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RuleLoadException(path, 0, 0, $"cannot read {what}: {e.Message}");
        }
        var (bom, utf16, bigEndian) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, false, false),
            [0xFF, 0xFE, ..] => (2, true, false),
            [0xFE, 0xFF, ..] => (2, true, true),
            _ => (0, false, false),
        };
        var body = bytes.AsSpan(bom);
        var chars = new char[body.Length];
        int read, written;
        if (!utf16)
        {
            if (Utf8.ToUtf16(body, chars, out read, out written, replaceInvalidSequences: false) == OperationStatus.Done)
                return new string(chars, 0, written);
        }
        else
        {
            // Code unit by code unit: the first odd byte or unpaired surrogate.
            for (read = written = 0; read + 1 < body.Length; read += 2, written++)
            {
                chars[written] = (char)(bigEndian ? body[read] << 8 | body[read + 1] : body[read + 1] << 8 | body[read]);
                var pairedHigh = char.IsHighSurrogate(chars[written]) && read + 3 < body.Length
                    && char.IsLowSurrogate((char)(bigEndian ? body[read + 2] << 8 | body[read + 3] : body[read + 3] << 8 | body[read + 2]));
                if (char.IsLowSurrogate(chars[written]) && (written == 0 || !char.IsHighSurrogate(chars[written - 1]))) break;
                if (char.IsHighSurrogate(chars[written]) && !pairedHigh) break;
            }
            if (read == body.Length) return new string(chars, 0, written);
        }
        // The text before the first bad byte gives its line and column.
        var prefix = chars.AsSpan(0, written);
        var lineStart = prefix.LastIndexOf('\n') + 1;
        var name = utf16 ? "UTF-16" : "UTF-8";
        throw new RuleLoadException(path, prefix.Count('\n') + 1, prefix.Length - lineStart + 1, $"invalid {name} at byte {bom + read}; save the file as {name}");
    }

    /// <summary>Loads a rule pack from YAML text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="RuleLoadException">The pack is not valid; the message says where and why.</exception>
    public static RulePack LoadPack(string yaml, string file)
    {
        var root = new YamlReader(Parse(yaml, file), file, "a rule pack");
        var name = root.RequiredString("pack");
        var versionNode = root.Optional("version");
        var version = 1;
        if (versionNode is not null && !int.TryParse(root.AsString(versionNode, "version"), NumberStyles.None, CultureInfo.InvariantCulture, out version))
            throw root.Error(versionNode, "'version' must be a whole number");
        // A later version may mean something this loader would read differently: refuse it rather than guess.
        if (version != RulePack.SupportedVersion)
            throw root.Error(versionNode!, $"unsupported pack version {version}; this version of PolicyRules reads version {RulePack.SupportedVersion}");
        var description = root.OptionalString("description");
        var workTerms = root.OptionalStringList("work-terms") ?? [];
        var rulesNode = root.Required("rules");
        root.EnsureNoUnknownKeys();
        if (rulesNode is not YamlSequence seq)
            throw root.Error(rulesNode, "'rules' must be a list of rules");

        var rules = new List<RuleDefinition>();
        var examples = new Dictionary<string, IReadOnlyList<RuleExample>>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Items)
        {
            var (rule, ruleExamples) = LoadRule(item, file, name);
            if (!ids.Add(rule.Id))
                throw new RuleLoadException(file, item.Position.Line, item.Position.Column, $"duplicate rule id '{rule.Id}'");
            rules.Add(rule);
            if (ruleExamples.Count > 0) examples[rule.Id] = ruleExamples;
        }
        return new RulePack { Name = name, Version = version, Description = description, Rules = rules, WorkTerms = workTerms, Examples = examples, File = file };
    }

    /// <summary>Loads a policy file from YAML text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="RuleLoadException">The policy is not valid; the message says where and why.</exception>
    public static PolicyDocument LoadPolicy(string yaml, string file)
    {
        var root = new YamlReader(Parse(yaml, file), file, "a policy file");
        var id = root.RequiredString("policy");
        var title = root.RequiredString("title");
        var source = root.OptionalString("source");
        var url = root.OptionalString("url");
        var adopted = root.OptionalString("adopted");
        var clausesNode = root.Required("clauses");
        var categoriesNode = root.Optional("categories");
        root.EnsureNoUnknownKeys();
        if (clausesNode is not YamlSequence seq || seq.Items.Count == 0)
            throw root.Error(clausesNode, "'clauses' must be a non-empty list of clauses");

        var clauses = new List<PolicyClause>();
        var clauseIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Items)
        {
            var c = new YamlReader(item, file, "a clause");
            var clauseId = c.RequiredString("id");
            if (!clauseIds.Add(clauseId)) throw c.Error($"duplicate clause id '{clauseId}'");
            var heading = c.RequiredString("heading");
            var quote = c.RequiredString("quote");
            var enforcedNode = c.Optional("enforced-by");
            var checkable = c.OptionalBool("checkable") ?? true;
            var reason = c.OptionalString("reason");
            c.EnsureNoUnknownKeys();
            var enforced = enforcedNode is null ? [] : c.StringList(enforcedNode, "enforced-by");
            if (checkable && enforced.Count == 0)
                throw c.Error($"clause '{clauseId}' needs 'enforced-by' (the rules that check it) or 'checkable: false' with a 'reason'");
            if (!checkable && enforced.Count > 0)
                throw c.Error(enforcedNode!, $"clause '{clauseId}' is 'checkable: false' but lists rules in 'enforced-by'");
            if (!checkable && reason is null)
                throw c.Error($"clause '{clauseId}' is 'checkable: false' and needs a one-line 'reason'");
            IReadOnlyList<YamlPosition> positions = enforcedNode switch
            {
                YamlSequence s => s.Items.Select(i => i.Position).ToList(),
                { } n => [n.Position],
                null => [],
            };
            clauses.Add(new PolicyClause
            {
                Id = clauseId, Heading = heading, Quote = Collapse(quote), EnforcedBy = enforced,
                Checkable = checkable, Reason = reason, EnforcedByPositions = positions,
            });
        }

        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        if (categoriesNode is not null)
        {
            var map = new YamlReader(categoriesNode, file, "'categories'");
            foreach (var category in WireNames.Categories)
            {
                if (map.Optional(category) is not { } node) continue;
                var clauseId = map.AsString(node, category);
                if (!clauseIds.Contains(clauseId))
                    throw map.Error(node, $"'categories' names clause '{clauseId}', which is not in this policy");
                categories[category] = clauseId;
            }
            map.EnsureNoUnknownKeys();
        }
        return new PolicyDocument
        {
            Id = id, Title = title, Source = source, Url = url, Adopted = adopted, Clauses = clauses,
            CategoryClauses = categories, File = file,
        };
    }

    private static YamlNode Parse(string yaml, string file)
    {
        if (yaml.Length > MaxFileChars)
            throw new RuleLoadException(file, 0, 0, $"the file is larger than {MaxFileChars / (1024 * 1024)} MB");
        return YamlTree.Parse(yaml, file);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (RuleDefinition, IReadOnlyList<RuleExample>) LoadRule(YamlNode node, string file, string pack)
    {
        var r = new YamlReader(node, file, "a rule");
        var id = r.RequiredString("id");
        if (!IsId(id)) throw r.Error(r.Required("id"), $"rule id '{id}' must be lower-case letters, digits and hyphens");
        var what = $"rule '{id}'";
        r.What = what;
        var title = r.RequiredString("title");
        var categoryNode = r.Optional("category");
        var category = categoryNode is null ? pack : r.AsString(categoryNode, "category");
        if (!WireNames.Categories.Contains(category))
            throw r.Error(categoryNode ?? r.Required("id"),
                $"{what} has category '{category}', which is not one of: {string.Join(", ", WireNames.Categories)}" +
                (categoryNode is null ? " (set 'category' when the pack is not named after one)" : ""));
        var severity = Severity.Error;
        if (r.Optional("severity") is { } sevNode && !WireNames.TryParse(r.AsString(sevNode, "severity"), out severity))
            throw r.Error(sevNode, $"severity must be one of: {WireNames.List<Severity>()}");
        var confidence = r.OptionalNumber("confidence", 0, 1) ?? 0.9;
        var when = r.Optional("when") is { } w ? LoadConditions(w, file, what) : RuleConditions.Always;
        var detectNode = r.Required("detect");
        var detect = DetectorSyntax.Parse(detectNode, file, $"'detect' of {what}");
        var unless = r.Optional("unless") is { } u ? LoadExceptions(u, file, what) : RuleExceptions.None;
        var messageNode = r.Required("message");
        var message = r.AsString(messageNode, "message");
        var suggestionNode = r.Optional("suggestion");
        var suggestion = suggestionNode is null ? null : r.AsString(suggestionNode, "suggestion");
        var everyMention = r.OptionalBool("every-mention") ?? false;
        var examples = r.Optional("examples") is { } e ? LoadExamples(e, file, what) : [];
        r.EnsureNoUnknownKeys();
        var rule = new RuleDefinition
        {
            Id = id, Title = title, Category = category, Severity = severity, Confidence = confidence, When = when,
            Detect = detect, Unless = unless, Message = message, Suggestion = suggestion, EveryMention = everyMention, Source = file,
            Line = r.Position.Line, Column = r.Position.Column,
            MessageSource = messageNode as YamlScalar, SuggestionSource = suggestionNode as YamlScalar,
        };
        return (rule, examples);
    }

    private static bool IsId(string id) => id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && char.IsLetter(id[0]);

    private static RuleConditions LoadConditions(YamlNode node, string file, string what)
    {
        var r = new YamlReader(node, file, $"'when' of {what}");
        var channels = ParseEnums<Channel>(r, "channel");
        var authors = ParseEnums<AuthorRole>(r, "author");
        var mentions = r.OptionalBool("mentions-work");
        var roster = r.OptionalBool("has-roster");
        r.EnsureNoUnknownKeys();
        return new RuleConditions { Channels = channels, Authors = authors, MentionsWork = mentions, HasRoster = roster };
    }

    private static IReadOnlyList<T> ParseEnums<T>(YamlReader r, string key) where T : struct, Enum
    {
        if (r.Optional(key) is not { } node) return [];
        var list = new List<T>();
        var items = node is YamlSequence s ? s.Items : [node];
        foreach (var item in items)
        {
            var text = r.AsString(item, key);
            if (!WireNames.TryParse<T>(text, out var value))
                throw r.Error(item, $"unknown {key} '{text}'; expected one of: {WireNames.List<T>()}");
            list.Add(value);
        }
        return list;
    }

    private static RuleExceptions LoadExceptions(YamlNode node, string file, string what)
    {
        var r = new YamlReader(node, file, $"'unless' of {what}");
        var negated = r.OptionalBool("negated") ?? false;
        var quoted = r.OptionalBool("quoted") ?? false;
        var near = r.Optional("near") is { } n ? DetectorSyntax.ParseParts(r, n, "near") : [];
        var within = r.OptionalNumber("within", 0, 1000);
        var sameSentenceNode = r.Optional("same-sentence");
        var sameSentence = r.OptionalBool("same-sentence") ?? false;
        if (sameSentence && within is null)
            throw r.Error(sameSentenceNode!, $"'same-sentence' of {what} needs 'within': without it, near parts already count only in the finding's sentence");
        var overlapping = r.Optional("overlapping") is { } o ? DetectorSyntax.ParseParts(r, o, "overlapping") : [];
        r.EnsureNoUnknownKeys();
        return new RuleExceptions { Negated = negated, Quoted = quoted, Near = near, Within = within is null ? null : (int)within, SameSentence = sameSentence, Overlapping = overlapping };
    }

    private static IReadOnlyList<RuleExample> LoadExamples(YamlNode node, string file, string what)
    {
        var r = new YamlReader(node, file, $"'examples' of {what}");
        var list = new List<RuleExample>();
        foreach (var (key, positive) in new[] { ("match", true), ("clean", false) })
        {
            if (r.Optional(key) is not { } items) continue;
            if (items is not YamlSequence seq) throw r.Error(items, $"'{key}' must be a list of drafts");
            foreach (var item in seq.Items)
            {
                if (item is YamlScalar s) { list.Add(new RuleExample(r.AsString(s, key), positive)); continue; }
                var e = new YamlReader(item, file, "an example");
                var text = e.RequiredString("text");
                Channel? channel = null;
                AuthorRole? author = null;
                if (e.Optional("channel") is { } c)
                    channel = WireNames.TryParse<Channel>(e.AsString(c, "channel"), out var cv) ? cv : throw e.Error(c, $"unknown channel; expected one of: {WireNames.List<Channel>()}");
                if (e.Optional("author") is { } a)
                    author = WireNames.TryParse<AuthorRole>(e.AsString(a, "author"), out var av) ? av : throw e.Error(a, $"unknown author; expected one of: {WireNames.List<AuthorRole>()}");
                var profile = e.OptionalString("profile");
                var school = e.OptionalString("school");
                var roster = e.Optional("roster") is { } ro ? LoadRoster(e, ro) : [];
                var attachments = e.Optional("attachments") is { } at ? LoadAttachments(e, at) : [];
                e.EnsureNoUnknownKeys();
                list.Add(new RuleExample(text, positive, channel, author, profile)
                {
                    School = school, Roster = roster, Attachments = attachments,
                });
            }
        }
        r.EnsureNoUnknownKeys();
        return list;
    }

    // roster: ["First Last", {name: "First Last", consent: [full-name, photo]}]
    private static List<RosterEntry> LoadRoster(YamlReader owner, YamlNode node)
    {
        if (node is not YamlSequence seq) throw owner.Error(node, "'roster' must be a list of names");
        var list = new List<RosterEntry>();
        foreach (var item in seq.Items)
        {
            if (item is YamlScalar s) { list.Add(new RosterEntry(owner.AsString(s, "roster"))); continue; }
            var e = new YamlReader(item, owner.File, "a roster entry");
            var name = e.RequiredString("name");
            var consent = e.OptionalStringList("consent") ?? [];
            e.EnsureNoUnknownKeys();
            list.Add(new RosterEntry(name, consent));
        }
        return list;
    }

    // attachments: [{kind: image, shows-pupils: true, consent: false}]
    private static List<Attachment> LoadAttachments(YamlReader owner, YamlNode node)
    {
        if (node is not YamlSequence seq) throw owner.Error(node, "'attachments' must be a list of attachments");
        var list = new List<Attachment>();
        foreach (var item in seq.Items)
        {
            var e = new YamlReader(item, owner.File, "an attachment");
            var kind = e.OptionalString("kind") ?? "image";
            var shows = e.OptionalBool("shows-pupils") ?? false;
            var consent = e.OptionalBool("consent") ?? false;
            e.EnsureNoUnknownKeys();
            list.Add(new Attachment(kind, shows, consent));
        }
        return list;
    }
}
