using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicyRules.Cli.Inputs;

/// <summary>
/// Markdown via Markdig: prose, headings, table cells, link text, image alt text and front matter
/// values are checked, raw HTML as an HTML file is (its visible text, alt and title), and the address or number a
/// mailto:, tel:, sms: or WhatsApp link's target publishes; code blocks, inline code and other link targets are not.
/// </summary>
internal static class MarkdownInput
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    public static SourceDocument Read(string path, string text)
    {
        try
        {
            return Parse(path, text);
        }
        catch (ArgumentException e) when (e.TargetSite?.DeclaringType?.Assembly == typeof(Markdown).Assembly)
        {
            // Markdig refuses elements nested past its depth limit (100,000 '>' or '['): check the file as text.
            return SourceDocument.TooDeeplyNested(path, InputKind.Markdown, text, html: false);
        }
        catch (TooDeeplyNestedException)
        {
            return SourceDocument.TooDeeplyNested(path, InputKind.Markdown, text, html: true); // in an HTML block
        }
    }

    private static SourceDocument Parse(string path, string text)
    {
        var doc = Markdown.Parse(text, Pipeline);
        var b = new SegmentBuilder();
        FrontMatter? frontMatter = null;
        foreach (var block in doc)
        {
            if (block is YamlFrontMatterBlock fm)
            {
                CheckFrontMatterValues(text, fm, b);
                frontMatter = FrontMatter.Read(text, fm);
                continue;
            }
            Walk(text, block, b);
        }
        return b.Build(path, InputKind.Markdown, text, frontMatter);
    }

    private static void Walk(string text, Block block, SegmentBuilder b)
    {
        switch (block)
        {
            case HtmlBlock html:
                // Published as written: read as HTML, where it is in the file.
                if (html.Span.Start >= 0 && html.Span.End < text.Length) HtmlInput.AppendFragment(text, html.Span.Start, html.Span.End + 1, b);
                return;
            case CodeBlock or ThematicBreakBlock:
                return;
            case Table table:
                ReadTable(text, table, b);
                return;
            case LinkReferenceDefinition definition:
                // "[office]: mailto:jo.teacher@gmail.com": the target of every link that names it.
                if (definition.UrlSpan.Start >= 0 && definition.UrlSpan.End < text.Length)
                    ContactTarget.Append(text, definition.UrlSpan.Start, definition.UrlSpan.Length, () => "", b);
                b.Break(block.Span.End + 1);
                return;
            case LeafBlock { Inline: { } inline }:
                Inlines(text, inline, b);
                b.Break(block.Span.End + 1);
                return;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Walk(text, child, b);
                    // Table cells and list items are separate runs of text.
                    b.Space(child.Span.End + 1);
                }
                b.Break(block.Span.End + 1);
                return;
        }
    }

    /// <summary>A pipe table, a row at a time (<see cref="TableRows"/>).</summary>
    private static void ReadTable(string text, Table table, SegmentBuilder b)
    {
        var rows = new TableRows(b, copyLimit: text.Length);
        foreach (var row in table.OfType<TableRow>())
        {
            rows.StartRow(row.Span.Start, row.IsHeader);
            foreach (var cell in row.OfType<TableCell>())
            {
                rows.StartCell(cell.Span.Start, cell.ColumnIndex >= 0 ? cell.ColumnIndex : null);
                foreach (var leaf in cell.OfType<LeafBlock>())
                    if (leaf.Inline is { } inline) Inlines(text, inline, b);
                rows.EndCell(cell.ColumnSpan);
            }
            rows.EndRow(row.Span.End + 1);
        }
        b.Break(table.Span.End + 1);
    }

    private static void Inlines(string text, Inline inline, SegmentBuilder b)
    {
        switch (inline)
        {
            case LiteralInline lit:
                AppendSpan(text, lit.Content.ToString(), lit.Span, b);
                return;
            case HtmlEntityInline entity:
                AppendSpan(text, entity.Transcoded.ToString(), entity.Span, b);
                return;
            case LineBreakInline br:
                // A soft break inside a paragraph renders as a space, so a hard-wrapped sentence (or a name wrapped
                // onto the next line) reads as one; a hard break, or a line opening with a bullet Markdown does not
                // know ("• Harri ..."), stays a line break.
                if (br.Span.Start >= 0 && br.Span.Start < text.Length)
                    b.AppendDecoded(br.IsHard || StartsWithBullet(text, br.Span.End + 1) ? "\n" : " ", br.Span.Start, Math.Max(0, br.Span.Length));
                return;
            case AutolinkInline auto:
                AppendSpan(text, auto.Url, new SourceSpan(auto.Span.Start + 1, auto.Span.End - 1), b);
                return;
            case CodeInline code:
                b.Space(code.Span.Start);
                return;
            case HtmlInline html:
                if (html.Span.Start >= 0 && html.Span.End < text.Length)
                    HtmlInput.AppendTag(text, html.Span.Start, html.Span.End + 1, b, () => LinkText(html));
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Inlines(text, child, b);
                if (container is LinkInline link)
                {
                    // A reference link's target is read at its definition.
                    if (!link.IsImage && link.Reference is null && link.UrlSpan.Start >= 0 && link.UrlSpan.End < text.Length)
                        ContactTarget.Append(text, link.UrlSpan.Start, link.UrlSpan.Length, () => PlainText(link), b);
                    b.Space(container.Span.End + 1);
                }
                return;
        }
    }

    /// <summary>The text of a link an inline HTML tag opens (<c>&lt;a href="tel:..."&gt;Call me&lt;/a&gt;</c>): what is
    /// between it and its end tag; empty for any other tag.</summary>
    private static string LinkText(HtmlInline tag)
    {
        if (!tag.Tag.StartsWith("<a", StringComparison.OrdinalIgnoreCase) || tag.Tag.Length < 3 || char.IsLetterOrDigit(tag.Tag[2])) return "";
        var sb = new System.Text.StringBuilder();
        // An end tag far away, or none, and the link has no text of its own to speak of.
        var count = 0;
        for (var next = tag.NextSibling; next is not null && count++ < 1000; next = next.NextSibling)
        {
            if (next is HtmlInline { Tag: var t } && t.StartsWith("</a", StringComparison.OrdinalIgnoreCase)) break;
            sb.Append(PlainText(next));
        }
        return sb.ToString();
    }

    private static string PlainText(Inline inline) => inline switch
    {
        LiteralInline lit => lit.Content.ToString(),
        CodeInline code => code.Content,
        AutolinkInline auto => auto.Url,
        ContainerInline container => string.Concat(Children(container).Select(PlainText)),
        _ => "",
    };

    private static IEnumerable<Inline> Children(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) yield return child;
    }

    private static bool StartsWithBullet(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t') at++;
        return at < text.Length && text[at] is '\u2022' or '\u00B7' or '\u2013' or '\u2014' or '\u25AA' or '\u27A4' or '\u2714' or '\u2705';
    }

    private static void AppendSpan(string text, string content, SourceSpan span, SegmentBuilder b)
    {
        if (content.Length == 0) return;
        var start = span.Start;
        var length = span.Length;
        if (start < 0 || start + length > text.Length) return;
        if (length == content.Length && text.AsSpan(start, length).SequenceEqual(content)) b.AppendOriginal(text, start, length);
        // Trimmed content (a table cell without its padding): the text is still there verbatim.
        else if (text.IndexOf(content, start, length, StringComparison.Ordinal) is var at and >= 0) b.AppendOriginal(text, at, content.Length);
        else b.AppendDecoded(content, start, length);
    }

    /// <summary>Front matter: the value on each line of a key other than <c>channel</c> and <c>author</c> (the file's
    /// context, read by <see cref="FrontMatter"/>) is checked as prose, at its exact place in the file.</summary>
    private static void CheckFrontMatterValues(string text, YamlFrontMatterBlock fm, SegmentBuilder b)
    {
        var pos = fm.Span.Start;
        var end = Math.Min(text.Length, fm.Span.End + 1);
        while (pos < end)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 || nl > end ? end : nl;
            var raw = text[pos..lineEnd].TrimEnd('\r');
            var colon = raw.IndexOf(':');
            if (colon > 0 && !raw.StartsWith('#') && !raw.StartsWith("---", StringComparison.Ordinal))
            {
                var key = raw[..colon].Trim();
                var valueStart = colon + 1;
                while (valueStart < raw.Length && raw[valueStart] == ' ') valueStart++;
                var value = raw[valueStart..].Trim();
                if (key is not ("channel" or "author") && value.Length > 0)
                {
                    // YAML's quotes are syntax, not a quotation: `title: "Text me on ..."` is checked as it reads.
                    var length = raw.TrimEnd().Length - valueStart;
                    if (length >= 2 && raw[valueStart] is '"' or '\'' && raw[valueStart + length - 1] == raw[valueStart])
                        b.AppendOriginal(text, pos + valueStart + 1, length - 2);
                    else
                        b.AppendOriginal(text, pos + valueStart, raw.Length - valueStart);
                    b.Break(pos + raw.Length);
                }
            }
            pos = lineEnd + 1;
        }
    }
}
