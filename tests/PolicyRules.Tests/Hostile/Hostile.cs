using System.Security.Cryptography;
using System.Text;

namespace PolicyRules.Tests.Hostile;

/// <summary>
/// Shared pieces of the hostile-input suite: a realistic conduct pack with evasions on, engines
/// built from it, and the invariants every check must keep whatever the input.
/// </summary>
internal static class Hostile
{
    /// <summary>A conduct pack as a school would write it: swear words with evasions, a pattern, a combination, a recognizer.</summary>
    public const string ConductPack = """
        pack: conduct
        work-terms: [school, my class]
        rules:
          - id: swearing
            title: Swearing
            detect:
              lexicon: [fuck, shit, bitch, cunt, twat, wanker, bastard, arsehole, asshole, bollocks, cock, prick, crap, "piss off"]
              evasions: true
            message: "'{match}' is offensive language."
          - id: mobile
            title: Mobile number
            severity: warning
            detect: { pattern: '\b07\d{3} ?\d{6}\b' }
            message: "A mobile number: {match}."
          - id: head-insult
            title: Insulting the head
            detect:
              combination:
                all: [head, { lexicon: [useless, joke, clown] }]
                within: 6
            unless: { negated: true }
            message: "Insulting a colleague: {match}."
          - id: personal-email
            title: Personal email
            detect: { recognizer: email, tags: [personal] }
            message: "Personal email at {domain}."
        """;

    public static readonly Lazy<PolicyEngine> Engine = new(() =>
        new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml(ConductPack, "hostile-conduct.yaml").Build());

    /// <summary>Checks the text and asserts every violation's span is inside it and its excerpt is the text there.</summary>
    public static CheckResult CheckAndVerify(string text, PostContext? context = null, PolicyEngine? engine = null)
    {
        var result = (engine ?? Engine.Value).Check(text, context);
        VerifySpans(text, result);
        return result;
    }

    public static void VerifySpans(string text, CheckResult result)
    {
        foreach (var v in result.Violations)
        {
            if (v.Start < 0 || v.Length < 0 || v.Start + v.Length > text.Length)
                Assert.Fail($"span {v.Start}+{v.Length} of {v.Rule} is outside a text of {text.Length} chars");
            if (!string.Equals(v.Excerpt, text.Substring(v.Start, v.Length), StringComparison.Ordinal))
                Assert.Fail($"excerpt of {v.Rule} at {v.Start}+{v.Length} is not the text there");
            if (v.Length > 0 && v.Start > 0 && char.IsLowSurrogate(text[v.Start]) && char.IsHighSurrogate(text[v.Start - 1]))
                Assert.Fail($"span of {v.Rule} at {v.Start} starts inside a surrogate pair");
            if (v.End < text.Length && v.End > 0 && char.IsLowSurrogate(text[v.End]) && char.IsHighSurrogate(text[v.End - 1]))
                Assert.Fail($"span of {v.Rule} ending at {v.End} ends inside a surrogate pair");
        }
    }

    /// <summary>A stable description of a result: rule, span and message of every violation.</summary>
    public static string Key(CheckResult r) =>
        string.Join("|", r.Violations.Select(v => $"{v.Rule}@{v.Start}+{v.Length}:{v.Confidence}:{v.Message}"));

    public static string Hash(IEnumerable<string> keys)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var k in keys)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(k));
            sha.AppendData("\n"u8);
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>Best of several runs, in milliseconds: the least disturbed by the machine's other work.</summary>
    public static double BestMilliseconds(Action action, int runs = 3)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    /// <summary>
    /// Asserts that running on a text of 2n takes less than 4x as long as on n (linear gives ~2x,
    /// quadratic 4x and growing). Timing is noisy on shared CI runners, so: sizes of 1M and 2M chars
    /// (out of the CPU caches at both sizes, and long enough to time), the large text run first so
    /// buffers have grown, best of five runs each, and three attempts before failing. A quadratic part
    /// that is small beside linear work at n reads under 4x at 2n: <paramref name="scale"/> compares n
    /// with scale x n instead, against a limit of 2 x scale (quadratic gives scale squared).
    /// </summary>
    public static void AssertLinear(Func<int, string> make, Action<string> run, int n = 1_000_000, int scale = 2)
    {
        var small = make(n);
        var large = make(scale * n);
        run(large);
        var ratio = 0.0;
        double t1 = 0, t2 = 0;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            t1 = BestMilliseconds(() => run(small), 5);
            t2 = BestMilliseconds(() => run(large), 5);
            ratio = t2 / Math.Max(t1, 0.5);
            if (ratio < 2 * scale) return;
        }
        Assert.Fail($"time({scale * n:N0}) / time({n:N0}) = {t2:F1} ms / {t1:F1} ms = {ratio:F1}, which is not linear");
    }

    /// <summary>A text of about <paramref name="length"/> chars made by repeating <paramref name="piece"/>.</summary>
    public static string Repeat(string piece, int length)
    {
        var sb = new StringBuilder(length + piece.Length);
        while (sb.Length < length) sb.Append(piece);
        return sb.ToString(0, length);
    }
}
