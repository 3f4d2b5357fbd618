using System.Text;

namespace PolicyRules.Cli.Batch;

/// <summary>One input line: its text, or (when it was longer than the limit) only its length.</summary>
internal readonly record struct InputLine(string? Text, long Length)
{
    public bool TooLong => Text is null;
}

/// <summary>
/// Reads lines separated by <c>\n</c> (a trailing <c>\r</c> is dropped), keeping at most
/// <c>maxChars</c> of a line in memory: a longer line is skipped to its end and reported by length
/// only, so one enormous line cannot exhaust memory. A last line without a newline is still a line.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _pos;
    private int _len;

    public bool TryRead(out InputLine line)
    {
        _line.Clear();
        long length = 0;
        var started = false;
        while (true)
        {
            if (_pos == _len)
            {
                _len = reader.Read(_buffer, 0, _buffer.Length);
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
            if (length + piece.Length <= maxChars) _line.Append(piece);
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
        if (length > maxChars) return new InputLine(null, length);
        if (_line.Length > 0 && _line[^1] == '\r') _line.Length--;
        return new InputLine(_line.ToString(), length);
    }
}
