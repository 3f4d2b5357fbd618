using System.Text;

namespace PolicyRules.Engine;

/// <summary>A message with named placeholders (<c>{match}</c>, <c>{first}</c>), split once at build time.</summary>
internal sealed class MessageTemplate
{
    private readonly (string Text, bool IsPlaceholder)[] _segments;
    private readonly (string Name, int Offset)[] _placeholdersAt;

    public MessageTemplate(string template)
    {
        var segments = new List<(string, bool)>();
        var placeholdersAt = new List<(string, int)>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0) { segments.Add((template[i..], false)); break; }
            if (open > i) segments.Add((template[i..open], false));
            segments.Add((template[(open + 1)..close], true));
            placeholdersAt.Add((template[(open + 1)..close], open));
            i = close + 1;
        }
        _segments = [.. segments];
        _placeholdersAt = [.. placeholdersAt];
    }

    /// <summary>Each placeholder's name and the offset of its opening brace in the template.</summary>
    public IReadOnlyList<(string Name, int Offset)> Placeholders => _placeholdersAt;

    public string Fill(Func<string, string?> value)
    {
        if (_segments.Length == 1 && !_segments[0].IsPlaceholder) return _segments[0].Text;
        var sb = new StringBuilder();
        foreach (var (text, isPlaceholder) in _segments)
            sb.Append(isPlaceholder ? value(text) ?? "" : text);
        return sb.ToString();
    }
}
