using PolicyRules.Cli.Config;

namespace PolicyRules.Cli.Inputs;

/// <summary>A path met while walking a folder that is not checked: a folder that cannot be listed (an error, which
/// makes the run exit 2, as an unreadable file does) or a symbolic link to a folder already walked (a warning).</summary>
internal sealed record PathProblem(string Path, string Message, bool IsError);

/// <summary>The files to check, in order, and the problems met finding them.</summary>
internal sealed record Discovery(IReadOnlyList<string> Files, IReadOnlyList<PathProblem> Problems)
{
    /// <summary>The folders that could not be read.</summary>
    public int UnreadableFolders => Problems.Count(p => p.IsError);

    /// <summary>Writes each problem to standard error: "error: cannot read DIR: ..." or "warning: LINK: ...".</summary>
    public void Report(TextWriter error)
    {
        foreach (var p in Problems)
            error.WriteLine(p.IsError ? $"error: cannot read {p.Path}: {p.Message}" : $"warning: {p.Path}: {p.Message}");
    }
}

/// <summary>
/// Turns the command's arguments into files: a file as given, a folder walked recursively for
/// checkable extensions, a glob (<c>newsletters/**/*.md</c>) matched under its fixed leading folder,
/// and <c>-</c> for standard input. Skips bin, obj, .git, node_modules and the config's ignore globs.
/// A folder is walked once, however many symbolic links lead to it: a link back to a folder it is in (a loop) or to
/// a folder already walked is reported and not followed.
/// </summary>
internal static class FileDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules", ".vs", ".idea" };

    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static IEnumerable<string> ListEntries(string dir) => Directory.EnumerateFileSystemEntries(dir).ToList();

    /// <summary>The files the arguments name, and the problems met walking folders.</summary>
    /// <param name="args">Files, folders, globs and <c>-</c>.</param>
    /// <param name="config">The config, for its ignore globs.</param>
    /// <param name="list">Lists a folder's entries (tests stand in for a folder that cannot be read).</param>
    public static Discovery Expand(IEnumerable<string> args, CliConfig config, Func<string, IEnumerable<string>>? list = null)
    {
        list ??= ListEntries;
        var files = new List<string>();
        var problems = new List<PathProblem>();
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
                foreach (var f in Walk(arg, config, list, problems).Where(f => InputReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())))
                    Add(f);
                continue;
            }
            if (Glob.HasWildcards(arg))
            {
                var (root, pattern) = SplitGlob(arg);
                var glob = new Glob(pattern);
                var matched = Walk(root, config, list, problems)
                    .Where(f => glob.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
                    .ToList();
                if (matched.Count == 0 && !problems.Any(p => p.IsError)) throw new UsageException($"no files match {arg}");
                foreach (var f in matched) Add(f);
                continue;
            }
            throw new UsageException($"no such file or folder: {arg}");
        }
        // The same folder named twice is walked twice: say each thing once.
        return new Discovery(files, problems.Distinct().ToList());
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

    /// <summary>
    /// The files under <paramref name="root"/>, sorted. Each folder is walked once, by its real path (symbolic links
    /// resolved): the folders reached without a link first, then those behind links, so a file is shown by its own path
    /// where it has one. A link to a folder already walked is reported as a warning and not followed; a folder that cannot
    /// be listed is reported as an error, and the walk goes on.
    /// </summary>
    private static List<string> Walk(string root, CliConfig config, Func<string, IEnumerable<string>> list, List<PathProblem> problems)
    {
        var walked = new Dictionary<string, string>(PathComparer); // real path -> the path it was walked as
        var stack = new Stack<(string Display, string Real)>();
        var links = new Queue<(string Display, string RealParent, string Entry)>();
        var results = new List<string>();
        var rootReal = RealPathOrFull(root);
        walked[rootReal] = root;
        stack.Push((root, rootReal));
        while (stack.Count > 0 || links.Count > 0)
        {
            if (stack.Count == 0)
            {
                var (display, realParent, entry) = links.Dequeue();
                if (Follow(display, realParent, entry, walked, problems) is { } real) stack.Push((display, real));
                continue;
            }
            var (dir, dirReal) = stack.Pop();
            List<string> entries;
            try
            {
                entries = [.. list(dir)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new PathProblem(dir, e.Message, IsError: true));
                continue;
            }
            entries.Sort(StringComparer.Ordinal);
            // Pushed in reverse, so folders are walked in order and a link's warning names the first path to a folder.
            var folders = new List<(string Display, string Real)>();
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                var display = root == "." && entry.StartsWith("./", StringComparison.Ordinal) ? entry[2..] : entry;
                if (Directory.Exists(entry))
                {
                    if (SkippedFolders.Contains(name) || config.IsIgnored(entry)) continue;
                    if (IsLink(entry)) links.Enqueue((display, dirReal, entry));
                    else
                    {
                        var real = Path.Combine(dirReal, name);
                        if (walked.TryAdd(real, display)) folders.Add((display, real));
                    }
                }
                else if (!config.IsIgnored(entry))
                {
                    results.Add(display);
                }
            }
            for (var i = folders.Count - 1; i >= 0; i--) stack.Push(folders[i]);
        }
        results.Sort(StringComparer.Ordinal);
        return results;
    }

    /// <summary>The real path of a link to a folder, to walk it; or null, with a warning, when that folder is walked already.</summary>
    private static string? Follow(string display, string realParent, string entry, Dictionary<string, string> walked, List<PathProblem> problems)
    {
        string real;
        try
        {
            real = RealPath(Path.Combine(realParent, Path.GetFileName(entry)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new PathProblem(display, e.Message, IsError: true));
            return null;
        }
        if (walked.TryAdd(real, display)) return real;
        var at = walked[real];
        var loop = PathComparer.Equals(real, realParent) || realParent.StartsWith(Path.TrimEndingDirectorySeparator(real) + Path.DirectorySeparatorChar, PathComparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        problems.Add(new PathProblem(display, loop
            ? $"not followed: a symbolic link to {at}, a folder it is in (a loop)"
            : $"not followed: a symbolic link to {at}, which is checked already", IsError: false));
        return null;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new DirectoryInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string RealPathOrFull(string path)
    {
        try
        {
            return RealPath(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(path);
        }
    }

    /// <summary>
    /// The path with every symbolic link in it resolved, component by component (as realpath(3) does: a ".." after a link
    /// is the parent of the link's target). Throws an <see cref="IOException"/> after 40 links, as the system does.
    /// </summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var pending = new Stack<string>(Components(full[root.Length..]).Reverse());
        var current = root;
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++hops > 40) throw new IOException($"too many levels of symbolic links in {path}");
            if (Path.IsPathRooted(target))
            {
                var targetRoot = Path.GetPathRoot(target) ?? "";
                current = targetRoot;
                target = target[targetRoot.Length..];
            }
            foreach (var p in Components(target).Reverse()) pending.Push(p);
        }
        return current;
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
