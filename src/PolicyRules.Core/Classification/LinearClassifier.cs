using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PolicyRules.Recognition;

namespace PolicyRules.Classification;

/// <summary>
/// An <see cref="IDraftClassifier"/> backed by a <see cref="LinearModel"/>: it hashes the draft's
/// features and, per category, adds up their weights, scales the sum by one over the square root
/// of the number of features, adds the bias and applies the logistic function. Scoring allocates
/// nothing and is thread-safe.
/// </summary>
public sealed class LinearClassifier : IDraftClassifier
{
    private readonly FeatureHasher _hasher;
    private readonly float[] _weights;
    private readonly float[] _biases;

    /// <summary>Wraps a loaded or freshly trained model.</summary>
    public LinearClassifier(LinearModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _hasher = new FeatureHasher(model.Settings);
        _weights = model.WeightArray;
        _biases = model.BiasArray;
    }

    /// <summary>The model scored with.</summary>
    public LinearModel Model { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Categories => Model.Categories;

    /// <inheritdoc />
    public IReadOnlyList<double> Thresholds => Model.Thresholds;

    /// <summary>Loads a model file.</summary>
    /// <exception cref="RuleLoadException">The file is not a usable model.</exception>
    public static LinearClassifier Load(string path, FeatureSettings? expected = null) => new(LinearModel.Load(path, expected));

    /// <summary>Loads a model from a stream.</summary>
    /// <exception cref="RuleLoadException">The data is not a usable model.</exception>
    public static LinearClassifier Load(Stream stream, string name, FeatureSettings? expected = null) => new(LinearModel.Load(stream, name, expected));

    /// <inheritdoc />
    public void Score(DraftView draft, Span<double> scores)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var k = _biases.Length;
        if (scores.Length < k) throw new ArgumentException($"need room for {k} scores", nameof(scores));
        var sums = scores[..k];
        sums.Clear();
        var sink = new Sink(_weights, sums, k);
        var count = _hasher.Extract(draft, ref sink);
        var scale = count == 0 ? 0 : 1 / Math.Sqrt(count);
        for (var c = 0; c < k; c++) sums[c] = Logistic(_biases[c] + sums[c] * scale);
    }

    // The trainer picks thresholds on scores computed here, so both use the same deterministic logistic.
    private static double Logistic(double z) => DeterministicMath.Sigmoid(z);

    private ref struct Sink(float[] weights, Span<double> sums, int k) : IFeatureSink
    {
        private readonly Span<double> _sums = sums;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int bucket, float sign)
        {
            ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(weights), bucket * k);
            for (var c = 0; c < _sums.Length; c++) _sums[c] += sign * Unsafe.Add(ref row, c);
        }
    }
}
