namespace PolicyRules.Classification;

/// <summary>
/// <c>exp</c> and <c>log</c> written out in plain IEEE double arithmetic, so training gives the same
/// bits on every machine and runtime (the C runtime's <see cref="Math.Exp"/> may differ in the last
/// bit between platforms, and a model must rebuild byte for byte). Accurate to a few ulps, which is
/// far more than logistic regression needs.
/// </summary>
internal static class DeterministicMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;

    /// <summary>e to the power <paramref name="x"/>; clamps far outside the double range.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > 709) return double.PositiveInfinity;
        if (x < -745) return 0;
        // x = k ln2 + r with |r| <= ln2 / 2; e^r by its Taylor series (13 terms: error below 1e-16).
        var k = Math.Round(x * InvLn2, MidpointRounding.ToEven);
        var r = (x - k * Ln2Hi) - k * Ln2Lo;
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 13; n++)
        {
            term = term * r / n;
            sum += term;
        }
        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>The natural logarithm of a positive finite <paramref name="x"/>.</summary>
    public static double Log(double x)
    {
        if (double.IsNaN(x) || x < 0) return double.NaN;
        if (x == 0) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(x)) return x;
        // x = m 2^e with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172.
        var e = Math.ILogB(x);
        var m = Math.ScaleB(x, -e);
        if (m > 1.4142135623730951) { m /= 2; e++; }
        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        var term = s;
        var sum = s;
        for (var n = 3; n <= 25; n += 2)
        {
            term *= s2;
            sum += term / n;
        }
        return 2 * sum + e * Ln2Hi + e * Ln2Lo;
    }

    /// <summary>The logistic function 1 / (1 + e^-z).</summary>
    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Exp(-z)) : Exp(z) / (1 + Exp(z));

    /// <summary>log(1 + e^z) without overflow.</summary>
    public static double Softplus(double z) => z > 0 ? z + Log(1 + Exp(-z)) : Log(1 + Exp(z));
}
