using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PolicyRules.Recognition;

namespace PolicyRules.Classification;

/// <summary>
/// An <see cref="IDraftClassifier"/> backed by a <see cref="LinearModel"/>: it hashes the draft's
/// features and, per category, adds up their weights, scales the sum by one over the square root
/// of the number of features, adds the bias and applies the logistic function. Scoring allocates
/// nothing and is thread-safe. For up to eight categories the weights are kept eight to a row so
/// one vector operation adds a feature's weights for every category; each category still sums
/// its own weights in feature order, so scores are the same with or without vector hardware.
/// </summary>
public sealed class LinearClassifier : IDraftClassifier
{
    private const int Lanes = 8;
    private readonly FeatureHasher _hasher;
    private readonly float[] _weights;
    private readonly float[] _biases;
    private readonly int _stride;

    /// <summary>Wraps a loaded or freshly trained model.</summary>
    public LinearClassifier(LinearModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _hasher = new FeatureHasher(model.Settings);
        _biases = model.BiasArray;
        var k = _biases.Length;
        if (k <= Lanes)
        {
            _stride = Lanes;
            var source = model.Weights;
            _weights = new float[(long)model.Settings.Buckets * Lanes];
            for (var b = 0; b < model.Settings.Buckets; b++) source.Slice(b * k, k).CopyTo(_weights.AsSpan(b * Lanes, k));
        }
        else
        {
            _stride = k;
            _weights = model.WeightArray;
        }
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
        int count;
        if (_stride == Lanes)
        {
            var sink = new VectorSink(_weights);
            count = _hasher.Extract(draft, ref sink);
            for (var c = 0; c < k; c++) scores[c] = sink.Sum.GetElement(c);
        }
        else
        {
            Span<float> sums = stackalloc float[k];
            var sink = new ScalarSink(_weights, sums);
            count = _hasher.Extract(draft, ref sink);
            for (var c = 0; c < k; c++) scores[c] = sums[c];
        }
        var scale = count == 0 ? 0 : 1 / Math.Sqrt(count);
        for (var c = 0; c < k; c++) scores[c] = Logistic(_biases[c] + scores[c] * scale);
    }

    // The trainer picks thresholds on scores computed here, so both use the same deterministic logistic.
    private static double Logistic(double z) => DeterministicMath.Sigmoid(z);

    private struct VectorSink(float[] weights) : IFeatureSink
    {
        public Vector256<float> Sum;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int bucket, float sign)
        {
            var row = Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(weights), (nuint)bucket * Lanes);
            Sum += row * sign;
        }
    }

    private ref struct ScalarSink(float[] weights, Span<float> sums) : IFeatureSink
    {
        private readonly Span<float> _sums = sums;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int bucket, float sign)
        {
            ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(weights), bucket * _sums.Length);
            for (var c = 0; c < _sums.Length; c++) _sums[c] += sign * Unsafe.Add(ref row, c);
        }
    }
}
