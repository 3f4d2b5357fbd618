using System.Diagnostics;
using System.Text;

namespace PolicyRules.Tests.Hostile;

/// <summary>
/// Hostile packs and policies: each is refused with a clear, positioned error, or loads and builds
/// within bounded time and memory. Nothing in a pack can run code or read files.
/// </summary>
[Parallelizable(ParallelScope.None)]
public class PackHostileTests
{
    private const string Rule = "    title: T\n    detect: { lexicon: [x] }\n    message: M\n";

    private static RuleLoadException Refused(string yaml)
    {
        var act = () => RuleFiles.LoadPack(yaml, "hostile.yaml");
        return act.Should().Throw<RuleLoadException>().Which;
    }

    [Test]
    public void BillionLaughsIsRefusedAtTheFirstAnchor()
    {
        var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
            sb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        sb.Append("pack: *a9\nrules: []\n");
        var e = Refused(sb.ToString());
        e.Problem.Should().Contain("anchors (&name) are not allowed");
        (e.Line, e.Column).Should().Be((1, 5));
    }

    [Test]
    public void AliasWithoutAnchorIsRefused()
    {
        // An alias to an undefined anchor is a YAML error; a defined one is refused at the anchor.
        Refused("pack: *nothing\nrules: []\n").Line.Should().Be(1);
        Refused("pack: conduct\nrules:\n  - &r { id: a, title: T, detect: x, message: M }\n  - *r\n").Problem.Should().Contain("anchors");
        Refused("pack: conduct\n<<: { rules: [] }\n").Should().NotBeNull(); // merge keys are plain keys here, then unknown
    }

    [TestCase(40)]
    [TestCase(10_000)]
    public void DeepNestingIsRefusedWithPosition(int depth)
    {
        foreach (var (open, close) in new[] { ("[", "]"), ("{a: ", "}") })
        {
            var yaml = "pack: conduct\nrules: " + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
            var e = Refused(yaml);
            e.Line.Should().BeGreaterThan(0, e.Message);
            e.Problem.Should().Match(p => p.Contains("nesting is deeper") || p.Contains("invalid YAML"), e.Message);
        }
        // block style: "- - - - x" nests one sequence per dash
        Refused("pack: conduct\nrules:\n  " + string.Concat(Enumerable.Repeat("- ", depth)) + "x\n").Line.Should().BeGreaterThan(0);
    }

    [Test]
    public void HugeScalarIsRefusedBeforeParsing()
    {
        var yaml = "pack: conduct\nrules:\n  - id: a\n    title: " + new string('x', 20 * 1024 * 1024) + "\n    detect: x\n    message: M\n";
        var sw = Stopwatch.StartNew();
        var e = Refused(yaml);
        e.Problem.Should().Contain("larger than 16 MB");
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Test]
    public void LargeScalarUnderTheCapLoads()
    {
        // A 10 MB phrase is absurd but harmless: it loads, builds and never matches ordinary text.
        var phrase = Hostile.Repeat("lorem ", 10 * 1024 * 1024).TrimEnd();
        var yaml = $"pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: {{ lexicon: ['{phrase}'] }}\n    message: M\n";
        var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
        engine.Check("lorem ipsum").Violations.Should().BeEmpty();
    }

    [Test]
    public void DuplicateKeysAnywhereAreErrors()
    {
        Refused("pack: conduct\npack: other\nrules: []\n").Problem.Should().Contain("duplicate key 'pack'");
        Refused("pack: conduct\nrules:\n  - id: a\n    id: b\n" + Rule).Problem.Should().Contain("duplicate key 'id'");
        Refused("pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { lexicon: [x], lexicon: [y] }\n    message: M\n").Problem.Should().Contain("duplicate key 'lexicon'");
        Refused("{pack: conduct, \"pack\": conduct, rules: []}").Problem.Should().Contain("duplicate key");
    }

    [TestCase("!!python/object/apply:os.system ['rm -rf /']")]
    [TestCase("!System.Diagnostics.Process, System")]
    [TestCase("!<tag:yaml.org,2002:System.IO.File>")]
    [TestCase("!!binary aGVsbG8=")]
    [TestCase("!!set {a, b}")]
    [TestCase("!include /etc/passwd")]
    [TestCase("!file /etc/passwd")]
    [TestCase("!env HOME")]
    public void TagsAskingForTypesOrFilesAreRefused(string tagged)
    {
        var e = Refused($"pack: conduct\nrules:\n  - id: a\n    title: {tagged}\n    detect: x\n    message: M\n");
        e.Problem.Should().Match(p => p.Contains("tags such as") || p.StartsWith("invalid YAML"), e.Message);
        e.Line.Should().Be(4, e.Message);
    }

    [Test]
    public void FileLookingValuesAreInertText()
    {
        // There is no include mechanism: a value that looks like a path or URL is just a phrase.
        var secret = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "leaked secret words");
        try
        {
            var yaml = $$"""
                pack: conduct
                description: '{{secret}}'
                work-terms: ['file://{{secret}}', '$(cat {{secret}})']
                rules:
                  - id: a
                    title: '{{secret}}'
                    detect: { lexicon: ['{{secret}}', 'include {{secret}}'] }
                    message: 'file://{{secret}} {match}'
                    suggestion: '@{{secret}} <include {{secret}}> $(cat {{secret}})'
                """;
            var pack = RuleFiles.LoadPack(yaml, "inert.yaml");
            pack.Description.Should().Be(secret);
            pack.Rules[0].Title.Should().Be(secret);
            var engine = new PolicyEngineBuilder().AddPack(pack).Build();
            engine.Check("leaked secret words").Violations.Should().BeEmpty();
            var v = engine.Check($"see {secret} now").Violations.Should().ContainSingle().Which;
            v.Message.Should().Contain("file://" + secret).And.NotContain("leaked");
            v.Suggestion.Should().Be($"@{secret} <include {secret}> $(cat {secret})");
        }
        finally { File.Delete(secret); }
    }

    [Test]
    public void LoadingNeverCreatesTypesOrTouchesFiles()
    {
        // Packs are read from parser events into plain nodes; the loader assembly never deserialises.
        // Watch the file system while loading a pack full of path-like and type-like values.
        var dir = Directory.CreateTempSubdirectory("policyrules-hostile-").FullName;
        try
        {
            using var watcher = new FileSystemWatcher(dir) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            var events = 0;
            watcher.Created += (_, _) => Interlocked.Increment(ref events);
            watcher.Changed += (_, _) => Interlocked.Increment(ref events);
            var target = Path.Combine(dir, "created-by-pack.txt");
            var yaml = $"pack: conduct\nrules:\n  - id: a\n    title: '{target}'\n    detect: {{ lexicon: ['System.IO.File.WriteAllText({target})'] }}\n    message: M\n";
            new PolicyEngineBuilder().AddPackYaml(yaml).Build().Check("hello");
            File.Exists(target).Should().BeFalse();
            events.Should().Be(0);
        }
        finally { Directory.Delete(dir, true); }
    }

    [TestCase("(a+)+$")]
    [TestCase("(a|aa)+$")]
    [TestCase("(a|a?)+b")]
    [TestCase("(.*a){20}")]
    [TestCase("^(\\w+\\s?)+$")]
    [TestCase("(x+x+)+y")]
    public void CatastrophicRegexRunsInLinearTime(string pattern)
    {
        var yaml = $"pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: {{ pattern: '{pattern}' }}\n    message: M\n";
        var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
        foreach (var c in new[] { 'a', 'x' })
        {
            var text = new string(c, 100_000) + "!";
            // With backtracking this would run for longer than the universe; NonBacktracking is linear.
            // Wall-clock bound is generous (10 s; it takes milliseconds) to survive a loaded CI runner.
            var sw = Stopwatch.StartNew();
            Hostile.CheckAndVerify(text, engine: engine);
            sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        }
        Hostile.AssertLinear(n => new string('a', n) + "!", text => engine.Check(text));
    }

    [TestCase("(?=a)a", "cannot run in linear time")]
    [TestCase("(?<!b)a", "cannot run in linear time")]
    [TestCase("(a)\\1", "cannot run in linear time")]
    [TestCase("(?>a+)b", "cannot run in linear time")]
    [TestCase("a{1000000000}", "cannot run in linear time")]
    public void RegexConstructsThatCannotBeLinearAreRefused(string pattern, string message)
    {
        var e = Refused($"pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: {{ pattern: '{pattern}' }}\n    message: M\n");
        e.Problem.Should().Contain(message);
        e.Line.Should().Be(5);
    }

    [Test]
    public void HugeRegexCountIsBoundedByRepetitionLimits()
    {
        // NonBacktracking builds its automaton lazily; a pattern with a huge counted repetition must
        // either be refused or run without exhausting memory.
        var yaml = "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { pattern: '(a|b){5000}c' }\n    message: M\n";
        try
        {
            var engine = new PolicyEngineBuilder().AddPackYaml(yaml).Build();
            var sw = Stopwatch.StartNew();
            Hostile.CheckAndVerify(Hostile.Repeat("ab", 50_000), engine: engine);
            sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20)); // generous: see CatastrophicRegexRunsInLinearTime
        }
        catch (RuleLoadException e)
        {
            e.Line.Should().Be(5);
        }
    }

    [Test]
    public void RuleWithOneHundredThousandPhrasesLoadsAndBuildsInBoundedTimeAndMemory()
    {
        var random = new Random(100_000);
        var phrases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (phrases.Count < 100_000)
        {
            var words = random.Next(1, 4);
            phrases.Add(string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random))));
        }
        var list = phrases.ToList();
        var yaml = "pack: conduct\nrules:\n  - id: big\n    title: T\n    detect:\n      evasions: true\n      lexicon:\n" +
                   string.Concat(list.Select(p => $"        - {p}\n")) + "    message: M\n";
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var engine = new PolicyEngineBuilder().AddPackYaml(yaml, "big.yaml").Build();
        var elapsed = sw.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        TestContext.Out.WriteLine($"100,000 phrases ({yaml.Length / 1024} KB of YAML): load+build {elapsed.TotalMilliseconds:F0} ms, {allocated / (1024 * 1024)} MB allocated");
        // Bounds: ~10x what it measures on a CI runner; they catch quadratic building, not small regressions.
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
        allocated.Should().BeLessThan(2L * 1024 * 1024 * 1024);
        engine.ShouldFlag($"so {list[12_345]} now", "big");
        engine.ShouldFlag(list[99_999].ToUpperInvariant(), "big");
        var text = string.Join(' ', Enumerable.Range(0, 20_000).Select(_ => Word(random)));
        Hostile.CheckAndVerify(text, engine: engine);
    }

    private static string Word(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var chars = new char[random.Next(3, 9)];
        for (var i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
        return new string(chars);
    }

    [Test]
    public void TooManyNodesIsRefused()
    {
        // Just over the node cap, with short items, stays under the 16 MB size cap: refused by count.
        var sb = new StringBuilder("pack: conduct\nrules: [");
        for (var i = 0; i < PolicyRules.Loading.YamlTree.MaxNodes; i++) sb.Append("x,");
        sb.Append("x]\n");
        if (sb.Length > RuleFiles.MaxFileChars) Assert.Ignore("node cap cannot be reached under the size cap");
        Refused(sb.ToString()).Problem.Should().Contain("YAML nodes");
    }

    [Test]
    public void HostilePoliciesAreRefusedToo()
    {
        var act = () => RuleFiles.LoadPolicy("policy: &p x\ntitle: *p\nclauses: []\n", "p.yaml");
        act.Should().Throw<RuleLoadException>().Which.Problem.Should().Contain("anchors");
        act = () => RuleFiles.LoadPolicy("policy: !!python/object x\n", "p.yaml");
        act.Should().Throw<RuleLoadException>().Which.Problem.Should().Contain("tags");
        act = () => RuleFiles.LoadPolicy(new string('[', 10_000), "p.yaml");
        act.Should().Throw<RuleLoadException>().Which.Line.Should().BeGreaterThan(0);
    }

    [Test]
    public void PackFileBiggerThanTheCapIsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"huge-{Guid.NewGuid():N}.yaml");
        using (var f = File.Create(path)) f.SetLength(40L * 1024 * 1024);
        try
        {
            var act = () => new PolicyEngineBuilder().AddPackFile(path);
            act.Should().Throw<RuleLoadException>().Which.Problem.Should().Contain("larger than");
        }
        finally { File.Delete(path); }
    }
}
