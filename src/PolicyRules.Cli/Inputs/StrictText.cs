using System.Text;
using System.Text.RegularExpressions;

namespace PolicyRules.Cli.Inputs;

/// <summary>A file whose bytes are not valid text in its encoding; the message gives the byte offset.</summary>
public sealed class InvalidTextException(string message, long byteOffset) : IOException(message)
{
    /// <summary>Offset from the start of the file of the first byte that could not be decoded.</summary>
    public long ByteOffset { get; } = byteOffset;
}

/// <summary>
/// Reads text files strictly: invalid UTF-8 (or UTF-16 after a UTF-16 byte order mark) is an error
/// naming the byte offset, never silently replaced by U+FFFD, so a draft is checked as written.
/// </summary>
public static partial class StrictText
{
    // windows-1252 and the other legacy code pages are in the shared framework but must be registered to be found by name.
    static StrictText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Files larger than this are refused before they are read (drafts are never this big).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole file as text: UTF-8 (a BOM is allowed and dropped), or UTF-16 after its BOM.</summary>
    /// <exception cref="InvalidTextException">The bytes are not valid in that encoding; the message says at which byte.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, too large, a symlink loop, ...).</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied, or the path is a directory.</exception>
    public static string ReadFile(string path) => Decode(ReadBytes(path).Span);

    /// <summary>Reads a stream (a file, or standard input as bytes) to its end as <see cref="ReadFile"/> does.</summary>
    /// <exception cref="InvalidTextException">The bytes are not valid in their encoding; the message says at which byte.</exception>
    /// <exception cref="IOException">The stream is longer than <see cref="MaxFileBytes"/> or cannot be read.</exception>
    public static string ReadStream(Stream stream) => Decode(ReadBytes(stream).Span);

    /// <summary>A whole file's bytes, refusing one larger than <see cref="MaxFileBytes"/>.</summary>
    /// <exception cref="IOException">The file cannot be read (missing, too large, a symlink loop, ...).</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied, or the path is a directory.</exception>
    public static ReadOnlyMemory<byte> ReadBytes(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return ReadBytes(stream);
    }

    /// <summary>A stream's bytes to its end, refusing more than <see cref="MaxFileBytes"/>.</summary>
    /// <exception cref="IOException">The stream is longer than <see cref="MaxFileBytes"/> or cannot be read.</exception>
    public static ReadOnlyMemory<byte> ReadBytes(Stream stream)
    {
        // Devices, pipes and /proc files report no length (or a false one): the read itself is bounded.
        var length = stream.CanSeek ? stream.Length : 0;
        if (length > MaxFileBytes) throw TooLarge();
        var bytes = new MemoryStream((int)length);
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (bytes.Length + read > MaxFileBytes) throw TooLarge();
            bytes.Write(chunk, 0, read);
        }
        return bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
    }

    /// <summary>
    /// Decodes an HTML file: as <see cref="Decode"/>, but bytes that are not UTF-8 are read in the charset a
    /// <c>&lt;meta&gt;</c> tag in the first 1024 bytes declares (where browsers look for it), as Word's "Save as Web
    /// Page" writes windows-1252. Valid UTF-8 is read as UTF-8 whatever the tag says, so a page saved as UTF-8 under a
    /// copied Latin-1 declaration reads as written.
    /// </summary>
    /// <param name="bytes">The file.</param>
    /// <param name="charset">The declared charset the file was read in; null when it was read as Unicode.</param>
    /// <exception cref="InvalidTextException">The bytes are valid neither as UTF-8 nor in the declared charset.</exception>
    public static string DecodeHtml(ReadOnlySpan<byte> bytes, out Encoding? charset)
    {
        charset = null;
        try
        {
            return Decode(bytes);
        }
        catch (InvalidTextException) when (DeclaredCharset(bytes) is { } encoding)
        {
            try
            {
                var text = encoding.GetString(bytes);
                charset = encoding;
                return text;
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidTextException($"invalid {encoding.WebName} at byte {e.Index}", e.Index);
            }
        }
    }

    /// <summary>The legacy encoding a meta tag declares (strict: an undefined byte is an error), or null for none, UTF-8 or an unknown name.</summary>
    private static Encoding? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        if (MetaCharset().Match(head) is not { Success: true } m) return null;
        var label = m.Groups["name"].Value.ToLowerInvariant();
        // The WHATWG Encoding Standard reads these labels as windows-1252, as every browser does.
        if (label is "iso-8859-1" or "latin1" or "l1" or "iso8859-1" or "ascii" or "us-ascii" or "cp1252" or "x-cp1252") label = "windows-1252";
        if (label.StartsWith("utf-", StringComparison.Ordinal)) return null; // UTF-8 already failed; a meta tag cannot declare UTF-16
        try
        {
            return Encoding.GetEncoding(label, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null; // not an encoding .NET knows: the UTF-8 error stands
        }
    }

    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">, quoted or not.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    private static IOException TooLarge() => new($"the input is larger than {MaxFileBytes / (1024 * 1024)} MB");

    /// <summary>Decodes bytes as <see cref="ReadFile"/> does.</summary>
    /// <exception cref="InvalidTextException">The bytes are not valid in their encoding.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength, name) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)Utf8, 3, "UTF-8"),
            [0xFF, 0xFE, ..] => (Utf16Le, 2, "UTF-16"),
            [0xFE, 0xFF, ..] => (Utf16Be, 2, "UTF-16"),
            _ => (Utf8, 0, "UTF-8"),
        };
        var body = bytes[bomLength..];
        try
        {
            return encoding.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var offset = bomLength + InvalidOffset(body, encoding, e);
            throw new InvalidTextException($"invalid {name} at byte {offset}", offset);
        }
    }

    // DecoderFallbackException.Index is relative to the chunk the decoder was working on; find the
    // exact offset of the first invalid sequence, which only happens for a file already refused.
    private static long InvalidOffset(ReadOnlySpan<byte> body, Encoding encoding, DecoderFallbackException e)
    {
        if (encoding == Utf8)
        {
            System.Text.Unicode.Utf8.ToUtf16(body, new char[body.Length], out var read, out _, replaceInvalidSequences: false);
            return read;
        }
        var bigEndian = encoding == Utf16Be;
        for (var i = 0; i < body.Length; i += 2)
        {
            if (i + 1 >= body.Length) return i; // an odd byte at the end
            var unit = (char)(bigEndian ? body[i] << 8 | body[i + 1] : body[i + 1] << 8 | body[i]);
            if (char.IsLowSurrogate(unit)) return i;
            if (!char.IsHighSurrogate(unit)) continue;
            if (i + 3 >= body.Length) return i;
            var next = (char)(bigEndian ? body[i + 2] << 8 | body[i + 3] : body[i + 3] << 8 | body[i + 2]);
            if (!char.IsLowSurrogate(next)) return i;
            i += 2;
        }
        return Math.Max(0, e.Index);
    }
}
