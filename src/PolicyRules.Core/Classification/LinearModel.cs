namespace PolicyRules.Classification;

/// <summary>
/// A trained one-vs-rest linear model over hashed features: per category a bias, a weight per
/// bucket and a threshold. Immutable once built. Save it with <see cref="Save(Stream)"/> and load it
/// with <see cref="Load(Stream, string, FeatureSettings?)"/>; score with <see cref="LinearClassifier"/>.
/// </summary>
public sealed class LinearModel
{
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly double[] _thresholds;

    /// <summary>Creates a model. <paramref name="weights"/> is bucket-major: bucket b, category c at <c>b * categories + c</c>.</summary>
    /// <exception cref="ArgumentException">The sizes do not agree, or the settings are not usable.</exception>
    public LinearModel(FeatureSettings settings, IReadOnlyList<string> categories, IReadOnlyList<double> thresholds,
        IReadOnlyList<float> biases, float[] weights, string description = "")
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(weights);
        if (settings.Problem() is { } problem) throw new ArgumentException(problem, nameof(settings));
        if (categories.Count is 0 or > 64) throw new ArgumentException("a model has 1 to 64 categories", nameof(categories));
        if (categories.Distinct(StringComparer.Ordinal).Count() != categories.Count) throw new ArgumentException("categories must be distinct", nameof(categories));
        if (thresholds.Count != categories.Count) throw new ArgumentException("one threshold per category", nameof(thresholds));
        if (biases.Count != categories.Count) throw new ArgumentException("one bias per category", nameof(biases));
        if (weights.Length != (long)settings.Buckets * categories.Count)
            throw new ArgumentException($"expected {(long)settings.Buckets * categories.Count} weights, got {weights.Length}", nameof(weights));
        Settings = settings;
        Categories = [.. categories];
        _thresholds = [.. thresholds];
        _biases = [.. biases];
        _weights = weights;
        Description = description ?? "";
    }

    /// <summary>The feature settings the model was trained with.</summary>
    public FeatureSettings Settings { get; }

    /// <summary>The categories, in score order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The score at or above which each category is reported (above 1: never).</summary>
    public IReadOnlyList<double> Thresholds => _thresholds;

    /// <summary>The bias of each category.</summary>
    public IReadOnlyList<float> Biases => _biases;

    /// <summary>A free-text note saved with the model (how it was trained); no timestamps.</summary>
    public string Description { get; }

    internal ReadOnlySpan<float> Weights => _weights;
    internal float[] WeightArray => _weights;
    internal double[] ThresholdArray => _thresholds;
    internal float[] BiasArray => _biases;

    /// <summary>A copy of the model with other thresholds.</summary>
    public LinearModel WithThresholds(IReadOnlyList<double> thresholds) =>
        new(Settings, Categories, thresholds, _biases, _weights, Description);

    /// <summary>Writes the model in the versioned binary format (see <see cref="ModelFile"/>).</summary>
    public void Save(Stream stream) => ModelFile.Write(this, stream);

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>The model file's bytes.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Save(stream);
        return stream.ToArray();
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">The model file's contents.</param>
    /// <param name="name">The file or resource name, for error messages.</param>
    /// <param name="expected">When given, the model must have been trained with exactly these feature settings.</param>
    /// <exception cref="RuleLoadException">The data is not a model, is truncated or corrupt, is of another format version, or has unusable or unexpected feature settings.</exception>
    public static LinearModel Load(Stream stream, string name, FeatureSettings? expected = null) => ModelFile.Read(stream, name, expected);

    /// <summary>Reads a model file.</summary>
    /// <exception cref="RuleLoadException">See <see cref="Load(Stream, string, FeatureSettings?)"/>; also when the file cannot be read.</exception>
    public static LinearModel Load(string path, FeatureSettings? expected = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path, expected);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RuleLoadException(path, 0, 0, $"cannot read the model file: {e.Message}");
        }
    }
}
