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
    private readonly CharFlags[]? _flags;
    private LineIndex? _lines;

    public SourceDocument(string path, InputKind kind, string original, string checkable, int[] startOf, int[] endOf, CharFlags[]? flags = null)
    {
        Path = path;
        Kind = kind;
        Original = original;
        Checkable = checkable;
        _startOf = startOf;
        _endOf = endOf;
        _flags = flags;
    }

    /// <summary>A document whose checkable text is the original itself.</summary>
    public static SourceDocument Plain(string path, InputKind kind, string text, System.Text.Encoding? charset = null, string? warning = null)
    {
        var map = new int[text.Length];
        var end = new int[text.Length];
        for (var i = 0; i < map.Length; i++) { map[i] = i; end[i] = i + 1; }
        return new SourceDocument(path, kind, text, text, map, end) { Charset = charset, Warning = warning };
    }

    /// <summary>
    /// A Markdown or HTML file nested too deeply for its parser (hostile, or machine-made), read as plain text
    /// instead so it is still checked: its markup is checked as words, which can only add findings.
    /// </summary>
    public static SourceDocument TooDeeplyNested(string path, InputKind kind, string text, bool html, System.Text.Encoding? charset = null) =>
        Plain(path, kind, text, charset,
            (html ? $"its HTML is nested more than {MaxNesting} elements deep" : "its Markdown is nested past Markdig's depth limit (128 nested blocks: block quotes, lists and their items)")
            + ", so it was checked as plain text, markup and all");

    /// <summary>The deepest nesting of HTML elements read as such (browsers stop nesting at 512).</summary>
    public const int MaxNesting = 512;

    /// <summary>Why the file was not read as its kind is read (it is still checked), for a warning; null when it was.</summary>
    public string? Warning { get; init; }

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

    /// <summary>Where a line of the original is, in words its reader would use ("header", "footnote 1" in a Word file),
    /// or null when its number says it (<see cref="Lines"/>).</summary>
    public Func<int, string?> PlaceOfLine { get; init; } = _ => null;

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

    private CharFlags FlagsAt(int i) => _flags is null ? CharFlags.None : _flags[i];

    /// <summary>
    /// The span of the checkable text to report for a finding at <paramref name="start"/>: without the context copied
    /// at either end of it (a table's header cell repeated before a cell), unless it lies wholly in that context.
    /// </summary>
    public (int Start, int Length) Reportable(int start, int length)
    {
        if (_flags is null || start < 0 || length <= 0 || start + length > Checkable.Length) return (start, length);
        var (s, e) = (start, start + length);
        while (s < e && (_flags[s] & CharFlags.Context) != 0) s++;
        while (e > s && (_flags[e - 1] & CharFlags.Context) != 0) e--;
        return s == e ? (start, length) : (s, e - s);
    }

    /// <summary>
    /// The spans of the original that a span of the checkable text came from, for deleting exactly that text: null unless
    /// each of its characters stands for whole characters of the original that no character outside the span shares (an
    /// entity half inside it), it crosses no block break, and none of it is read-only (a link's target). Markup between the
    /// pieces (a tag, an attribute) is not in them.
    /// </summary>
    public IReadOnlyList<(int Start, int Length)>? OriginalPieces(int start, int length)
    {
        if (start < 0 || length <= 0 || start + length > Checkable.Length) return null;
        var pieces = new List<(int Start, int Length)>();
        var lastEnd = -1;
        for (var i = start; i < start + length; i++)
        {
            if ((FlagsAt(i) & CharFlags.ReadOnly) != 0) return null;
            var (s, e) = (_startOf[i], _endOf[i]);
            if (e == s)
            {
                if (Checkable[i] == '\n') return null; // a break between blocks
                continue; // a space that markup stands for: nothing of the original to delete
            }
            if (pieces.Count > 0 && s == pieces[^1].Start && e == lastEnd) continue; // one entity decoded to several characters
            if (s < lastEnd) return null;
            if (s == lastEnd) pieces[^1] = (pieces[^1].Start, e - pieces[^1].Start);
            else pieces.Add((s, e - s));
            lastEnd = e;
        }
        if (pieces.Count == 0) return null;
        // A character just outside that shares a piece's text (an entity that decoded to more than the span holds).
        if (start > 0 && _endOf[start - 1] > pieces[0].Start && _endOf[start - 1] > _startOf[start - 1]) return null;
        if (start + length < Checkable.Length && _startOf[start + length] < lastEnd && _endOf[start + length] > _startOf[start + length]) return null;
        return pieces;
    }

    /// <summary>Where a span of the checkable text is in the original when it is there character for character (no
    /// markup, entity or line break in between), so it can be replaced; null otherwise.</summary>
    public int? ExactOriginal(int start, int length)
    {
        if (OriginalPieces(start, length) is not [var piece] || piece.Length != length) return null;
        return Original.AsSpan(piece.Start, piece.Length).SequenceEqual(Checkable.AsSpan(start, length)) ? piece.Start : null;
    }
}
