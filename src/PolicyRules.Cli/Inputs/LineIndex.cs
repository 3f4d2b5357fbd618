namespace PolicyRules.Cli.Inputs;

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

    /// <summary>The line without its line break, as a view of the text: a report reads a window of it per finding, and
    /// copying the whole line for each finding would be quadratic when one long line has many findings.</summary>
    public ReadOnlySpan<char> Line(int line)
    {
        var start = _starts[line - 1];
        var end = line < _starts.Count ? _starts[line] : _text.Length;
        return _text.AsSpan(start, end - start).TrimEnd("\r\n");
    }
}
