using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PolicyRules.Cli.Inputs;

/// <summary>
/// HTML via AngleSharp: visible text and the <c>alt</c> and <c>title</c> attributes are checked;
/// scripts, styles, templates and comments are not. AngleSharp decodes the text; each decoded run is
/// then aligned with the source (entities, CR LF) so every character keeps its place in the file.
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

    public static SourceDocument Read(string path, string source, System.Text.Encoding? charset = null)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(source);
        var b = new SegmentBuilder();
        var cursor = 0;
        // The title is visible (in the tab and in shares), unlike the rest of the head.
        if (document.Head?.QuerySelector("title") is { } title) Visit(source, title, b, ref cursor, visible: true);
        if (document.Body is { } body) Visit(source, body, b, ref cursor, visible: true);
        return b.Build(path, InputKind.Html, source, charset: charset);
    }

    private static void Visit(string source, INode node, SegmentBuilder b, ref int cursor, bool visible)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    var at = Locate(source, text.Data, cursor);
                    if (at is not { } span) continue;
                    if (visible) AppendAligned(source, text.Data, span.Start, b);
                    cursor = span.End;
                    break;
                case IElement element:
                    var start = element.SourceReference?.Position.Index is { } p and >= 0 ? p : cursor;
                    if (start > cursor) cursor = start;
                    var block = Blocks.Contains(element.LocalName);
                    if (block) b.Break(cursor);
                    var shown = visible && !Hidden.Contains(element.LocalName) && !element.HasAttribute("hidden");
                    if (shown) Attributes(source, element, start, b);
                    Visit(source, element, b, ref cursor, shown);
                    if (block) b.Break(cursor);
                    else if (!Inline.Contains(element.LocalName)) b.Space(cursor);
                    break;
            }
        }
    }

    /// <summary>Adds the alt and title attribute values of the element's start tag.</summary>
    private static void Attributes(string source, IElement element, int start, SegmentBuilder b)
    {
        if (start >= source.Length || source[start] != '<') return;
        var tagEnd = TagEnd(source, start);
        var tag = source[start..tagEnd];
        foreach (Match m in AttributePattern().Matches(tag))
        {
            var value = m.Groups["v"];
            var decoded = element.GetAttribute(m.Groups["n"].Value);
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

    /// <summary>Finds where a text node's decoded text starts in the source, at or after the cursor, skipping markup.</summary>
    private static (int Start, int End)? Locate(string source, string data, int cursor)
    {
        if (data.Length == 0) return null;
        var j = cursor;
        var limit = Math.Min(source.Length, cursor + 100_000);
        while (j < limit)
        {
            if (source[j] == '<' && j + 1 < source.Length && (char.IsLetter(source[j + 1]) || source[j + 1] is '/' or '!' or '?'))
            {
                j = source.AsSpan(j).StartsWith("<!--") ? (source.IndexOf("-->", j + 4, StringComparison.Ordinal) is var e and >= 0 ? e + 3 : source.Length) : TagEnd(source, j);
                continue;
            }
            if (Align(source, data, j) is { } end) return (j, end);
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

    [GeneratedRegex("""\s(?<n>alt|title)\s*=\s*(?:"(?<v>[^"]*)"|'(?<v>[^']*)'|(?<v>[^\s>"']+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();
}
