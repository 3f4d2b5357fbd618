using PolicyRules.Loading;

namespace PolicyRules.Cli.Config;

/// <summary>A <c>.policyrules.yaml</c>: what every check under its folder uses.</summary>
internal sealed record CliConfig
{
    public const string FileName = ".policyrules.yaml";

    /// <summary>The config file, or null when none was found.</summary>
    public string? File { get; init; }
    /// <summary>The folder paths and globs are relative to.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();
    public IReadOnlyList<string> Policies { get; init; } = [];
    /// <summary>Where each id under 'policies' is named, so an unknown one is blamed on its line.</summary>
    public IReadOnlyDictionary<string, YamlPosition> PolicyIds { get; init; } = new Dictionary<string, YamlPosition>();
    public IReadOnlyList<string> Packs { get; init; } = [];
    public IReadOnlyList<string> PolicyFiles { get; init; } = [];
    public string? Channel { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<PathContext> Paths { get; init; } = [];
    public IReadOnlyList<string> SchoolNames { get; init; } = [];
    public IReadOnlyList<string> StaffNames { get; init; } = [];
    public IReadOnlyList<string> SchoolContacts { get; init; } = [];
    public IReadOnlyList<string> SchoolDomains { get; init; } = [];
    public IReadOnlyList<RosterEntry> Roster { get; init; } = [];
    public IReadOnlyDictionary<string, Severity> Severity { get; init; } = new Dictionary<string, Severity>();
    /// <summary>Rules not run at all.</summary>
    public IReadOnlyList<string> Disable { get; init; } = [];
    public IReadOnlyList<Glob> Ignore { get; init; } = [];
    /// <summary>Where each rule id under 'severity' and 'disable' is named, so an unknown one is blamed on its line.</summary>
    public IReadOnlyDictionary<string, YamlPosition> RuleIds { get; init; } = new Dictionary<string, YamlPosition>();

    /// <summary>The path relative to the config folder, '/'-separated.</summary>
    public string Relative(string path) =>
        Path.GetRelativePath(BaseDirectory, Path.GetFullPath(path)).Replace('\\', '/');

    public bool IsIgnored(string path) => Ignore.Any(g => g.IsMatch(Relative(path)));

    /// <summary>The channel and author for a file: the last matching <c>paths</c> entry wins over the defaults.</summary>
    public (string? Channel, string? Author) ContextFor(string path)
    {
        var (channel, author) = (Channel, Author);
        if (path == "-") return (channel, author);
        var rel = Relative(path);
        foreach (var p in Paths)
            if (p.Glob.IsMatch(rel))
            {
                channel = p.Channel ?? channel;
                author = p.Author ?? author;
            }
        return (channel, author);
    }
}

/// <summary>A <c>paths</c> entry: files matching the glob default to this channel and author.</summary>
internal sealed record PathContext(Glob Glob, string? Channel, string? Author);
