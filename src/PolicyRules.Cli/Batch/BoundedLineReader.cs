using System.Text;

namespace PolicyRules.Cli.Batch;

/// <summary>
/// One input line: its text; or (when it was longer than the limit) only its length, in chars or
/// (read as bytes) in bytes; or an <see cref="Error"/> (bytes that are not valid UTF-8) and the text before them.
/// </summary>
internal readonly record struct InputLine(string? Text, long Length, string? Error = null, bool LengthInBytes = false)
{
    /// <summary>With an <see cref="Error"/>, the line up to its first invalid byte, decoded.</summary>
    public string? ValidPrefix { get; init; }

    public bool TooLong => Text is null && Error is null;
}

/// <summary>
/// Reads lines separated by <c>\n</c> (a trailing <c>\r</c> is dropped), keeping at most
/// <c>maxChars</c> of a line in memory: a longer line is skipped to its end and reported by length
/// only, so one enormous line cannot exhaust memory. A last line without a newline is still a line.
/// Read from a <see cref="Stream"/>, lines are split on the byte <c>\n</c> and each is decoded as
/// strict UTF-8 (a leading byte order mark is dropped; the limit counts bytes): a line with invalid
/// UTF-8 comes back with an <see cref="InputLine.Error"/> giving the byte offset, never with U+FFFD
/// in place of the bad bytes, and the other lines are unaffected.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly TextReader? _reader;
    private readonly Stream? _stream;
    private readonly int _max;
    private readonly byte[] _bytes = [];
    private readonly MemoryStream _lineBytes = new();
    private bool _first = true;

    public BoundedLineReader(TextReader reader, int maxChars)
    {
        _reader = reader;
        _max = maxChars;
        _buffer = new char[64 * 1024];
    }

    public BoundedLineReader(Stream stream, int maxBytes)
    {
        _stream = stream;
        _max = maxBytes;
        _bytes = new byte[64 * 1024];
        _buffer = [];
    }

    private readonly char[] _buffer;
    private readonly StringBuilder _line = new();
    private int _pos;
    private int _len;

    public bool TryRead(out InputLine line) => _stream is null ? TryReadChars(out line) : TryReadBytes(out line);

    private bool TryReadBytes(out InputLine line)
    {
        _lineBytes.SetLength(0);
        long length = 0;
        var started = false;
        while (true)
        {
            if (_pos == _len)
            {
                _len = _stream!.Read(_bytes, 0, _bytes.Length);
                _pos = 0;
                if (_len == 0)
                {
                    line = FinishBytes(length);
                    return started;
                }
            }
            started = true;
            var span = _bytes.AsSpan(_pos, _len - _pos);
            var nl = span.IndexOf((byte)'\n');
            var piece = nl < 0 ? span : span[..nl];
            if (length + piece.Length <= _max) _lineBytes.Write(piece);
            length += piece.Length;
            _pos += nl < 0 ? piece.Length : nl + 1;
            if (nl >= 0)
            {
                line = FinishBytes(length);
                return true;
            }
        }
    }

    private InputLine FinishBytes(long length)
    {
        var first = _first;
        _first = false;
        if (length > _max) return new InputLine(null, length, LengthInBytes: true);
        var bytes = _lineBytes.GetBuffer().AsSpan(0, (int)_lineBytes.Length);
        if (first && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // How far decoding gets before the first invalid sequence is that sequence's offset.
            var chars = new char[bytes.Length];
            System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var valid, out var written, replaceInvalidSequences: false);
            return new InputLine(null, bytes.Length, $"invalid UTF-8 at byte {valid} of the line") { ValidPrefix = new string(chars, 0, written) };
        }
        return new InputLine(Encoding.UTF8.GetString(bytes), bytes.Length, LengthInBytes: true);
    }

    private bool TryReadChars(out InputLine line)
    {
        _line.Clear();
        long length = 0;
        var started = false;
        while (true)
        {
            if (_pos == _len)
            {
                _len = _reader!.Read(_buffer, 0, _buffer.Length);
                _pos = 0;
                if (_len == 0)
                {
                    line = Finish(length);
                    return started;
                }
            }
            started = true;
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var nl = span.IndexOf('\n');
            var piece = nl < 0 ? span : span[..nl];
            if (length + piece.Length <= _max) _line.Append(piece);
            length += piece.Length;
            _pos += nl < 0 ? piece.Length : nl + 1;
            if (nl >= 0)
            {
                line = Finish(length);
                return true;
            }
        }
    }

    private InputLine Finish(long length)
    {
        if (length > _max) return new InputLine(null, length);
        if (_line.Length > 0 && _line[^1] == '\r') _line.Length--;
        return new InputLine(_line.ToString(), length);
    }
}
