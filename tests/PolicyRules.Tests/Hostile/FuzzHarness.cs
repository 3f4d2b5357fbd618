using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PolicyRules.Tests.Hostile;

/// <summary>
/// A seeded mutation fuzzer over drafts and pack YAML. CI runs a fixed number of iterations; set
/// <c>POLICYRULES_FUZZ_ITERATIONS</c> (and <c>POLICYRULES_FUZZ_SEED</c>) to run longer locally. Every
/// input that breaks an invariant is written to <c>Hostile/Regressions/</c> and the test fails; commit
/// the file and <see cref="RegressionTests"/> replays it for ever.
/// </summary>
[Parallelizable(ParallelScope.None)]
public class FuzzHarness
{
    private static int Iterations(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("POLICYRULES_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : ci;

    private static int Seed(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("POLICYRULES_FUZZ_SEED"), out var n) ? n : ci;

    private static readonly string[] YamlPieces =
    [
        "&a ", "*a", "!!str ", "!!python/object ", "!include ", "{", "}", "[", "]", ": ", ":", "- ", "\n", "\n  ", "\n    ", "'", "\"",
        "#", "|", ">", "? ", "%YAML 1.2\n", "---\n", "...\n", "\t", ",", "<<: ", "~", "null", "true", "1e999", "0x", "\\", "\\u",
        "lexicon: ", "pattern: ", "combination: ", "all: ", "any: ", "within: ", "recognizer: ", "required: ", "evasions: true",
        "(a+)+$", "[^", "(?=", "\\1", "{1000}", "{match}", "{", "}", "when: ", "channel: ", "unless: ", "near: ", "examples: ",
    ];

    internal static string Mutate(Random random, string input, string[] pieces)
    {
        var sb = new StringBuilder(input);
        var steps = 1 + random.Next(4);
        for (var s = 0; s < steps; s++)
        {
            var at = sb.Length == 0 ? 0 : random.Next(sb.Length + 1);
            switch (random.Next(8))
            {
                case 0: sb.Insert(at, pieces[random.Next(pieces.Length)]); break;
                case 1: sb.Insert(at, PropertyTests.Pieces[random.Next(PropertyTests.Pieces.Length)]); break;
                case 2 when sb.Length > 0:
                    sb.Remove(Math.Min(at, sb.Length - 1), Math.Min(1 + random.Next(16), sb.Length - Math.Min(at, sb.Length - 1)));
                    break;
                case 3 when sb.Length > 0:
                {
                    var start = random.Next(sb.Length);
                    var len = Math.Min(1 + random.Next(32), sb.Length - start);
                    sb.Insert(at, sb.ToString(start, len));
                    break;
                }
                case 4 when sb.Length > 0: sb[Math.Min(at, sb.Length - 1)] = (char)random.Next(char.MaxValue + 1); break;
                case 5: sb.Insert(at, (char)random.Next(128)); break;
                case 6: sb.Insert(at, string.Concat(Enumerable.Repeat(pieces[random.Next(pieces.Length)], 1 + random.Next(300)))); break;
                default: sb.Insert(at, PropertyTests.Generate(random, 10)); break;
            }
        }
        return sb.Length > 200_000 ? sb.ToString(0, 200_000) : sb.ToString();
    }

    /// <summary>What must hold for a draft; null when it does, else what went wrong.</summary>
    internal static string? DraftProblem(PolicyEngine engine, string text)
    {
        try
        {
            // The half-length check first leaves this thread's buffers sized for a shorter text: the
            // state a busy server thread is in, and where buffer-growth bugs show.
            engine.Check(new string('x', text.Length / 2));
            var first = engine.Check(text);
            Hostile.VerifySpans(text, first);
            var again = engine.Check(text);
            if (Hostile.Key(again) != Hostile.Key(first)) return "different result the second time";
            return null;
        }
        catch (AssertionException e) { return e.Message; }
        catch (Exception e) { return e.ToString(); }
    }

    /// <summary>What must hold for a pack: it loads or fails with a positioned <see cref="RuleLoadException"/>; if it builds, drafts check.</summary>
    internal static string? PackProblem(string yaml)
    {
        try
        {
            PolicyEngine engine;
            try
            {
                engine = new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml(yaml, "fuzz.yaml").Build();
            }
            catch (RuleLoadException e)
            {
                return e.Message.StartsWith("fuzz.yaml", StringComparison.Ordinal) ? null : "error does not name the file: " + e.Message;
            }
            foreach (var draft in new[] { "", "shit", "the head is a joke", "jo@gmail.com 07700 900123 f**k", "aaaa(a+)+$ " + new string('a', 5000) })
                if (DraftProblem(engine, draft) is { } p) return $"draft \"{draft}\": {p}";
            return null;
        }
        catch (Exception e) { return e.ToString(); }
    }

    [Test]
    public void FuzzDrafts()
    {
        var engine = Hostile.Engine.Value;
        var seed = Seed(20260401);
        var random = new Random(seed);
        var corpus = new List<string> { "", "shit", "f u c k off", "the head is a joke. jo@gmail.com", "ß𝐟𝐮𝐜𝐤\u0301\uD800" };
        var found = new List<string>();
        var iterations = Iterations(20_000);
        for (var i = 0; i < iterations && found.Count < 5; i++)
        {
            var text = Mutate(random, corpus[random.Next(corpus.Count)], PropertyTests.Pieces);
            if (DraftProblem(engine, text) is { } problem)
            {
                found.Add(Save("draft", text) + ": " + problem);
                continue;
            }
            if (corpus.Count < 500 && random.Next(10) == 0) corpus.Add(text); // grow the corpus with survivors
        }
        found.Should().BeEmpty($"seed {seed}: inputs saved to Regressions/; commit them");
    }

    [Test]
    public void FuzzPacks()
    {
        var seed = Seed(20260402);
        var random = new Random(seed);
        var corpus = new List<string>
        {
            Hostile.ConductPack,
            "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { pattern: 'x+y' }\n    message: '{match}'\n",
            "pack: privacy\nwork-terms: [school]\nrules:\n  - id: r\n    title: T\n    when: { channel: personal, mentions-work: true }\n    detect:\n      required:\n        any: [\"views my own\"]\n        trigger: [think]\n    message: M\n    examples:\n      match: [\"I think school is bad\"]\n",
        };
        var found = new List<string>();
        var iterations = Iterations(2_000);
        for (var i = 0; i < iterations && found.Count < 5; i++)
        {
            var yaml = Mutate(random, corpus[random.Next(corpus.Count)], YamlPieces);
            if (PackProblem(yaml) is { } problem)
            {
                found.Add(Save("pack", yaml) + ": " + problem);
                continue;
            }
            if (corpus.Count < 200 && random.Next(5) == 0) corpus.Add(yaml);
        }
        found.Should().BeEmpty($"seed {seed}: inputs saved to Regressions/; commit them");
    }

    // ---- the regression folder: one file per input, text escaped so lone surrogates survive ----

    internal static string RegressionsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Regressions");

    private static string Save(string kind, string input)
    {
        var escaped = Escape(input);
        var name = $"{kind}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(escaped)))[..12].ToLowerInvariant()}.{kind}.txt";
        try
        {
            Directory.CreateDirectory(RegressionsFolder());
            File.WriteAllText(Path.Combine(RegressionsFolder(), name), escaped);
        }
        catch (IOException) { TestContext.Out.WriteLine($"could not save {name}; input: {escaped}"); }
        return name;
    }

    /// <summary>Printable ASCII stays; backslash and everything else become <c>\uXXXX</c>. A newline is kept after its escape for reading.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= ' ' and <= '~' and not '\\') sb.Append(c);
            else sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            if (c == '\n') sb.Append('\n');
        }
        return sb.ToString();
    }

    internal static string Unescape(string escaped)
    {
        var sb = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c is '\n' or '\r') continue; // layout only; real newlines are escaped
            if (c == '\\' && i + 5 < escaped.Length && escaped[i + 1] == 'u')
            {
                sb.Append((char)int.Parse(escaped.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}

/// <summary>Replays every input the fuzzer (or a person) ever found that broke an invariant.</summary>
public class RegressionTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Directory.Exists(FuzzHarness.RegressionsFolder())
            ? Directory.EnumerateFiles(FuzzHarness.RegressionsFolder(), "*.txt").Order(StringComparer.Ordinal)
                .Select(f => new TestCaseData(Path.GetFileName(f)).SetName($"Regression {Path.GetFileName(f)}"))
            : [];

    [TestCaseSource(nameof(Cases))]
    public void Replay(string file)
    {
        var input = FuzzHarness.Unescape(File.ReadAllText(Path.Combine(FuzzHarness.RegressionsFolder(), file)));
        var problem = file.EndsWith(".pack.txt", StringComparison.Ordinal)
            ? FuzzHarness.PackProblem(input)
            : FuzzHarness.DraftProblem(Hostile.Engine.Value, input);
        problem.Should().BeNull();
    }

    [Test]
    public void EscapingRoundTrips()
    {
        foreach (var s in new[] { "", "a\\u0041b", "\uD800\n\r\t\0😀", "plain text", "\\" })
            FuzzHarness.Unescape(FuzzHarness.Escape(s)).Should().Be(s);
    }
}
