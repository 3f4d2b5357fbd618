namespace PolicyRules.Cli.Output;

/// <summary>Human-readable findings: file:line:col, the line with the span marked, message, suggestion and the quoted clauses.</summary>
internal static class TextReport
{
    public static void Write(TextWriter w, string file, string text, CheckResult result)
    {
        var lines = new LineIndex(text);
        foreach (var v in result.Violations)
        {
            var (line, column) = lines.Position(v.Start);
            w.WriteLine($"{file}:{line}:{column}: {WireNames.Of(v.Severity)} [{v.Rule}] {v.Message}");
            var lineText = lines.LineText(line);
            if (v.Length > 0 && lineText.Length > 0)
            {
                var shown = lineText.Replace('\t', ' ');
                var width = Math.Max(1, Math.Min(v.Length, shown.Length - (column - 1)));
                w.WriteLine($"    {Trim(shown)}");
                if (shown.Length <= 200) w.WriteLine($"    {new string(' ', column - 1)}{new string('^', width)}");
            }
            if (v.Suggestion is not null) w.WriteLine($"    suggestion: {v.Suggestion}");
            foreach (var c in v.Citations) w.WriteLine($"    {c.Address} ({c.Heading}): \"{c.Quote}\"");
        }
    }

    private static string Trim(string line) => line.Length <= 200 ? line : line[..197] + "...";
}

/// <summary>Maps offsets to 1-based line and column (in UTF-16 units) of a text.</summary>
internal sealed class LineIndex
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
                _starts.Add(i + 1);
    }

    public (int Line, int Column) Position(int offset)
    {
        var index = _starts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _starts[index] + 1);
    }

    public string LineText(int line)
    {
        var start = _starts[line - 1];
        var end = line < _starts.Count ? _starts[line] : _text.Length;
        return _text[start..end].TrimEnd('\r', '\n');
    }
}
