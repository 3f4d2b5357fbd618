namespace PolicyRules.Classification;

/// <summary>One labelled draft for training or evaluating a classifier.</summary>
/// <param name="Id">An identifier, for error messages and reports.</param>
/// <param name="Text">The draft.</param>
/// <param name="Context">Its channel and author (other context is ignored by the linear model).</param>
/// <param name="Labels">The categories it breaks; empty for a clean draft.</param>
public sealed record TrainingExample(string Id, string Text, PostContext Context, IReadOnlyList<string> Labels)
{
    /// <summary>True when <paramref name="category"/> is among the labels.</summary>
    public bool Has(string category) => Labels.Contains(category, StringComparer.Ordinal);
}

/// <summary>How <see cref="ClassifierTrainer"/> trains.</summary>
public sealed record TrainerOptions
{
    /// <summary>The feature settings (default: <see cref="FeatureSettings.Default"/>).</summary>
    public FeatureSettings Features { get; init; } = FeatureSettings.Default;

    /// <summary>The categories to train, in score order (default: the five rule categories).</summary>
    public IReadOnlyList<string> Categories { get; init; } = WireNames.Categories;

    /// <summary>Folds of cross-validation, used both to report precision and recall and to choose thresholds (at least 2).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seeds the shuffle that assigns examples to folds; the optimiser itself has no randomness.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Each category's threshold is the lowest whose held-out precision reaches this.</summary>
    public double TargetPrecision { get; init; } = 0.90;

    /// <summary>A threshold must keep at least this many held-out true positives (guards against a lucky handful).</summary>
    public int MinTruePositives { get; init; } = 5;

    /// <summary>The L2 penalty on weights (the bias is not penalised), relative to the mean weighted loss.</summary>
    public double L2 { get; init; } = 1e-5;

    /// <summary>Weight positives and negatives so each class counts half of the loss.</summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>L-BFGS iterations per category at most.</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>Train folds and categories on several threads (the result is the same either way).</summary>
    public bool Parallel { get; init; } = true;
}

/// <summary>Cross-validated quality of one category, at the thresholds chosen without that fold.</summary>
/// <param name="Category">The category.</param>
/// <param name="Positives">Examples labelled with it.</param>
/// <param name="Threshold">The final model's threshold (infinity when no threshold reached the target precision).</param>
/// <param name="TruePositives">Held-out examples it flagged correctly, summed over folds.</param>
/// <param name="FalsePositives">Held-out examples it flagged wrongly.</param>
/// <param name="FalseNegatives">Held-out examples it missed.</param>
public sealed record CategoryReport(string Category, int Positives, double Threshold, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was flagged.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when there were no positives.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>What training produced: the model and its cross-validated quality.</summary>
/// <param name="Model">The model trained on every example, with thresholds chosen on out-of-fold scores.</param>
/// <param name="Categories">Per category, k-fold cross-validated precision and recall.</param>
/// <param name="Examples">How many examples it was trained on.</param>
/// <param name="CleanFalseAlarmRate">Of the held-out drafts with no label, the share the classifier flagged in any category.</param>
public sealed record TrainingReport(LinearModel Model, IReadOnlyList<CategoryReport> Categories, int Examples, double CleanFalseAlarmRate);
