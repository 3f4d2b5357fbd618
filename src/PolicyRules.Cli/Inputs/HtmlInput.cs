using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PolicyRules.Cli.Inputs;

/// <summary>
/// HTML via AngleSharp: visible text and the <c>alt</c>, <c>title</c> and <c>aria-label</c> attributes (what a screen reader
/// reads) are checked, and the address or
/// number a <c>mailto:</c>, <c>tel:</c>, <c>sms:</c> or WhatsApp link's target publishes (<see cref="ContactTarget"/>);
/// scripts, styles, templates and comments are not. AngleSharp decodes the text; each decoded run is then aligned with
/// the source (entities, CR LF) so every character keeps its place in the file. Markdown's raw HTML is read the same way
/// (<see cref="AppendFragment"/>, <see cref="AppendTag"/>).
/// </summary>
internal static partial class HtmlInput
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript", "head" };
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "table", "tr", "td", "th", "br", "hr", "blockquote", "pre", "figure", "figcaption", "title", "body", "dd", "dt",
    };
    // Phrasing elements that style text where it runs: "<b>Oli</b>ver" reads "Oliver", so they add no space. Any other
    // element (an image, a button, a form field, one we do not know) still separates the words on either side of it.
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
        "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    };

    private static IDocument Parse(string source)
    {
        // AngleSharp takes time quadratic in the nesting (40,000 nested <div> take 20 s) and the reader below recurses
        // once per level (100,000 overflow the stack): refuse deep nesting before either, by counting tags.
        if (TagDepth(source) > SourceDocument.MaxNesting) throw new TooDeeplyNestedException();
        return new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(source);
    }

    // Elements whose end tag may be left out (<p>, <li>, <td>...) or that have none (<br>): not counted as nesting, so
    // a page of unclosed paragraphs is not deep. The count can only overestimate what the parser builds.
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    /// <summary>The deepest nesting of start tags over end tags in the source, elements in <see cref="NotNesting"/> aside.</summary>
    private static int TagDepth(string source)
    {
        int depth = 0, deepest = 0;
        // "<div/>" opens a div as "<div>" does: HTML has no self-closing elements but the void ones.
        for (var m = TagStart().Match(source); m.Success; m = m.NextMatch())
        {
            if (NotNesting.Contains(m.Groups["name"].Value)) continue;
            depth = m.Groups["end"].Length > 0 ? Math.Max(0, depth - 1) : depth + 1;
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    public static SourceDocument Read(string path, string source, System.Text.Encoding? charset = null)
    {
        try
        {
            return ReadDocument(path, source, charset);
        }
        catch (TooDeeplyNestedException)
        {
            return SourceDocument.TooDeeplyNested(path, InputKind.Html, source, html: true, charset);
        }
    }

    private static SourceDocument ReadDocument(string path, string source, System.Text.Encoding? charset)
    {
        var document = Parse(source);
        var b = new SegmentBuilder();
        var reader = new Reader(source, 0, source.Length, b);
        // The title is visible (in the tab and in shares), unlike the rest of the head.
        if (document.Head?.QuerySelector("title") is { } title) reader.Visit(title, visible: true);
        if (document.Body is { } body) reader.Visit(body, visible: true);
        return b.Build(path, InputKind.Html, source, charset: charset);
    }

    /// <summary>The visible text of the HTML in <paramref name="source"/>[start..end] (a Markdown HTML block), mapped to
    /// its place in <paramref name="source"/>, as a block of its own.</summary>
    public static void AppendFragment(string source, int start, int end, SegmentBuilder b)
    {
        var document = Parse(source[start..end]);
        b.Break(start);
        if (document.Body is { } body) new Reader(source, start, end, b).Visit(body, visible: true);
        b.Break(end);
    }

    /// <summary>
    /// One tag in Markdown's text (Markdown's inline HTML: the text around it is Markdown's own): its checked attributes,
    /// its link target's contact details, and the break, space or nothing it puts between the words on either side, as
    /// in an HTML file. <paramref name="visible"/> is the text of the link it opens, if it is a link.
    /// </summary>
    public static void AppendTag(string source, int start, int end, SegmentBuilder b, Func<string> visible)
    {
        if (TagName().Match(source, start, end - start) is not { Success: true } m) return; // a comment, a declaration
        var name = m.Groups["name"].Value;
        // <br>: a line of the same block.
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) { b.LineBreak(start); return; }
        var block = Blocks.Contains(name);
        if (block) b.Break(start);
        if (m.Groups["end"].Length == 0)
            Attributes(source, start, end, n => AttributeValue(source, start, end, n), visible, b);
        if (!block && !Inline.Contains(name)) b.Space(end);
    }

    // A start tag's attribute, decoded, without a parser: Markdown's inline HTML is one tag at a time.
    private static string? AttributeValue(string source, int start, int end, string name)
    {
        foreach (Match m in AttributePattern().Matches(source[start..end]))
            if (m.Groups["n"].Value.Equals(name, StringComparison.OrdinalIgnoreCase)) return WebUtility.HtmlDecode(m.Groups["v"].Value);
        return null;
    }

    /// <summary>Walks the parsed nodes in step with the source, from <c>offset</c> (where the parsed text starts) to <c>end</c>.</summary>
    private sealed class Reader
    {
        private readonly string source;
        private readonly int offset;
        private readonly int end;
        private readonly SegmentBuilder b;
        private readonly Stack<TableRows> _tables = [];
        private Cell? _cell;
        private int _cursor;

        // A table cell being read: a block inside it breaks the text only between its own blocks, so that a cell written
        // as a paragraph (<td><p>Oliver Bennett</p></td>, as Word writes every cell) still reads as part of its row.
        private sealed class Cell
        {
            public bool HasText;
            public int? PendingBreak;
        }

        public Reader(string source, int offset, int end, SegmentBuilder b)
        {
            (this.source, this.offset, this.end, this.b) = (source, offset, end, b);
            _cursor = offset;
        }

        private int _depth;

        public void Visit(INode node, bool visible)
        {
            // The tag count in Parse bounds the depth; this bounds the recursion should the parser nest deeper still.
            if (++_depth > 2 * SourceDocument.MaxNesting) throw new TooDeeplyNestedException();
            try
            {
                VisitChildren(node, visible);
            }
            finally
            {
                _depth--;
            }
        }

        private void VisitChildren(INode node, bool visible)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        var at = Locate(source, text.Data, _cursor, end);
                        if (at is not { } span) continue;
                        if (visible)
                        {
                            if (_cell is { } cell && !string.IsNullOrWhiteSpace(text.Data))
                            {
                                if (cell.PendingBreak is { } pending) b.Break(pending);
                                (cell.HasText, cell.PendingBreak) = (true, null);
                            }
                            AppendAligned(source, text.Data, span.Start, b);
                        }
                        _cursor = span.End;
                        break;
                    case IElement element:
                        var start = element.SourceReference?.Position.Index is { } p and >= 0 ? p + offset : _cursor;
                        if (start > _cursor) _cursor = start;
                        var shown = visible && !Hidden.Contains(element.LocalName) && !element.HasAttribute("hidden");
                        switch (element.LocalName)
                        {
                            case "table":
                                Table(element, shown);
                                continue;
                            case "tr" when _tables.TryPeek(out var rows):
                                rows.StartRow(_cursor, IsHeaderRow(element));
                                Visit(element, shown);
                                rows.EndRow(_cursor);
                                continue;
                            case "td" or "th" when _tables.TryPeek(out var rows):
                                TableCell(rows, element, start, shown);
                                continue;
                        }
                        // <br> outside a table cell: a line of the same block (in a cell, a break as a block's is).
                        if (_cell is null && element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase))
                        {
                            b.LineBreak(_cursor);
                            break;
                        }
                        var block = Blocks.Contains(element.LocalName);
                        if (block) BlockBreak(_cursor);
                        if (shown && start < source.Length && source[start] == '<')
                            Attributes(source, start, TagEnd(source, start), element.GetAttribute, () => element.TextContent, b);
                        Visit(element, shown);
                        if (block) BlockBreak(_cursor);
                        else if (!Inline.Contains(element.LocalName)) b.Space(_cursor);
                        break;
                }
            }
        }

        private void BlockBreak(int at)
        {
            if (_cell is null) b.Break(at);
            else if (_cell.HasText) _cell.PendingBreak = at; // written only if more of the cell's text follows
        }

        /// <summary>A table, a row at a time (<see cref="TableRows"/>); a table inside a cell is a block of its own.</summary>
        private void Table(IElement table, bool visible)
        {
            var outer = _cell;
            _cell = null;
            b.Break(_cursor);
            _tables.Push(new TableRows(b, copyLimit: source.Length));
            Visit(table, visible);
            _tables.Pop();
            b.Break(_cursor);
            if (outer is not null) (outer.HasText, outer.PendingBreak) = (true, null);
            _cell = outer;
        }

        private void TableCell(TableRows rows, IElement cell, int start, bool visible)
        {
            var outer = _cell;
            _cell = new Cell();
            rows.StartCell(_cursor);
            if (visible && start < source.Length && source[start] == '<')
                Attributes(source, start, TagEnd(source, start), cell.GetAttribute, () => "", b);
            Visit(cell, visible);
            rows.EndCell(int.TryParse(cell.GetAttribute("colspan"), out var span) ? Math.Clamp(span, 1, 1000) : 1);
            _cell = outer;
        }

        // A row of a table's head, or one whose cells are all header cells.
        private static bool IsHeaderRow(IElement row) =>
            row.ParentElement?.LocalName == "thead"
            || row.Children.Where(c => c.LocalName is "td" or "th").ToList() is { Count: > 0 } cells && cells.All(c => c.LocalName == "th");
    }

    /// <summary>Adds the alt, title and aria-label attribute values of the start tag at source[start..tagEnd], and the contact details
    /// of its href (read-only, after the block; not when <paramref name="visible"/>, the link's text, shows them).</summary>
    private static void Attributes(string source, int start, int tagEnd, Func<string, string?> decodedValue, Func<string> visible, SegmentBuilder b)
    {
        var tag = source[start..tagEnd];
        foreach (Match m in AttributePattern().Matches(tag))
        {
            var value = m.Groups["v"];
            var name = m.Groups["n"].Value;
            if (name.Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                ContactTarget.Append(source, start + value.Index, value.Length, visible, b);
                continue;
            }
            var decoded = decodedValue(name);
            if (decoded is null || decoded.Length == 0) continue;
            b.Break(start + value.Index);
            AppendAligned(source, decoded, start + value.Index, b);
            b.Break(start + value.Index + value.Length);
        }
    }

    private static int TagEnd(string source, int start)
    {
        char? quote = null;
        for (var i = start + 1; i < source.Length; i++)
        {
            var c = source[i];
            if (quote is { } q) { if (c == q) quote = null; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i + 1;
        }
        return source.Length;
    }

    /// <summary>Finds where a text node's decoded text starts in the source, at or after the cursor (before
    /// <paramref name="end"/>), skipping markup.</summary>
    private static (int Start, int End)? Locate(string source, string data, int cursor, int end)
    {
        if (data.Length == 0) return null;
        var j = cursor;
        var limit = Math.Min(end, cursor + 100_000);
        while (j < limit)
        {
            if (source[j] == '<' && j + 1 < source.Length && (char.IsLetter(source[j + 1]) || source[j + 1] is '/' or '!' or '?'))
            {
                j = source.AsSpan(j).StartsWith("<!--") ? (source.IndexOf("-->", j + 4, StringComparison.Ordinal) is var e and >= 0 ? e + 3 : source.Length) : TagEnd(source, j);
                continue;
            }
            if (Align(source, data, j) is { } stop) return (j, stop);
            j++;
        }
        return null;
    }

    /// <summary>The end in the source when <paramref name="data"/> matches the source from <paramref name="at"/>.</summary>
    private static int? Align(string source, string data, int at)
    {
        var i = 0;
        var j = at;
        while (i < data.Length)
        {
            if (j >= source.Length) return null;
            if (source[j] == '&' && Entity(source, j) is { } ent && data.AsSpan(i).StartsWith(ent.Text))
            {
                i += ent.Text.Length;
                j += ent.Length;
            }
            else if (source[j] == '\r' && data[i] == '\n')
            {
                j++;
            }
            else if (source[j] == data[i] || (source[j] == '\r' && data[i] == '\n'))
            {
                i++;
                j++;
            }
            else return null;
        }
        return j;
    }

    private static (string Text, int Length)? Entity(string source, int at)
    {
        var semi = source.IndexOf(';', at, Math.Min(12, source.Length - at));
        if (semi < 0) return null;
        var raw = source[at..(semi + 1)];
        var decoded = WebUtility.HtmlDecode(raw);
        return decoded == raw ? null : (decoded, raw.Length);
    }

    private static void AppendAligned(string source, string data, int at, SegmentBuilder b)
    {
        var i = 0;
        var j = at;
        while (i < data.Length && j < source.Length)
        {
            if (source[j] == '&' && Entity(source, j) is { } ent && data.AsSpan(i).StartsWith(ent.Text))
            {
                b.AppendDecoded(ent.Text, j, ent.Length);
                i += ent.Text.Length;
                j += ent.Length;
            }
            else if (source[j] == '\r' && data[i] == '\n') j++;
            else if (source[j] == data[i])
            {
                b.AppendOriginal(source, j, 1);
                i++;
                j++;
            }
            else
            {
                // The parser changed the text in a way we cannot align: keep the rest at this position.
                b.AppendDecoded(data[i..], j, 0);
                return;
            }
        }
    }

    [GeneratedRegex("""\s(?<n>alt|title|aria-label|href)\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s>"']+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();

    [GeneratedRegex("""\G<(?<end>/?)(?<name>[A-Za-z][A-Za-z0-9-]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex TagName();

    [GeneratedRegex("""<(?<end>/?)(?<name>[A-Za-z][A-Za-z0-9-]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex TagStart();
}

/// <summary>Markup nested deeper than <see cref="SourceDocument.MaxNesting"/>: the file is read as plain text instead.</summary>
internal sealed class TooDeeplyNestedException() : Exception("too deeply nested");
