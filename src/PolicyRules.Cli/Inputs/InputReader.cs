namespace PolicyRules.Cli.Inputs;

/// <summary>Reads a file (or standard input) into a <see cref="SourceDocument"/>, choosing the format by extension.</summary>
internal static class InputReader
{
    public static InputKind KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" or ".mdown" => InputKind.Markdown,
        ".html" or ".htm" or ".xhtml" => InputKind.Html,
        ".docx" => InputKind.Docx,
        _ => InputKind.Text,
    };

    /// <summary>The extensions a folder walk picks up.</summary>
    public static readonly string[] Extensions = [".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml", ".docx", ".txt"];

    /// <summary>Reads <paramref name="path"/>, or standard input for "-": strictly from <paramref name="stdinBytes"/> when given, else from <paramref name="stdin"/>.</summary>
    public static SourceDocument Read(string path, TextReader stdin, InputKind? kind = null, Stream? stdinBytes = null)
    {
        var k = kind ?? (path == "-" ? InputKind.Text : KindOf(path));
        if (k == InputKind.Docx)
        {
            if (path == "-") throw new UsageException("a .docx cannot be read from standard input");
            using var stream = File.OpenRead(path);
            try
            {
                return DocxInput.Read(path, stream);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
            {
                throw new IOException($"not a Word document: {e.Message}", e);
            }
        }
        if (k == InputKind.Html && (path != "-" || stdinBytes is not null))
        {
            // HTML may declare a legacy charset; fix writes the file back in it.
            var bytes = path != "-" ? StrictText.ReadBytes(path) : StrictText.ReadBytes(stdinBytes!);
            var html = StrictText.DecodeHtml(bytes.Span, out var charset);
            return HtmlInput.Read(path, html, charset);
        }
        var text = path != "-" ? ReadTextFile(path)
            : stdinBytes is not null ? StrictText.ReadStream(stdinBytes)
            : stdin.ReadToEnd();
        return Parse(path, text, k);
    }

    /// <summary>
    /// A file of a known extension, or any other file (named on the command line or matched by a glob) read as text.
    /// Such a file that is not UTF-8 text (an image, a PDF) is said to be unsupported, not merely badly encoded.
    /// </summary>
    private static string ReadTextFile(string path)
    {
        try
        {
            return StrictText.ReadFile(path);
        }
        catch (InvalidTextException e) when (!Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            throw new InvalidTextException(
                $"not a supported file: not UTF-8 text ({e.Message}), and not one of the kinds read by extension ({string.Join(", ", Extensions)})", e.ByteOffset);
        }
    }

    public static SourceDocument Parse(string path, string text, InputKind kind) => kind switch
    {
        InputKind.Markdown => MarkdownInput.Read(path, text),
        InputKind.Html => HtmlInput.Read(path, text),
        _ => SourceDocument.Plain(path, InputKind.Text, text),
    };
}
