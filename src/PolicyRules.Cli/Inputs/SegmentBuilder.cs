using System.Text;

namespace PolicyRules.Cli.Inputs;

/// <summary>What a character of the checkable text is, beyond the span of the original it came from.</summary>
[Flags]
internal enum CharFlags : byte
{
    None = 0,
    /// <summary>Checked but never edited by <c>fix</c>: a link's target (the number of a tel: link), whose text is the
    /// file's but is not what a reader reads.</summary>
    ReadOnly = 1,
    /// <summary>A copy of text checked elsewhere, repeated as context (a table's header cell before each of its column's
    /// cells), or text that no character of the file stands for (a separator): a finding's reported span does not start
    /// or end in it unless it lies wholly in it.</summary>
    Context = 2,
}

/// <summary>Builds checkable text from runs of the original, remembering where each character came from.</summary>
internal sealed class SegmentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _startOf = [];
    private readonly List<int> _endOf = [];
    private readonly List<CharFlags> _flags = [];
    private readonly List<(int At, Action<SegmentBuilder> Write)> _asides = [];
    private CharFlags _current;

    public int Length => _text.Length;

    /// <summary>How many characters <see cref="Copy"/> has appended.</summary>
    public long Copied { get; private set; }

    /// <summary>Appends original text unchanged: <paramref name="original"/>[start..start+length].</summary>
    public void AppendOriginal(string original, int start, int length)
    {
        for (var i = start; i < start + length; i++) Add(original[i], i, i + 1);
    }

    /// <summary>Appends text that stands for a span of the original (a decoded entity, an escaped character).</summary>
    public void AppendDecoded(string text, int start, int length)
    {
        if (text.Length == length)
        {
            for (var i = 0; i < text.Length; i++) Add(text[i], start + i, start + i + 1);
            return;
        }
        foreach (var c in text) Add(c, start, start + length);
    }

    /// <summary>A break between blocks, so sentences of different blocks never run together. The asides waiting for
    /// the block to end come first, each a block of its own.</summary>
    public void Break(int at)
    {
        FlushAsides();
        BreakOnly(at);
    }

    /// <summary>A line break inside a block (HTML's &lt;br&gt;): one '\n', not the blank line between blocks, so an
    /// "award / name / class" laid out with &lt;br&gt; stays one paragraph, where short lines read as one sentence.</summary>
    public void LineBreak(int at)
    {
        if (_text.Length == 0 || _text[^1] == '\n') return;
        Add('\n', at, at);
    }

    private void BreakOnly(int at)
    {
        // A blank line, as between paragraphs: a run's own line break before it ("...</p>\n</td>") makes half of one.
        if (_text.Length == 0 || _text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n') return;
        if (_text[^1] != '\n') Add('\n', at, at);
        Add('\n', at, at);
    }

    /// <summary>A space between runs that the original separates by markup (e.g. table cells).</summary>
    public void Space(int at)
    {
        if (_text.Length == 0 || char.IsWhiteSpace(_text[^1])) return;
        Add(' ', at, at);
    }

    /// <summary>Text that stands for markup between runs (", " between table cells) or is implied by it (the '+' of a
    /// WhatsApp link's number), written at <paramref name="at"/> with nothing of the original to it. It is context: a
    /// finding's reported span does not start or end in it.</summary>
    public void Separator(string text, int at)
    {
        var previous = _current;
        _current |= CharFlags.Context;
        foreach (var c in text) Add(c, at, at);
        _current = previous;
    }

    /// <summary>
    /// Text that belongs to the current block but is not read in its run, such as a link's target: written, read-only,
    /// as a block of its own after the current block ends, so it neither splits the block's sentences nor joins them.
    /// </summary>
    public void Aside(int at, Action<SegmentBuilder> write) => _asides.Add((at, write));

    private void FlushAsides()
    {
        if (_asides.Count == 0) return;
        var asides = _asides.ToList();
        _asides.Clear();
        foreach (var (at, write) in asides)
        {
            BreakOnly(at);
            var previous = _current;
            _current |= CharFlags.ReadOnly;
            write(this);
            _current = previous;
        }
    }

    /// <summary>Appends again, as context, the checkable text from <paramref name="from"/> to <paramref name="to"/>,
    /// each character still mapped to where it came from in the original.</summary>
    public void Copy(int from, int to)
    {
        Copied += Math.Max(0, to - from);
        for (var i = from; i < to; i++)
        {
            _text.Append(_text[i]);
            _startOf.Add(_startOf[i]);
            _endOf.Add(_endOf[i]);
            _flags.Add(_flags[i] | CharFlags.Context);
        }
    }

    /// <summary>Removes what was appended after the first <paramref name="length"/> characters.</summary>
    public void Truncate(int length)
    {
        var count = _text.Length - length;
        if (count <= 0) return;
        _text.Length = length;
        _startOf.RemoveRange(length, count);
        _endOf.RemoveRange(length, count);
        _flags.RemoveRange(length, count);
    }

    /// <summary>Whether the text from <paramref name="from"/> to <paramref name="to"/> holds only white space.</summary>
    public bool IsBlank(int from, int to)
    {
        for (var i = from; i < to; i++) if (!char.IsWhiteSpace(_text[i])) return false;
        return true;
    }

    /// <summary>Whether the text from <paramref name="from"/> to <paramref name="to"/> crosses a line or block break.</summary>
    public bool HasBreak(int from, int to)
    {
        for (var i = from; i < to; i++) if (_text[i] == '\n') return true;
        return false;
    }

    private void Add(char c, int start, int end)
    {
        _text.Append(c);
        _startOf.Add(start);
        _endOf.Add(end);
        _flags.Add(_current);
    }

    public SourceDocument Build(string path, InputKind kind, string original, FrontMatter? frontMatter = null, Encoding? charset = null,
        Func<int, string?>? placeOfLine = null)
    {
        FlushAsides();
        var flags = _flags.Any(f => f != CharFlags.None) ? _flags.ToArray() : null;
        return new(path, kind, original, _text.ToString(), [.. _startOf], [.. _endOf], flags)
        {
            FrontMatter = frontMatter,
            Charset = charset,
            PlaceOfLine = placeOfLine ?? (_ => null),
        };
    }
}
