namespace PolicyRules.Classification;

/// <summary>
/// The hashed features of a set of examples, one row each, in compressed sparse rows. Columns are
/// the buckets that occur at all, renumbered densely; values are summed signs scaled by one over the
/// square root of the row's feature count, exactly as <see cref="LinearClassifier"/> scores.
/// </summary>
internal sealed class SparseMatrix
{
    private SparseMatrix(int[] rowStart, int[] columns, double[] values, int[] buckets)
    {
        RowStart = rowStart;
        Columns = columns;
        Values = values;
        Buckets = buckets;
    }

    public int[] RowStart { get; }
    public int[] Columns { get; }
    public double[] Values { get; }
    /// <summary>The bucket of each column.</summary>
    public int[] Buckets { get; }
    public int Rows => RowStart.Length - 1;
    public int ColumnCount => Buckets.Length;

    public static SparseMatrix Build(FeatureHasher hasher, IReadOnlyList<TrainingExample> examples)
    {
        var rows = new List<(int Bucket, double Value)[]>(examples.Count);
        var sink = new ListSink { Items = [] };
        var used = new bool[hasher.Settings.Buckets];
        foreach (var example in examples)
        {
            sink.Items.Clear();
            var count = hasher.Extract(DraftView(example), ref sink);
            sink.Items.Sort(static (a, b) => a.Bucket.CompareTo(b.Bucket));
            var scale = count == 0 ? 0 : 1 / Math.Sqrt(count);
            var row = new List<(int, double)>();
            for (var i = 0; i < sink.Items.Count;)
            {
                var bucket = sink.Items[i].Bucket;
                var sum = 0.0;
                for (; i < sink.Items.Count && sink.Items[i].Bucket == bucket; i++) sum += sink.Items[i].Sign;
                if (sum == 0) continue;
                row.Add((bucket, sum * scale));
                used[bucket] = true;
            }
            rows.Add([.. row]);
        }
        var columnOf = new int[used.Length];
        var buckets = new List<int>();
        for (var b = 0; b < used.Length; b++)
        {
            columnOf[b] = used[b] ? buckets.Count : -1;
            if (used[b]) buckets.Add(b);
        }
        var rowStart = new int[rows.Count + 1];
        for (var r = 0; r < rows.Count; r++) rowStart[r + 1] = rowStart[r] + rows[r].Length;
        var columns = new int[rowStart[^1]];
        var values = new double[rowStart[^1]];
        var at = 0;
        foreach (var row in rows)
            foreach (var (bucket, value) in row)
            {
                columns[at] = columnOf[bucket];
                values[at++] = value;
            }
        return new SparseMatrix(rowStart, columns, values, [.. buckets]);
    }

    public static Recognition.DraftView DraftView(TrainingExample example) => Recognition.DraftView.Create(example.Text, example.Context);

    private struct ListSink : IFeatureSink
    {
        public List<(int Bucket, float Sign)> Items;
        public readonly void Add(int bucket, float sign) => Items.Add((bucket, sign));
    }
}
