using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicyRules.Cli.Inputs;

/// <summary>
/// Markdown via Markdig: prose, headings, table cells, link text, image alt text and front matter
/// values are checked; code blocks, inline code, raw HTML and link targets are not.
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
            case CodeBlock or HtmlBlock or ThematicBreakBlock:
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
            case HtmlInline:
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    Inlines(text, child, b);
                if (container is LinkInline) b.Space(container.Span.End + 1);
                return;
        }
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
