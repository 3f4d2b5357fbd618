using System.Globalization;

namespace PolicyRules.Loading;

/// <summary>
/// Reads a YAML mapping strictly: every key must be read, so a misspelt key is an error that
/// names the key, suggests the closest known one, and gives the position.
/// </summary>
internal sealed class YamlReader
{
    private readonly YamlMapping _map;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlReader(YamlNode node, string file, string what)
    {
        File = file;
        What = what;
        _map = node as YamlMapping ?? throw Error(node, $"{what} must be a mapping of keys to values, not {node.KindName}");
    }

    public string File { get; }
    /// <summary>How errors name this mapping, e.g. "rule 'pupil-full-name'"; refined once the id is known.</summary>
    public string What { get; set; }
    public YamlPosition Position => _map.Position;

    public RuleLoadException Error(YamlNode at, string problem) =>
        new(File, at.Position.Line, at.Position.Column, problem);

    public RuleLoadException Error(string problem) => Error(_map, problem);

    public YamlNode? Optional(string key)
    {
        _known.Add(key);
        foreach (var (k, v) in _map.Entries)
            if (k.Value == key) return v;
        return null;
    }

    public YamlNode Required(string key)
    {
        if (Optional(key) is { } node) return node;
        // A misspelt required key is better reported as the misspelling.
        foreach (var (k, _) in _map.Entries)
            if (!_known.Contains(k.Value) && Distance(k.Value, key) <= 2)
                throw Error(k, $"unknown key '{k.Value}' in {What}; did you mean '{key}'?");
        throw Error($"{What} is missing the required key '{key}'");
    }

    public bool Has(string key)
    {
        foreach (var (k, _) in _map.Entries)
            if (k.Value == key) return true;
        return false;
    }

    public string RequiredString(string key) => AsString(Required(key), key);

    public string? OptionalString(string key) => Optional(key) is { } n ? AsString(n, key) : null;

    public string AsString(YamlNode node, string key)
    {
        if (node is not YamlScalar s)
            throw Error(node, $"'{key}' must be a single value, not {node.KindName}");
        if (string.IsNullOrWhiteSpace(s.Value))
            throw Error(node, $"'{key}' must not be empty");
        return s.Value;
    }

    public bool? OptionalBool(string key)
    {
        if (Optional(key) is not { } n) return null;
        return AsString(n, key) switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            var other => throw Error(n, $"'{key}' must be true or false, not '{other}'"),
        };
    }

    public double? OptionalNumber(string key, double min, double max)
    {
        if (Optional(key) is not { } n) return null;
        var text = AsString(n, key);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw Error(n, $"'{key}' must be a number from {min} to {max}, not '{text}'");
        return value;
    }

    /// <summary>A list of strings; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<string>? OptionalStringList(string key) =>
        Optional(key) is { } n ? StringList(n, key) : null;

    public IReadOnlyList<string> StringList(YamlNode node, string key)
    {
        if (node is YamlScalar) return [AsString(node, key)];
        if (node is not YamlSequence seq)
            throw Error(node, $"'{key}' must be a list of values, not {node.KindName}");
        var list = new List<string>(seq.Items.Count);
        foreach (var item in seq.Items) list.Add(AsString(item, key));
        return list;
    }

    public IEnumerable<string> Keys => _map.Entries.Select(e => e.Key.Value);

    /// <summary>Fails on the first key that nothing read.</summary>
    public void EnsureNoUnknownKeys()
    {
        foreach (var (k, _) in _map.Entries)
        {
            if (_known.Contains(k.Value)) continue;
            var hint = Closest(_known, k.Value) is { } closest ? $"; did you mean '{closest}'?" : "";
            throw Error(k, $"unknown key '{k.Value}' in {What}{hint} (expected one of: {string.Join(", ", _known.Order())})");
        }
    }

    /// <summary>The known name closest to <paramref name="name"/> when it is at most <paramref name="maxEdits"/> edits away,
    /// for a 'did you mean' hint; else null.</summary>
    internal static string? Closest(IEnumerable<string> known, string name, int maxEdits = 3) =>
        known.MinBy(k => Distance(k, name)) is { } closest && Distance(closest, name) <= maxEdits ? closest : null;

    /// <summary>The edit distance between two names, for 'did you mean' hints.</summary>
    internal static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
