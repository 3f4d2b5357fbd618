using System.Text;

namespace PolicyRules.Cli.Inputs;

/// <summary>Builds checkable text from runs of the original, remembering where each character came from.</summary>
internal sealed class SegmentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _startOf = [];
    private readonly List<int> _endOf = [];

    public int Length => _text.Length;

    /// <summary>Appends original text unchanged: <paramref name="original"/>[start..start+length].</summary>
    public void AppendOriginal(string original, int start, int length)
    {
        for (var i = start; i < start + length; i++) Add(original[i], i, i + 1);
    }

    /// <summary>Appends text that stands for a span of the original (a decoded entity, an escaped character).</summary>
    public void AppendDecoded(string text, int start, int length)
    {
        if (text.Length == length)
        {
            for (var i = 0; i < text.Length; i++) Add(text[i], start + i, start + i + 1);
            return;
        }
        foreach (var c in text) Add(c, start, start + length);
    }

    /// <summary>A break between blocks, so sentences of different blocks never run together.</summary>
    public void Break(int at)
    {
        if (_text.Length == 0 || _text[^1] == '\n') return;
        Add('\n', at, at);
        Add('\n', at, at);
    }

    /// <summary>A space between runs that the original separates by markup (e.g. table cells).</summary>
    public void Space(int at)
    {
        if (_text.Length == 0 || char.IsWhiteSpace(_text[^1])) return;
        Add(' ', at, at);
    }

    private void Add(char c, int start, int end)
    {
        _text.Append(c);
        _startOf.Add(start);
        _endOf.Add(end);
    }

    public SourceDocument Build(string path, InputKind kind, string original, FrontMatter? frontMatter = null, Encoding? charset = null) =>
        new(path, kind, original, _text.ToString(), [.. _startOf], [.. _endOf]) { FrontMatter = frontMatter, Charset = charset };
}
