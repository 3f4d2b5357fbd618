using System.Text;

namespace PolicyRules.Cli.Fix;

/// <summary>A unified diff (as <c>diff -u</c> prints it) of two texts, line by line, with three lines of context.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string before, string after, string oldName, string newName)
    {
        if (before == after) return "";
        var a = SplitLines(before);
        var b = SplitLines(after);
        var ops = Diff(a, b);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldName).Append('\n');
        sb.Append("+++ ").Append(newName).Append('\n');
        // Group operations into hunks separated by more than 2*Context unchanged lines.
        var i = 0;
        while (i < ops.Count)
        {
            while (i < ops.Count && ops[i].Kind == ' ') i++;
            if (i >= ops.Count) break;
            var start = Math.Max(0, i - Context);
            var end = i;
            var lastChange = i;
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ') lastChange = end;
                else if (end - lastChange > 2 * Context) break;
                end++;
            }
            end = Math.Min(ops.Count, lastChange + Context + 1);
            var hunk = ops.GetRange(start, end - start);
            var oldStart = ops.Take(start).Count(o => o.Kind != '+') + 1;
            var newStart = ops.Take(start).Count(o => o.Kind != '-') + 1;
            var oldCount = hunk.Count(o => o.Kind != '+');
            var newCount = hunk.Count(o => o.Kind != '-');
            sb.Append($"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
            foreach (var o in hunk) sb.Append(o.Kind).Append(o.Line).Append('\n');
            i = end;
        }
        return sb.ToString();
    }

    private static string Range(int start, int count) => count == 1 ? $"{start}" : $"{(count == 0 ? start - 1 : start)},{count}";

    private static string[] SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static List<(char Kind, string Line)> Diff(string[] a, string[] b)
    {
        // Trim the common prefix and suffix, then LCS on the middle (newsletters are small).
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var ops = new List<(char, string)>();
        for (var k = 0; k < prefix; k++) ops.Add((' ', a[k]));
        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        if ((long)n * m > 4_000_000)
        {
            for (var k = 0; k < n; k++) ops.Add(('-', a[prefix + k]));
            for (var k = 0; k < m; k++) ops.Add(('+', b[prefix + k]));
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
                for (var y = m - 1; y >= 0; y--)
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            int i = 0, j = 0;
            while (i < n || j < m)
            {
                if (i < n && j < m && a[prefix + i] == b[prefix + j]) { ops.Add((' ', a[prefix + i])); i++; j++; }
                else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1])) { ops.Add(('-', a[prefix + i])); i++; }
                else { ops.Add(('+', b[prefix + j])); j++; }
            }
        }
        for (var k = a.Length - suffix; k < a.Length; k++) ops.Add((' ', a[k]));
        return ops;
    }
}
