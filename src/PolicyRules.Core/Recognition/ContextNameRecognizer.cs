using System.Buffers;
using System.Runtime.CompilerServices;
using PolicyRules.Text;

namespace PolicyRules.Recognition;

/// <summary>
/// Finds names the context supplies (the school's names, staff names) as whole words, ignoring
/// case and accents, with or without a possessive <c>'s</c>.
/// </summary>
public sealed class ContextNameRecognizer : IRecognizer
{
    private readonly Func<PostContext, IReadOnlyList<string>> _names;
    private readonly ConditionalWeakTable<PostContext, string[]> _folded = new();

    /// <summary>Creates a recognizer of the names that <paramref name="names"/> reads from the context.</summary>
    public ContextNameRecognizer(string name, Func<PostContext, IReadOnlyList<string>> names)
    {
        Name = name;
        _names = names;
        _evidence = $"{name} from the context";
        _fold = context => _names(context).Select(Fold).Where(n => n.Length > 0).ToArray();
    }

    // Cached, so a check whose context's names are already folded allocates nothing.
    private readonly ConditionalWeakTable<PostContext, string[]>.CreateValueCallback _fold;
    private readonly string _evidence;

    /// <summary>Recognizes <see cref="PostContext.SchoolNames"/>.</summary>
    public static ContextNameRecognizer SchoolNames { get; } = new("school-name", c => c.SchoolNames);

    /// <summary>Recognizes <see cref="PostContext.StaffNames"/>.</summary>
    public static ContextNameRecognizer StaffNames { get; } = new("staff-name", c => c.StaffNames);

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public SearchValues<char>? Trigger => null;

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Placeholders => [];

    /// <inheritdoc/>
    public IReadOnlyCollection<string> PossibleTags => [];

    /// <inheritdoc/>
    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var names = _names(input.Context);
        if (names.Count == 0) return;
        var folded = _folded.GetValue(input.Context, _fold);
        var text = input.Folded;
        foreach (var name in folded)
        {
            var from = 0;
            int at;
            while (from < text.Length && (at = text[from..].IndexOf(name, StringComparison.Ordinal)) >= 0)
            {
                at += from;
                var end = at + name.Length;
                from = end;
                if (at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
                if (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    if (!(text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))) continue;
                }
                var (start, length) = input.ToOriginal(at, name.Length);
                results.Add(new Entity(Name, start, length, 1.0, _evidence));
            }
        }
    }

    private static string Fold(string name)
    {
        var n = new NormalizedText();
        n.Normalize(name.Trim());
        return n.Chars.ToString();
    }
}
