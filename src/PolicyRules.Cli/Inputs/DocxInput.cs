using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PolicyRules.Cli.Inputs;

/// <summary>
/// Word documents via DocumentFormat.OpenXml: body paragraphs (a table's a row at a time, see <see cref="TableReader"/>), then
/// headers, footers, footnotes, endnotes and image descriptions, one paragraph per line. A finding's line is its
/// paragraph number in that order, and its column counts characters within the paragraph; the text report names the
/// place as Word shows it ("paragraph 3", "header", "footnote 1", "image description 2"). Each paragraph outside a table is checked as
/// a block of its own.
/// </summary>
internal static class DocxInput
{
    /// <summary>The most characters one part of the package may expand to: the text files' cap, so a small zip
    /// cannot expand to gigabytes in memory.</summary>
    public const long MaxCharactersInPart = StrictText.MaxFileBytes;

    public static SourceDocument Read(string path, Stream stream, long maxCharactersInPart = MaxCharactersInPart)
    {
        try
        {
            return ReadPackage(path, stream, maxCharactersInPart);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidDataException(e.Message.Contains("MaxCharactersIn", StringComparison.Ordinal)
                ? $"a part of the document expands to more than {maxCharactersInPart:N0} characters"
                : $"its XML is malformed ({e.Message})", e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidOperationException or NotSupportedException or ArgumentException or IOException
                                  && FromPackageReader(e))
        {
            // A zip that is not a well-formed package ("Specified part does not exist in the package" when the main part
            // is missing, a bad relationship, an unsupported compression method) is this file's problem, not the run's.
            throw new InvalidDataException(e.Message, e);
        }
    }

    // Whether the exception came out of the package libraries (not out of this reader's own code, where it is a bug).
    private static bool FromPackageReader(Exception e) =>
        new System.Diagnostics.StackTrace(e).GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Assembly.GetName().Name is { } name
            && (name.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal) || name is "System.IO.Packaging" or "System.IO.Compression"));

    private static SourceDocument ReadPackage(string path, Stream stream, long maxCharactersInPart)
    {
        using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = maxCharactersInPart });
        var main = doc.MainDocumentPart ?? throw new InvalidDataException("the document has no body");
        var paragraphs = new List<(string Text, string Place, W.TableCell? Cell)>();
        var descriptions = new List<string>();
        var body = main.Document?.Body;
        if (body is not null) Collect(body, n => $"paragraph {n}", paragraphs, descriptions);
        foreach (var header in main.HeaderParts) if (header.Header is { } h) Collect(h, _ => "header", paragraphs, descriptions);
        foreach (var footer in main.FooterParts) if (footer.Footer is { } f) Collect(f, _ => "footer", paragraphs, descriptions);
        // Notes as Word numbers them: in the order the body refers to them (a separator is not a note).
        if (main.FootnotesPart?.Footnotes is { } footnotes)
            Notes(footnotes.Elements<W.Footnote>().Select(n => (n.Id?.Value, n.Type?.Value, (OpenXmlElement)n)),
                body?.Descendants<W.FootnoteReference>().Select(r => r.Id?.Value), "footnote", paragraphs, descriptions);
        if (main.EndnotesPart?.Endnotes is { } endnotes)
            Notes(endnotes.Elements<W.Endnote>().Select(n => (n.Id?.Value, n.Type?.Value, (OpenXmlElement)n)),
                body?.Descendants<W.EndnoteReference>().Select(r => r.Id?.Value), "endnote", paragraphs, descriptions);
        paragraphs.AddRange(descriptions.Select((d, i) => (d, $"image description {i + 1}", (W.TableCell?)null)));
        // The original holds one paragraph per line (a finding's line is its paragraph number); the checked text
        // separates them by a blank line, as the other formats separate blocks, so a heading stands alone.
        var original = string.Join('\n', paragraphs.Select(p => p.Text));
        var checkable = new SegmentBuilder();
        var tables = new TableReader(checkable, original.Length);
        var start = 0;
        foreach (var (paragraph, _, cell) in paragraphs)
        {
            tables.Enter(cell, start);
            checkable.AppendOriginal(original, start, paragraph.Length);
            if (cell is null) checkable.Break(start + paragraph.Length);
            start += paragraph.Length + 1;
        }
        tables.Enter(null, original.Length);
        var places = paragraphs.Select(p => p.Place).ToArray();
        return checkable.Build(path, InputKind.Docx, original, placeOfLine: line => line >= 1 && line <= places.Length ? places[line - 1] : null);
    }

    private static void Notes(IEnumerable<(long? Id, W.FootnoteEndnoteValues? Type, OpenXmlElement Note)> notes, IEnumerable<long?>? references,
        string kind, List<(string Text, string Place, W.TableCell? Cell)> paragraphs, List<string> descriptions)
    {
        var order = (references ?? []).OfType<long>().Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var shown = notes.Where(n => n.Type is null || n.Type == W.FootnoteEndnoteValues.Normal)
            .OrderBy(n => n.Id is { } id && order.TryGetValue(id, out var i) ? i : int.MaxValue).ToList();
        for (var k = 0; k < shown.Count; k++)
        {
            var number = k + 1;
            Collect(shown[k].Note, _ => $"{kind} {number}", paragraphs, descriptions);
        }
    }

    private static void Collect(OpenXmlElement root, Func<int, string> place, List<(string Text, string Place, W.TableCell? Cell)> paragraphs, List<string> descriptions)
    {
        foreach (var p in Shown(root).OfType<W.Paragraph>())
        {
            // A paragraph inside a text box is also reached as a descendant of its own; take innermost only once.
            if (p.Ancestors<W.Paragraph>().Any()) continue;
            paragraphs.Add((Text(p), place(paragraphs.Count + 1), p.Parent as W.TableCell));
            foreach (var d in Shown(p).OfType<DW.DocProperties>())
            {
                var text = string.Join(" ", new[] { d.Title?.Value, d.Description?.Value }.Where(s => !string.IsNullOrWhiteSpace(s)));
                if (text.Length > 0) descriptions.Add(text.Replace('\n', ' ').Replace('\r', ' '));
            }
        }
    }

    /// <summary>
    /// Reads a table's paragraphs a row at a time, as Markdown and HTML tables are read (<see cref="TableRows"/>): a row is
    /// one sentence, its cells separated by ", ", each after its column's header when the first row is one (marked to
    /// repeat as a header row, all bold, or short labels), so "3B | Oliver Bennett" under "Class | Star of the Week" meets
    /// its cues.
    /// Paragraphs of one cell are blocks of their own, as in HTML. Lines stay one per paragraph.
    /// </summary>
    private sealed class TableReader(SegmentBuilder b, long copyLimit)
    {
        private readonly Dictionary<W.Table, TableRows> _tables = [];
        private W.TableRow? _row;
        private W.TableCell? _cell;
        private TableRows? _rows;

        /// <summary>Moves to the paragraph at <paramref name="at"/> in <paramref name="cell"/> (null: outside any table),
        /// ending and starting cells and rows on the way.</summary>
        public void Enter(W.TableCell? cell, int at)
        {
            if (cell is not null && cell == _cell)
            {
                b.Break(at);
                return;
            }
            var row = cell?.Parent as W.TableRow;
            if (_cell is not null) _rows!.EndCell(Span(_cell));
            if (_row is not null && row != _row) _rows!.EndRow(at);
            _cell = cell;
            if (cell is null || row is null || row.Parent is not W.Table table)
            {
                _row = null;
                return;
            }
            if (row != _row)
            {
                if (!_tables.TryGetValue(table, out _rows)) _tables[table] = _rows = new TableRows(b, copyLimit);
                _rows.StartRow(at, IsHeaderRow(table, row));
                _row = row;
                // Each cell's column, counted once per row (a row of thousands of cells stays linear).
                _columns.Clear();
                var column = 0;
                foreach (var c in row.Elements<W.TableCell>())
                {
                    _columns[c] = column;
                    column += Span(c);
                }
            }
            _rows!.StartCell(at, _columns.GetValueOrDefault(cell));
        }

        private readonly Dictionary<W.TableCell, int> _columns = [];

        private static int Span(W.TableCell cell) => Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, 1000);

        // The table's first row when Word repeats it as a header, every run of text in it is bold, or its cells read as
        // labels: short and without a digit ("Class | Star of the Week", not "3B | Oliver Bennett"). Most tables have no
        // marked header row: Word's own styles only colour the first row.
        private static bool IsHeaderRow(W.Table table, W.TableRow row)
        {
            if (table.Elements<W.TableRow>().FirstOrDefault() != row) return false;
            if (row.TableRowProperties?.GetFirstChild<W.TableHeader>() is { } header && header.Val?.Value != W.OnOffOnlyValues.Off) return true;
            var runs = row.Descendants<W.Run>().Where(r => r.Elements<W.Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text))).ToList();
            if (runs.Count > 0 && runs.All(IsBold)) return true;
            var cells = row.Elements<W.TableCell>().Select(c => c.InnerText.Trim()).Where(t => t.Length > 0).ToList();
            return cells.Count > 0 && cells.All(c => c.Length <= MaxLabelLength && !c.Any(char.IsDigit));
        }

        private const int MaxLabelLength = 40;

        private static bool IsBold(W.Run run) =>
            run.RunProperties?.Bold is { } bold && (bold.Val is null || bold.Val.Value);
    }

    /// <summary>
    /// The descendants of <paramref name="root"/> in document order, but of each <c>mc:AlternateContent</c> only its first
    /// Choice: Word writes a text box (or shape) twice, as a Choice for Word 2010 and later and a VML Fallback for older
    /// readers, and reading both reported each finding in it twice.
    /// </summary>
    private static IEnumerable<OpenXmlElement> Shown(OpenXmlElement root)
    {
        var stack = new Stack<OpenXmlElement>(root.ChildElements.Reverse());
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e is AlternateContent alternate)
            {
                // The Fallback only when there is no Choice (then it is the content).
                var branch = (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();
                if (branch is not null) stack.Push(branch);
                continue;
            }
            yield return e;
            foreach (var child in e.ChildElements.Reverse()) stack.Push(child);
        }
    }

    private static string Text(W.Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in Shown(p))
        {
            switch (e)
            {
                case W.Text t: sb.Append(t.Text); break;
                case W.TabChar: sb.Append('\t'); break;
                case W.Break or W.CarriageReturn: sb.Append(' '); break;
                case W.NoBreakHyphen: sb.Append('-'); break;
            }
        }
        return sb.ToString().Replace('\n', ' ').Replace('\r', ' ');
    }
}
