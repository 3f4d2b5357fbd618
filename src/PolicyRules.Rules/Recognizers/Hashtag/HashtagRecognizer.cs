using System.Buffers;
using PolicyRules.Recognition;
using PolicyRules.Text;

namespace PolicyRules.Recognizers.Hashtag;

/// <summary>#hashtags, not numbers ("#1", "flat #4") or HTML character references ("&amp;#39;"). Values: <c>tag</c> (without the #).</summary>
internal sealed class HashtagRecognizer : IRecognizer
{
    private static readonly SearchValues<char> Hash = SearchValues.Create("#\uFF03");

    public string Name => "hashtag";
    public SearchValues<char>? Trigger => Hash;
    public IReadOnlyCollection<string> Placeholders => ["tag"];
    public IReadOnlyCollection<string> PossibleTags { get; } = [];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        for (var i = input.NextToken(TokenKind.Hashtag, 0); i >= 0; i = input.NextToken(TokenKind.Hashtag, i + 1))
        {
            var (start, length) = input.TokenSpan(i);
            var text = input.Text;
            if (start > 0 && text[start] != '#' && text[start - 1] is '#' or '\uFF03') { start--; length++; }
            var tagSpan = text.AsSpan(start, length).TrimStart("#\uFF03");
            if (!HasLetter(tagSpan) || (start > 0 && text[start - 1] == '&')) continue;
            var tag = tagSpan.ToString(); // built only for an entity
            results.Add(new Entity(Name, start, length, 0.95, $"the hashtag #{tag}")
            {
                Values = new Dictionary<string, string> { ["tag"] = tag },
            });
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
