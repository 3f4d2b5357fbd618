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
        var text = path != "-" ? StrictText.ReadFile(path)
            : stdinBytes is not null ? StrictText.ReadStream(stdinBytes)
            : stdin.ReadToEnd();
        return Parse(path, text, k);
    }

    public static SourceDocument Parse(string path, string text, InputKind kind) => kind switch
    {
        InputKind.Markdown => MarkdownInput.Read(path, text),
        InputKind.Html => HtmlInput.Read(path, text),
        _ => SourceDocument.Plain(path, InputKind.Text, text),
    };
}
