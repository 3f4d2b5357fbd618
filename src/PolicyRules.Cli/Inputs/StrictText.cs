using System.Text;

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
public static class StrictText
{
    /// <summary>Files larger than this are refused before they are read (drafts are never this big).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Reads a whole file as text: UTF-8 (a BOM is allowed and dropped), or UTF-16 after its BOM.</summary>
    /// <exception cref="InvalidTextException">The bytes are not valid in that encoding; the message says at which byte.</exception>
    /// <exception cref="IOException">The file cannot be read (missing, too large, a symlink loop, ...).</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied, or the path is a directory.</exception>
    public static string ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return ReadStream(stream);
    }

    /// <summary>Reads a stream (a file, or standard input as bytes) to its end as <see cref="ReadFile"/> does.</summary>
    /// <exception cref="InvalidTextException">The bytes are not valid in their encoding; the message says at which byte.</exception>
    /// <exception cref="IOException">The stream is longer than <see cref="MaxFileBytes"/> or cannot be read.</exception>
    public static string ReadStream(Stream stream)
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
        return Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

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
