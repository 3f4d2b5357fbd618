using System.Text;
using System.Text.RegularExpressions;

namespace PolicyRules.Cli.Config;

/// <summary>A path glob: <c>*</c> within a folder name, <c>**</c> across folders, <c>?</c> one character. Paths use '/'.</summary>
internal sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var p = pattern.Replace('\\', '/');
        if (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
        var anchored = p.Contains('/') && !p.StartsWith("**/", StringComparison.Ordinal);
        var sb = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                i++;
                if (i + 1 < p.Length && p[i + 1] == '/') { i++; sb.Append("(?:.*/)?"); }
                else sb.Append(".*");
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        // A folder pattern matches everything under it.
        sb.Append(p.EndsWith('/') ? ".*$" : "(?:/.*)?$");
        _regex = new Regex(sb.ToString(), RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None));
    }

    public string Pattern { get; }

    /// <summary>True when the path (relative, '/'-separated) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath.Replace('\\', '/'));

    public static bool HasWildcards(string path) => path.IndexOfAny(['*', '?']) >= 0;
}
