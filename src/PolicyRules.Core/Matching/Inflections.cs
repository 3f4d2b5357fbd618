namespace PolicyRules.Matching;

/// <summary>Plural and possessive forms of a word, generated when a rule asks for them.</summary>
internal static class Inflections
{
    public static IEnumerable<string> Of(string word)
    {
        yield return word;
        if (word.Length < 2 || !char.IsLetter(word[^1])) yield break;
        yield return word + "'s";
        if (word.EndsWith('y') && word.Length > 2 && !"aeiou".Contains(word[^2]))
        {
            yield return word[..^1] + "ies";
        }
        else if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch") || word.EndsWith("sh"))
        {
            yield return word + "es";
        }
        else
        {
            yield return word + "s";
        }
        if (word.EndsWith('s')) yield return word + "'";
    }

    /// <summary>True when <paramref name="token"/> is the word itself or one of its forms from <see cref="Of"/>.</summary>
    public static bool IsFormOf(ReadOnlySpan<char> token, string word)
    {
        if (token.SequenceEqual(word)) return true;
        if (token.Length <= word.Length)
        {
            // "bodies" vs "body"
            return false;
        }
        if (token.StartsWith(word))
        {
            var rest = token[word.Length..];
            return rest is "s" or "es" or "'s" or "'";
        }
        return word.EndsWith('y') && token.Length == word.Length + 2 && token.EndsWith("ies") && token.StartsWith(word.AsSpan(0, word.Length - 1));
    }
}
