namespace PolicyRules.Classification;

/// <summary>
/// Binary logistic regression with an L2 penalty and per-example weights, minimised by full-batch
/// L-BFGS with a backtracking (Armijo) line search. There is no randomness and every sum runs in a
/// fixed order on one thread, with <see cref="DeterministicMath"/> for exp and log, so the same
/// data always gives the same bits.
/// </summary>
internal static class LogisticRegression
{
    private const int History = 10;

    /// <summary>Fits weights (one per matrix column) and a bias on the given rows.</summary>
    /// <returns>The weights, with the bias as the last element.</returns>
    public static double[] Fit(SparseMatrix x, int[] rows, bool[] labels, double l2, bool balance, int maxIterations)
    {
        var n = rows.Length;
        var positives = 0;
        foreach (var r in rows) if (labels[r]) positives++;
        var negatives = n - positives;
        var dim = x.ColumnCount + 1;
        var w = new double[dim];
        if (positives == 0 || negatives == 0)
        {
            // One class only: the bias alone, pushed towards it.
            w[^1] = positives == 0 ? -10 : 10;
            return w;
        }
        var positiveWeight = balance ? n / (2.0 * positives) : 1.0;
        var negativeWeight = balance ? n / (2.0 * negatives) : 1.0;
        var weightSum = positives * positiveWeight + negatives * negativeWeight;
        w[^1] = DeterministicMath.Log((double)positives / negatives);

        var margins = new double[n];
        double Evaluate(double[] p, double[] gradient)
        {
            Array.Clear(gradient);
            var loss = 0.0;
            for (var i = 0; i < n; i++)
            {
                var r = rows[i];
                var z = p[^1];
                for (var j = x.RowStart[r]; j < x.RowStart[r + 1]; j++) z += p[x.Columns[j]] * x.Values[j];
                margins[i] = z;
                var y = labels[r];
                var c = (y ? positiveWeight : negativeWeight) / weightSum;
                loss += c * (DeterministicMath.Softplus(z) - (y ? z : 0));
                var residual = c * (DeterministicMath.Sigmoid(z) - (y ? 1 : 0));
                for (var j = x.RowStart[r]; j < x.RowStart[r + 1]; j++) gradient[x.Columns[j]] += residual * x.Values[j];
                gradient[^1] += residual;
            }
            for (var j = 0; j < dim - 1; j++)
            {
                loss += 0.5 * l2 * p[j] * p[j];
                gradient[j] += l2 * p[j];
            }
            return loss;
        }

        var g = new double[dim];
        var f = Evaluate(w, g);
        var s = new double[History][];
        var y = new double[History][];
        var rho = new double[History];
        var alpha = new double[History];
        var stored = 0;
        var next = 0;
        var direction = new double[dim];
        var candidate = new double[dim];
        var candidateGradient = new double[dim];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (Norm(g) <= 1e-6 * Math.Max(1, Norm(w))) break;

            // Two-loop recursion: direction = -H g.
            for (var j = 0; j < dim; j++) direction[j] = -g[j];
            for (var k = 0; k < stored; k++)
            {
                var m = (next - 1 - k + History) % History;
                alpha[m] = rho[m] * Dot(s[m], direction);
                Axpy(-alpha[m], y[m], direction);
            }
            if (stored > 0)
            {
                var last = (next - 1 + History) % History;
                Scale(direction, Dot(s[last], y[last]) / Dot(y[last], y[last]));
            }
            else Scale(direction, 1 / Math.Max(1, Norm(g)));
            for (var k = stored - 1; k >= 0; k--)
            {
                var m = (next - 1 - k + History) % History;
                var beta = rho[m] * Dot(y[m], direction);
                Axpy(alpha[m] - beta, s[m], direction);
            }
            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                stored = 0;
                for (var j = 0; j < dim; j++) direction[j] = -g[j] / Math.Max(1, Norm(g));
                slope = Dot(g, direction);
            }

            var step = 1.0;
            double fNew;
            var accepted = false;
            for (var tries = 0; ; tries++)
            {
                for (var j = 0; j < dim; j++) candidate[j] = w[j] + step * direction[j];
                fNew = Evaluate(candidate, candidateGradient);
                if (fNew <= f + 1e-4 * step * slope) { accepted = true; break; }
                if (tries == 30) break;
                step *= 0.5;
            }
            if (!accepted) break;

            var slot = next;
            s[slot] ??= new double[dim];
            y[slot] ??= new double[dim];
            for (var j = 0; j < dim; j++)
            {
                s[slot][j] = candidate[j] - w[j];
                y[slot][j] = candidateGradient[j] - g[j];
            }
            var sy = Dot(s[slot], y[slot]);
            if (sy > 1e-12)
            {
                rho[slot] = 1 / sy;
                next = (next + 1) % History;
                stored = Math.Min(stored + 1, History);
            }
            (w, candidate) = (candidate, w);
            (g, candidateGradient) = (candidateGradient, g);
            var decrease = f - fNew;
            f = fNew;
            if (decrease <= 1e-10 * Math.Max(1, Math.Abs(f))) break;
        }
        return w;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++) y[i] += a * x[i];
    }

    private static void Scale(double[] x, double a)
    {
        for (var i = 0; i < x.Length; i++) x[i] *= a;
    }
}
