using System.Text;

namespace PolicyRules.Engine;

/// <summary>A message with named placeholders (<c>{match}</c>, <c>{first}</c>), split once at build time.</summary>
internal sealed class MessageTemplate
{
    private readonly (string Text, bool IsPlaceholder)[] _segments;

    public MessageTemplate(string template)
    {
        var segments = new List<(string, bool)>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0) { segments.Add((template[i..], false)); break; }
            if (open > i) segments.Add((template[i..open], false));
            segments.Add((template[(open + 1)..close], true));
            i = close + 1;
        }
        _segments = [.. segments];
    }

    public IEnumerable<string> Placeholders => _segments.Where(s => s.IsPlaceholder).Select(s => s.Text);

    public string Fill(Func<string, string?> value)
    {
        if (_segments.Length == 1 && !_segments[0].IsPlaceholder) return _segments[0].Text;
        var sb = new StringBuilder();
        foreach (var (text, isPlaceholder) in _segments)
            sb.Append(isPlaceholder ? value(text) ?? "" : text);
        return sb.ToString();
    }
}
