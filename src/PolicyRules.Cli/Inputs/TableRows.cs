namespace PolicyRules.Cli.Inputs;

/// <summary>
/// How a table is read, in Markdown and HTML alike: each row as one sentence of its own, its cells separated by ", ",
/// and each cell of a body row after its column's header cell and ": " (the header's text copied as context, still mapped
/// to the header), so "| 3B | Oliver Bennett |" under "| Class | Star of the Week |" reads "Class: 3B, Star of the Week:
/// Oliver Bennett", as a writer would put it in a sentence. Read cell by cell, a name never met its class or the
/// header's cue. The header row is read as a row of its own too. An empty cell adds nothing. A header cell longer than a
/// label (<see cref="MaxLabel"/>) is not repeated, and repeating stops once the copies would outgrow
/// <paramref name="copyLimit"/> characters (the file's length), so a table cannot multiply a file's size.
/// </summary>
internal sealed class TableRows(SegmentBuilder b, long copyLimit)
{
    /// <summary>The longest header cell repeated as a label.</summary>
    public const int MaxLabel = 100;

    private readonly List<(int From, int To)?> _header = [];
    private bool _headerRead;
    private bool _isHeader;
    private bool _firstCell;
    private int _column;
    private int _mark;
    private int _from;

    /// <summary>Starts a row at <paramref name="at"/>; a header row's cells become the labels of the rows after it (the
    /// first header row only).</summary>
    public void StartRow(int at, bool isHeader)
    {
        b.Break(at);
        _isHeader = isHeader && !_headerRead;
        if (_isHeader) _header.Clear();
        _firstCell = true;
        _column = 0;
    }

    public void EndRow(int at)
    {
        if (_isHeader) _headerRead = true;
        b.Break(at);
    }

    /// <summary>Starts a cell at <paramref name="at"/> in column <paramref name="column"/> (its index in the row, when
    /// known): its separator and its column's label come first.</summary>
    public void StartCell(int at, int? column = null)
    {
        if (column is { } c) _column = c;
        _mark = b.Length;
        if (!_firstCell) b.Separator(", ", at);
        if (!_isHeader && _column < _header.Count && _header[_column] is { } label
            && label.To - label.From <= MaxLabel && b.Copied + (label.To - label.From) <= copyLimit)
        {
            b.Copy(label.From, label.To);
            b.Separator(": ", at);
        }
        _from = b.Length;
    }

    /// <summary>Ends the cell that spans <paramref name="span"/> columns: an empty one is taken back, separator and label too.</summary>
    public void EndCell(int span = 1)
    {
        var blank = b.IsBlank(_from, b.Length);
        if (_isHeader)
        {
            while (_header.Count < _column) _header.Add(null);
            // A header cell of several paragraphs would split its column's every cell from its row: no label then.
            (int, int)? label = blank || b.HasBreak(_from, b.Length) ? null : (_from, b.Length);
            for (var i = 0; i < Math.Max(1, span); i++) _header.Add(label);
        }
        if (blank) b.Truncate(_mark);
        else _firstCell = false;
        _column += Math.Max(1, span);
    }
}
