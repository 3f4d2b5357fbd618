using System.Buffers;
using PolicyRules.Recognition;
using PolicyRules.Text;

namespace PolicyRules.Recognizers.Mention;

/// <summary>@mentions (not email addresses, nor times like "@10" or "@7pm"). Values: <c>handle</c> (without the @).</summary>
internal sealed class MentionRecognizer : IRecognizer
{
    private static readonly SearchValues<char> At = SearchValues.Create("@");

    public string Name => "mention";
    public SearchValues<char>? Trigger => At;
    public IReadOnlyCollection<string> Placeholders => ["handle"];
    public IReadOnlyCollection<string> PossibleTags { get; } = [];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        for (var i = input.NextToken(TokenKind.Mention, 0); i >= 0; i = input.NextToken(TokenKind.Mention, i + 1))
        {
            var (start, length) = input.TokenSpan(i);
            var text = input.Text;
            // The token's text excludes the '@'; widen the span to include it.
            if (start > 0 && text[start] != '@' && text[start - 1] is '@' or '\uFF20') { start--; length++; }
            var handleSpan = text.AsSpan(start, length).TrimStart("@\uFF20");
            if (IsTime(handleSpan)) continue;
            var handle = handleSpan.ToString(); // built only for an entity
            results.Add(new Entity(Name, start, length, 0.95, $"a mention of @{handle}")
            {
                Values = new Dictionary<string, string> { ["handle"] = handle },
            });
        }
    }

    // "@10", "@3", "@7pm", "@10am": "at" a time or number, not a handle.
    private static bool IsTime(ReadOnlySpan<char> handle)
    {
        var digits = 0;
        while (digits < handle.Length && char.IsAsciiDigit(handle[digits])) digits++;
        var rest = handle[digits..];
        return digits > 0 && (rest.IsEmpty || rest.Equals("am", StringComparison.OrdinalIgnoreCase) || rest.Equals("pm", StringComparison.OrdinalIgnoreCase));
    }
}
