namespace PolicyRules.Cli.Inputs;

/// <summary>The format of an input file.</summary>
internal enum InputKind { Text, Markdown, Html, Docx }

/// <summary>
/// A file read for checking: its original text, the checkable text extracted from it (prose, headings,
/// link text, alt text...) and, for each checkable character, the span of the original it came from.
/// Spans found in the checkable text map back exactly to the original, so line and column are the file's.
/// </summary>
internal sealed class SourceDocument
{
    private readonly int[] _startOf;
    private readonly int[] _endOf;
    private LineIndex? _lines;

    public SourceDocument(string path, InputKind kind, string original, string checkable, int[] startOf, int[] endOf)
    {
        Path = path;
        Kind = kind;
        Original = original;
        Checkable = checkable;
        _startOf = startOf;
        _endOf = endOf;
    }

    /// <summary>A document whose checkable text is the original itself.</summary>
    public static SourceDocument Plain(string path, InputKind kind, string text)
    {
        var map = new int[text.Length];
        var end = new int[text.Length];
        for (var i = 0; i < map.Length; i++) { map[i] = i; end[i] = i + 1; }
        return new SourceDocument(path, kind, text, text, map, end);
    }

    /// <summary>The path as the user gave it (or as found under a folder); <c>-</c> for standard input.</summary>
    public string Path { get; }
    public InputKind Kind { get; }
    /// <summary>The file's text (for .docx: its paragraphs, one per line).</summary>
    public string Original { get; }
    /// <summary>The text the engine checks.</summary>
    public string Checkable { get; }
    /// <summary>The legacy charset an HTML file declared and was read in (windows-1252...); null when it was read as Unicode.</summary>
    public System.Text.Encoding? Charset { get; init; }
    /// <summary>The context the file sets itself (Markdown front matter), with positions for error messages.</summary>
    public FrontMatter? FrontMatter { get; init; }

    public string DisplayPath => Path == "-" ? "<stdin>" : Path;

    /// <summary>Lines of the original: for .docx these are paragraph numbers.</summary>
    public LineIndex Lines => _lines ??= new LineIndex(Original);

    /// <summary>Maps a span of the checkable text to the original.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (_startOf.Length == 0) return (0, 0);
        if (start >= _startOf.Length) return (Original.Length, 0);
        var s = _startOf[Math.Max(0, start)];
        if (length <= 0) return (s, 0);
        var lastIndex = Math.Min(start + length, _endOf.Length) - 1;
        var e = _endOf[lastIndex];
        return (s, Math.Max(0, e - s));
    }
}
