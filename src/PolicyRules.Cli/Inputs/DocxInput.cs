using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PolicyRules.Cli.Inputs;

/// <summary>
/// Word documents via DocumentFormat.OpenXml: body paragraphs (including those in tables), then
/// headers, footers, and image descriptions, one paragraph per line. A finding's line is its
/// paragraph number in that order, and its column counts characters within the paragraph. Each
/// paragraph is checked as a block of its own.
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
    }

    private static SourceDocument ReadPackage(string path, Stream stream, long maxCharactersInPart)
    {
        using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = maxCharactersInPart });
        var main = doc.MainDocumentPart ?? throw new InvalidDataException("the document has no body");
        var paragraphs = new List<string>();
        var descriptions = new List<string>();
        if (main.Document?.Body is { } body) Collect(body, paragraphs, descriptions);
        foreach (var header in main.HeaderParts) if (header.Header is { } h) Collect(h, paragraphs, descriptions);
        foreach (var footer in main.FooterParts) if (footer.Footer is { } f) Collect(f, paragraphs, descriptions);
        paragraphs.AddRange(descriptions);
        // The original holds one paragraph per line (a finding's line is its paragraph number); the checked text
        // separates them by a blank line, as the other formats separate blocks, so a heading stands alone.
        var original = string.Join('\n', paragraphs);
        var checkable = new SegmentBuilder();
        var start = 0;
        foreach (var paragraph in paragraphs)
        {
            checkable.AppendOriginal(original, start, paragraph.Length);
            checkable.Break(start + paragraph.Length);
            start += paragraph.Length + 1;
        }
        return checkable.Build(path, InputKind.Docx, original);
    }

    private static void Collect(OpenXmlElement root, List<string> paragraphs, List<string> descriptions)
    {
        foreach (var p in root.Descendants<W.Paragraph>())
        {
            // A paragraph inside a text box is also reached as a descendant of its own; take innermost only once.
            if (p.Ancestors<W.Paragraph>().Any()) continue;
            paragraphs.Add(Text(p));
            foreach (var d in p.Descendants<DW.DocProperties>())
            {
                var text = string.Join(" ", new[] { d.Title?.Value, d.Description?.Value }.Where(s => !string.IsNullOrWhiteSpace(s)));
                if (text.Length > 0) descriptions.Add(text.Replace('\n', ' ').Replace('\r', ' '));
            }
        }
    }

    private static string Text(W.Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
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
