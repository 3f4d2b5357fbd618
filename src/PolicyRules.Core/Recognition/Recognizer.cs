using System.Buffers;

namespace PolicyRules.Recognition;

/// <summary>
/// Finds one kind of entity (a phone number, a pupil's name) with spans into the original text.
/// Implementations must be thread-safe and must not keep per-check state in fields.
/// </summary>
public interface IRecognizer
{
    /// <summary>The name rules use, e.g. <c>phone-number</c>.</summary>
    string Name { get; }

    /// <summary>Characters at least one of which must be in the text for the recognizer to run
    /// (e.g. digits for a phone number); null when it must always run.</summary>
    SearchValues<char>? Trigger { get; }

    /// <summary>Named values the recognizer puts in <see cref="Entity.Values"/>, usable as message placeholders.</summary>
    IReadOnlyCollection<string> Placeholders { get; }

    /// <summary>Adds every entity found in the input to <paramref name="results"/>.</summary>
    void Recognize(DraftView input, ICollection<Entity> results);

    /// <summary>
    /// Every tag the recognizer can put in <see cref="Entity.Tags"/> (empty when it gives none), so that a rule's
    /// <c>tags</c> and <c>exclude-tags</c> are checked when the engine is built: a tag it never gives (a misspelling, as
    /// <c>mobil</c>) is a load error rather than a rule that can never fire, or an exclusion that never excludes. A tag
    /// ending in <c>*</c> stands for every tag it begins (<c>consent:*</c>). Null, the default, when the recognizer does
    /// not say: rules' tags for it are not checked.
    /// </summary>
    IReadOnlyCollection<string>? PossibleTags => null;
}

/// <summary>An entity found by a recognizer.</summary>
/// <param name="Type">The recognizer's name or a finer type, e.g. <c>phone-number</c>.</param>
/// <param name="Start">UTF-16 offset into the original text.</param>
/// <param name="Length">UTF-16 length in the original text.</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="Evidence">Why the recognizer thinks so, for a person.</param>
public sealed record Entity(string Type, int Start, int Length, double Confidence, string Evidence)
{
    /// <summary>Tags rules can filter on, e.g. <c>mobile</c>, <c>school-own</c>, <c>consent:full-name</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Named values for message placeholders, e.g. <c>first</c> and <c>initial</c>.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = EmptyValues;

    /// <summary>End offset (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>True when the entity carries the tag.</summary>
    public bool HasTag(string tag)
    {
        // Indexed: no enumerator of the interface for each tag a rule asks about.
        var tags = Tags;
        for (var i = 0; i < tags.Count; i++)
            if (string.Equals(tags[i], tag, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyValues = new Dictionary<string, string>();
}

