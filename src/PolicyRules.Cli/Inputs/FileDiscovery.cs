using PolicyRules.Cli.Config;

namespace PolicyRules.Cli.Inputs;

/// <summary>
/// Turns the command's arguments into files: a file as given, a folder walked recursively for
/// checkable extensions, a glob (<c>newsletters/**/*.md</c>) matched under its fixed leading folder,
/// and <c>-</c> for standard input. Skips bin, obj, .git, node_modules and the config's ignore globs.
/// </summary>
internal static class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules", ".vs", ".idea" };

    public static IReadOnlyList<string> Expand(IEnumerable<string> args, CliConfig config)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string f)
        {
            if (f == "-" || seen.Add(Path.GetFullPath(f))) files.Add(f);
        }
        foreach (var arg in args)
        {
            if (arg == "-") { Add(arg); continue; }
            if (File.Exists(arg)) { Add(arg); continue; }   // a file named on the command line is checked even if ignored
            if (Directory.Exists(arg))
            {
                foreach (var f in Walk(arg, config).Where(f => InputReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())))
                    Add(f);
                continue;
            }
            if (Glob.HasWildcards(arg))
            {
                var (root, pattern) = SplitGlob(arg);
                var glob = new Glob(pattern);
                var matched = Walk(root, config)
                    .Where(f => glob.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
                    .ToList();
                if (matched.Count == 0) throw new UsageException($"no files match {arg}");
                foreach (var f in matched) Add(f);
                continue;
            }
            throw new UsageException($"no such file or folder: {arg}");
        }
        return files;
    }

    /// <summary>The folder before the first wildcard, and the rest of the pattern.</summary>
    private static (string Root, string Pattern) SplitGlob(string arg)
    {
        var parts = arg.Replace('\\', '/').Split('/');
        var fixedCount = 0;
        while (fixedCount < parts.Length - 1 && !Glob.HasWildcards(parts[fixedCount])) fixedCount++;
        var root = fixedCount == 0 ? "." : string.Join('/', parts[..fixedCount]);
        if (root.Length == 0) root = "/";
        return (root, string.Join('/', parts[fixedCount..]));
    }

    private static IEnumerable<string> Walk(string root, CliConfig config)
    {
        var stack = new Stack<string>([root]);
        var results = new List<string>();
        while (stack.Count > 0)
        {
            var dir = stack.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(dir).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                var display = root == "." && entry.StartsWith("./", StringComparison.Ordinal) ? entry[2..] : entry;
                if (Directory.Exists(entry))
                {
                    if (!SkippedFolders.Contains(name) && !config.IsIgnored(entry)) stack.Push(display);
                }
                else if (!config.IsIgnored(entry))
                {
                    results.Add(display);
                }
            }
        }
        results.Sort(StringComparer.Ordinal);
        return results;
    }
}
