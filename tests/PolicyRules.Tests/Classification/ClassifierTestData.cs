using PolicyRules.Classification;

namespace PolicyRules.Tests.Classification;

/// <summary>Shared inputs for the classifier tests: the training corpus and a small, fast training set-up.</summary>
internal static class ClassifierTestData
{
    private static readonly Lazy<IReadOnlyList<TrainingExample>> LazyCorpus = new(() => TrainingCorpus.Load(Path.Combine(RepoRoot, "data", "classifier", "train.jsonl")));
    private static readonly Lazy<TrainingReport> LazySmall = new(() => ClassifierTrainer.Train(Small, SmallOptions));

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PolicyRules.sln"))) return dir.FullName;
            throw new InvalidOperationException("cannot find the repository root (PolicyRules.sln)");
        }
    }

    /// <summary>data/classifier/train.jsonl.</summary>
    public static IReadOnlyList<TrainingExample> Corpus => LazyCorpus.Value;

    /// <summary>The first 400 drafts of the corpus.</summary>
    public static IReadOnlyList<TrainingExample> Small => Corpus.Take(400).ToList();

    /// <summary>A small feature space and 3 folds, so a training run takes well under a second.</summary>
    public static TrainerOptions SmallOptions { get; } = new()
    {
        Features = FeatureSettings.Default with { HashBits = 12 },
        Folds = 3,
        MinTruePositives = 2,
    };

    /// <summary>A model trained once on <see cref="Small"/> with <see cref="SmallOptions"/>.</summary>
    public static TrainingReport SmallReport => LazySmall.Value;

    /// <summary>A policy that names a clause for each category, for citations.</summary>
    public const string Policy = """
        policy: test-policy
        title: Test policy
        clauses:
          - id: "1"
            heading: Confidentiality
            quote: "Do not share confidential information."
            checkable: false
            reason: "Cited by the classifier in tests."
          - id: "2"
            heading: Pupils
            quote: "Do not identify pupils."
            checkable: false
            reason: "Cited by the classifier in tests."
          - id: "3"
            heading: Reputation
            quote: "Do not criticise colleagues or the school."
            checkable: false
            reason: "Cited by the classifier in tests."
          - id: "4"
            heading: Own views
            quote: "Say your views are your own."
            checkable: false
            reason: "Cited by the classifier in tests."
          - id: "5"
            heading: Conduct
            quote: "Behave professionally."
            checkable: false
            reason: "Cited by the classifier in tests."
        categories:
          confidentiality: "1"
          pupil-identification: "2"
          defamation: "3"
          disclaimers: "4"
          conduct: "5"
        """;
}

/// <summary>A classifier that returns fixed scores, to test how the engine uses scores.</summary>
internal sealed class FixedClassifier(IReadOnlyList<string> categories, double[] scores, double[] thresholds) : IDraftClassifier
{
    public IReadOnlyList<string> Categories => categories;
    public IReadOnlyList<double> Thresholds => thresholds;
    public int Calls { get; private set; }

    public void Score(Recognition.DraftView draft, Span<double> into)
    {
        Calls++;
        scores.CopyTo(into);
    }
}
