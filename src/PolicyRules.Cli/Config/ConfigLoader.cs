using PolicyRules.Loading;

namespace PolicyRules.Cli.Config;

/// <summary>
/// Finds <c>.policyrules.yaml</c> by walking up from a folder, and reads it with the same strict reader
/// as rule packs: an unknown key, a wrong type or a bad value names the file, line and key.
/// </summary>
internal static class ConfigLoader
{
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, CliConfig.FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <exception cref="RuleLoadException">The file is not a valid config.</exception>
    public static CliConfig Load(string file)
    {
        return Parse(RuleFiles.ReadFile(file, "the config"), file);
    }

    public static CliConfig Parse(string text, string file)
    {
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (string.IsNullOrWhiteSpace(text)) return new CliConfig { File = file, BaseDirectory = baseDir };
        var r = new YamlReader(YamlTree.Parse(text, file), file, "the config");
        string Resolve(string p) => Path.GetFullPath(Path.Combine(baseDir, p));
        var channel = Enum<PolicyRules.Channel>(r, r.Optional("channel"), "channel");
        var author = Enum<AuthorRole>(r, r.Optional("author"), "author");

        var paths = new List<PathContext>();
        if (r.Optional("paths") is { } pathsNode)
        {
            if (pathsNode is not YamlSequence seq) throw r.Error(pathsNode, $"'paths' must be a list of {{ glob, channel, author }}, not {pathsNode.KindName}");
            foreach (var item in seq.Items)
            {
                var p = new YamlReader(item, file, "a 'paths' entry");
                var glob = p.RequiredString("glob");
                var c = Enum<PolicyRules.Channel>(p, p.Optional("channel"), "channel");
                var a = Enum<AuthorRole>(p, p.Optional("author"), "author");
                p.EnsureNoUnknownKeys();
                if (c is null && a is null) throw p.Error($"the 'paths' entry for '{glob}' sets neither 'channel' nor 'author'");
                paths.Add(new PathContext(new Glob(glob), c, a));
            }
        }

        var severity = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var ruleIds = new Dictionary<string, YamlPosition>(StringComparer.Ordinal);
        if (r.Optional("severity") is { } sevNode)
        {
            if (sevNode is not YamlMapping map) throw r.Error(sevNode, $"'severity' must map rule ids to info, warning or error, not {sevNode.KindName}");
            foreach (var (key, value) in map.Entries)
            {
                var s = r.AsString(value, key.Value);
                if (!WireNames.TryParse<Severity>(s, out var sev))
                    throw r.Error(value, $"'severity' of '{key.Value}' must be one of {WireNames.List<Severity>()}, not '{s}'");
                severity[key.Value] = sev;
                ruleIds[key.Value] = key.Position;
            }
        }

        var disable = new List<string>();
        if (r.Optional("disable") is { } disableNode)
        {
            IReadOnlyList<YamlNode> items = disableNode switch
            {
                YamlSequence seq => seq.Items,
                YamlScalar => [disableNode],
                _ => throw r.Error(disableNode, $"'disable' must be a list of rule ids, not {disableNode.KindName}"),
            };
            foreach (var item in items)
            {
                var id = r.AsString(item, "disable");
                // Which of the two was meant is asked, not guessed: a severity for a rule that never runs would be silently dropped.
                if (severity.ContainsKey(id)) throw r.Error(item, $"'{id}' is both disabled and given a severity; remove it from 'disable' or from 'severity'");
                disable.Add(id);
                ruleIds.TryAdd(id, item.Position);
            }
        }

        var roster = r.Optional("roster") is { } rosterNode ? Roster(r, rosterNode, baseDir) : [];
        var policyIds = new Dictionary<string, YamlPosition>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, at) in Items(r, "policies")) policyIds.TryAdd(id, at.Position);
        // A missing file is blamed on the item that names it, not on the config as a whole.
        List<string> Files(string key) => Items(r, key).Select(x => File.Exists(Resolve(x.Value))
            ? Resolve(x.Value)
            : throw r.Error(x.Node, $"the file '{x.Value}' named in '{key}' does not exist ({Resolve(x.Value)})")).ToList();
        var config = new CliConfig
        {
            File = file,
            BaseDirectory = baseDir,
            Policies = [.. policyIds.Keys],
            PolicyIds = policyIds,
            Packs = Files("packs"),
            PolicyFiles = Files("policy-files"),
            Channel = channel,
            Author = author,
            Paths = paths,
            SchoolNames = r.OptionalStringList("school-names") ?? [],
            StaffNames = r.OptionalStringList("staff-names") ?? [],
            SchoolContacts = r.OptionalStringList("school-contacts") ?? [],
            SchoolDomains = r.OptionalStringList("school-domains") ?? [],
            Roster = roster,
            Severity = severity,
            Disable = disable,
            RuleIds = ruleIds,
            Ignore = (r.OptionalStringList("ignore") ?? []).Select(g => new Glob(g)).ToList(),
        };
        r.EnsureNoUnknownKeys();
        return config;
    }

    /// <summary>The values of a list (or single value) and the node of each, for errors that point at one.</summary>
    private static List<(string Value, YamlNode Node)> Items(YamlReader r, string key) => r.Optional(key) switch
    {
        null => [],
        YamlSequence seq => seq.Items.Select(i => (r.AsString(i, key), i)).ToList(),
        var node => [(r.AsString(node, key), node)],
    };

    private static string? Enum<T>(YamlReader r, YamlNode? node, string key) where T : struct, Enum
    {
        if (node is null) return null;
        var text = r.AsString(node, key);
        if (!WireNames.TryParse<T>(text, out _))
            throw r.Error(node, $"'{key}' must be one of {WireNames.List<T>()}, not '{text}'");
        return text.ToLowerInvariant();
    }

    /// <summary><c>roster: pupils.csv</c> or <c>roster: { file: pupils.csv, name-column: name, consent-column: consent }</c>.</summary>
    private static IReadOnlyList<RosterEntry> Roster(YamlReader r, YamlNode node, string baseDir)
    {
        string file;
        string nameColumn = "name", consentColumn = "consent";
        if (node is YamlScalar) file = r.AsString(node, "roster");
        else
        {
            var rr = new YamlReader(node, r.File, "'roster'");
            file = rr.RequiredString("file");
            nameColumn = rr.OptionalString("name-column") ?? nameColumn;
            consentColumn = rr.OptionalString("consent-column") ?? consentColumn;
            rr.EnsureNoUnknownKeys();
        }
        var path = Path.GetFullPath(Path.Combine(baseDir, file));
        if (!File.Exists(path)) throw r.Error(node, $"the roster file '{file}' does not exist");
        try
        {
            return RosterCsv.Read(File.ReadAllText(path), nameColumn, consentColumn);
        }
        catch (FormatException e)
        {
            throw new RuleLoadException(path, 0, 0, e.Message);
        }
    }
}
