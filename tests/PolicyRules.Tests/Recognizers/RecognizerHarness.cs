using System.Diagnostics;
using PolicyRules.Recognition;
using PolicyRules.Recognizers;
using PolicyRules.Text;

namespace PolicyRules.Tests.Recognizers;

/// <summary>Runs one bundled recognizer on a draft, the way the engine does (trigger first).</summary>
internal static class RecognizerHarness
{
    public static List<Entity> Run(string name, string text, PostContext? context = null)
    {
        var recognizer = RecognizerCatalog.Get(name);
        var norm = new NormalizedText();
        norm.Normalize(text);
        var tokens = new TokenizedText();
        Tokenizer.Tokenize(norm, tokens);
        var view = new DraftView();
        view.Reset(norm, tokens, context ?? PostContext.Default);
        var results = new List<Entity>();
        // As the engine does: the trigger is looked for in the text the recognizer reads (full-width digits as ASCII).
        if (recognizer.Trigger is null || view.Text.AsSpan().ContainsAny(recognizer.Trigger))
            recognizer.Recognize(view, results);
        foreach (var e in results)
        {
            e.Start.Should().BeGreaterThanOrEqualTo(0);
            e.End.Should().BeLessThanOrEqualTo(text.Length);
            e.Confidence.Should().BeInRange(0, 1);
        }
        return results;
    }

    public static string TextOf(string text, Entity e) => text.Substring(e.Start, e.Length);

    /// <summary>Asserts one entity (above the confidence floor) covers exactly <paramref name="expected"/>, and returns it.</summary>
    public static Entity Expect(string name, string text, string expected, PostContext? context = null, double minConfidence = 0.5)
    {
        var found = Run(name, text, context).Where(e => e.Confidence >= minConfidence).ToList();
        found.Select(e => TextOf(text, e)).Should().Contain(expected, because: $"'{text}' should give {name} '{expected}'");
        return found.First(e => TextOf(text, e) == expected);
    }

    /// <summary>Runs a case written with the expected span in brackets: "call [[07700 900123]] now".</summary>
    public static Entity ExpectMarked(string name, string marked, PostContext? context = null, double minConfidence = 0.5)
    {
        var open = marked.IndexOf("[[", StringComparison.Ordinal);
        var close = marked.IndexOf("]]", StringComparison.Ordinal);
        var expected = marked[(open + 2)..close];
        var text = marked[..open] + expected + marked[(close + 2)..];
        var e = Expect(name, text, expected, context, minConfidence);
        e.Start.Should().Be(open);
        return e;
    }

    public static void ExpectNone(string name, string text, PostContext? context = null, double minConfidence = 0.5)
    {
        var found = Run(name, text, context).Where(e => e.Confidence >= minConfidence).Select(e => TextOf(text, e)).ToList();
        found.Should().BeEmpty(because: $"'{text}' should give no {name}");
    }

    /// <summary>
    /// Runs the recognizer on 100,000 characters built to provoke backtracking and returns the result
    /// count. The 5 s limit is generous on purpose (CI machines vary): a regex that backtracks
    /// catastrophically takes minutes or hits its match timeout, a linear one takes milliseconds.
    /// </summary>
    public static int Adversarial(string name, string unit, PostContext? context = null)
    {
        var sb = new System.Text.StringBuilder(100_000 + unit.Length);
        while (sb.Length < 100_000) sb.Append(unit);
        var text = sb.ToString(0, 100_000);
        var watch = Stopwatch.StartNew();
        var results = Run(name, text, context);
        watch.Stop();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        return results.Count;
    }

    /// <summary>An engine with the bundled recognizers and a one-rule pack using <paramref name="recognizer"/>.</summary>
    public static PolicyEngine EngineFor(string recognizer, string filter = "") =>
        new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml($$"""
            pack: pupil-identification
            rules:
              - id: found
                title: Found
                detect: { recognizer: {{recognizer}}{{filter}} }
                message: "Found {match}."
            """, "test.yaml").Build();
}
