using PolicyRules.Text;

namespace PolicyRules.Recognition;

public sealed partial class DraftView
{
    /// <summary>
    /// The index of the first token of <paramref name="kind"/> at or after <paramref name="from"/>, or -1. For
    /// emails, addresses, mentions, hashtags and emoji it skips the words between them without looking at each.
    /// </summary>
    public int NextToken(TokenKind kind, int from) => _tokens.NextOfKind(kind, from);
}
