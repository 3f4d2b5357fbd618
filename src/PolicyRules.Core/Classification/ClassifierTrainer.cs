using System.Globalization;

namespace PolicyRules.Classification;

/// <summary>
/// Trains a <see cref="LinearModel"/>: one-vs-rest logistic regression over hashed features, with
/// k-fold cross-validation that both reports precision and recall per category and picks each
/// category's threshold on out-of-fold scores. Deterministic: the same examples and options give a
/// byte-identical model on any machine.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>Trains on the examples and cross-validates.</summary>
    /// <exception cref="ArgumentException">The options are invalid, or an example has a label outside the categories.</exception>
    public static TrainingReport Train(IReadOnlyList<TrainingExample> examples, TrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new TrainerOptions();
        Validate(examples, options);
        var categories = options.Categories;
        var k = categories.Count;
        var hasher = new FeatureHasher(options.Features);
        var matrix = SparseMatrix.Build(hasher, examples);
        var labels = categories.Select(c => examples.Select(e => e.Has(c)).ToArray()).ToArray();

        // Folds: a seeded shuffle, then round robin.
        var order = Enumerable.Range(0, examples.Count).ToArray();
        Shuffle(order, options.Seed);
        var fold = new int[examples.Count];
        for (var i = 0; i < order.Length; i++) fold[order[i]] = i % options.Folds;

        // One model per fold (trained without it), then one on everything; each (model, category) is independent.
        var models = new LinearModel[options.Folds + 1];
        var fits = new double[(options.Folds + 1) * k][];
        void FitOne(int task)
        {
            var (f, c) = (task / k, task % k);
            var rows = Enumerable.Range(0, examples.Count).Where(i => f == options.Folds || fold[i] != f).ToArray();
            fits[task] = LogisticRegression.Fit(matrix, rows, labels[c], options.L2, options.BalanceClasses, options.MaxIterations);
        }
        if (options.Parallel) System.Threading.Tasks.Parallel.For(0, fits.Length, FitOne);
        else for (var t = 0; t < fits.Length; t++) FitOne(t);
        var never = Enumerable.Repeat(double.PositiveInfinity, k).ToArray();
        for (var f = 0; f <= options.Folds; f++) models[f] = ToModel(options, matrix, fits.AsSpan(f * k, k), never, examples.Count);

        // Out-of-fold scores, through the same code path as inference.
        var scores = new double[examples.Count * k];
        var classifiers = models.Select(m => new LinearClassifier(m)).ToArray();
        for (var i = 0; i < examples.Count; i++)
            classifiers[fold[i]].Score(SparseMatrix.DraftView(examples[i]), scores.AsSpan(i * k, k));

        // Cross-validated quality: fold f is judged at thresholds chosen on the other folds' out-of-fold scores.
        var reports = new List<CategoryReport>();
        var flaggedClean = 0;
        var clean = examples.Count(e => e.Labels.Count == 0);
        var flagged = new bool[examples.Count];
        var thresholds = new double[k];
        for (var c = 0; c < k; c++)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var f = 0; f < options.Folds; f++)
            {
                var others = Enumerable.Range(0, examples.Count).Where(i => fold[i] != f).ToArray();
                var threshold = ChooseThreshold(others, i => scores[i * k + c], labels[c], options.TargetPrecision, options.MinTruePositives);
                for (var i = 0; i < examples.Count; i++)
                {
                    if (fold[i] != f) continue;
                    var hit = scores[i * k + c] >= threshold;
                    flagged[i] |= hit;
                    if (hit && labels[c][i]) tp++;
                    else if (hit) fp++;
                    else if (labels[c][i]) fn++;
                }
            }
            thresholds[c] = ChooseThreshold(Enumerable.Range(0, examples.Count).ToArray(), i => scores[i * k + c], labels[c], options.TargetPrecision, options.MinTruePositives);
            reports.Add(new CategoryReport(categories[c], labels[c].Count(b => b), thresholds[c], tp, fp, fn));
        }
        for (var i = 0; i < examples.Count; i++) if (flagged[i] && examples[i].Labels.Count == 0) flaggedClean++;
        var final = models[options.Folds].WithThresholds(thresholds);
        return new TrainingReport(final, reports, examples.Count, clean == 0 ? 0 : (double)flaggedClean / clean);
    }

    /// <summary>
    /// The threshold with the highest recall whose precision on these rows reaches the target with at
    /// least <paramref name="minTruePositives"/> true positives, and of those the highest: the midpoint
    /// between the lowest score kept and the next lower one. Infinity when no threshold qualifies.
    /// </summary>
    internal static double ChooseThreshold(int[] rows, Func<int, double> score, bool[] labels, double target, int minTruePositives)
    {
        var sorted = rows.OrderByDescending(score).ThenBy(i => i).ToArray();
        var best = double.PositiveInfinity;
        int tp = 0, fp = 0, bestTp = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (labels[sorted[i]]) tp++; else fp++;
            var s = score(sorted[i]);
            var lower = i + 1 < sorted.Length ? score(sorted[i + 1]) : 0;
            if (lower == s) continue; // keep ties together
            // Only a cut that gains recall moves the threshold down: negatives below the last gain are not taken in.
            if (tp > bestTp && tp >= minTruePositives && tp >= target * (tp + fp))
            {
                best = (s + lower) / 2;
                bestTp = tp;
            }
        }
        return best;
    }

    private static LinearModel ToModel(TrainerOptions options, SparseMatrix matrix, ReadOnlySpan<double[]> fits, double[] thresholds, int examples)
    {
        var k = fits.Length;
        var weights = new float[(long)options.Features.Buckets * k];
        var biases = new float[k];
        for (var c = 0; c < k; c++)
        {
            var w = fits[c];
            for (var col = 0; col < matrix.ColumnCount; col++) weights[(long)matrix.Buckets[col] * k + c] = (float)w[col];
            biases[c] = (float)w[^1];
        }
        var description = string.Create(CultureInfo.InvariantCulture,
            $"one-vs-rest logistic regression, L-BFGS; {examples} examples; L2 {options.L2:R}; balanced classes {options.BalanceClasses}; " +
            $"thresholds from {options.Folds}-fold out-of-fold scores at precision {options.TargetPrecision:R} (min {options.MinTruePositives} TP); seed {options.Seed}; max iterations {options.MaxIterations}");
        return new LinearModel(options.Features, options.Categories, thresholds, biases, weights, description);
    }

    private static void Validate(IReadOnlyList<TrainingExample> examples, TrainerOptions options)
    {
        if (options.Features.Problem() is { } problem) throw new ArgumentException(problem, nameof(options));
        if (options.Folds < 2) throw new ArgumentException("cross-validation needs at least 2 folds", nameof(options));
        if (examples.Count < options.Folds) throw new ArgumentException($"{examples.Count} examples cannot be split into {options.Folds} folds", nameof(examples));
        if (options.TargetPrecision is <= 0 or > 1) throw new ArgumentException("the target precision must be in (0, 1]", nameof(options));
        if (options.L2 < 0 || !double.IsFinite(options.L2)) throw new ArgumentException("the L2 penalty must be a finite number >= 0", nameof(options));
        if (options.MaxIterations < 1) throw new ArgumentException("at least one iteration", nameof(options));
        var known = new HashSet<string>(options.Categories, StringComparer.Ordinal);
        if (known.Count != options.Categories.Count || known.Count == 0) throw new ArgumentException("the categories must be distinct and not empty", nameof(options));
        foreach (var e in examples)
            foreach (var label in e.Labels)
                if (!known.Contains(label))
                    throw new ArgumentException($"example '{e.Id}' has the label '{label}', which is not one of: {string.Join(", ", options.Categories)}", nameof(examples));
    }

    // Fisher-Yates with SplitMix64: the same order for a seed in every .NET version (System.Random's sequence is not a contract).
    internal static void Shuffle(int[] items, int seed)
    {
        var state = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
        for (var i = items.Length - 1; i > 0; i--)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            var j = (int)(z % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
