using PolicyRules.Recognition;

namespace PolicyRules;

/// <summary>
/// A text classifier that scores a draft per category, to catch what the rules' wording misses.
/// The engine runs it after the rules; a category scored at or above its threshold that no rule
/// raised becomes a violation with detector <c>classifier</c>. An ML.NET-backed model could
/// implement this interface; the bundled one is a hashed-feature linear model.
/// </summary>
public interface IDraftClassifier
{
    /// <summary>The categories scored, in the order of the scores.</summary>
    IReadOnlyList<string> Categories { get; }

    /// <summary>The score at or above which a category is reported, per category.</summary>
    IReadOnlyList<double> Thresholds { get; }

    /// <summary>Writes a probability-like score in [0, 1] per category into <paramref name="scores"/>.</summary>
    void Score(DraftView draft, Span<double> scores);
}
