namespace PolicyRules.Tests.Loading;

/// <summary>Every way a pack or policy can be wrong gets a plain message with file, line and column.</summary>
public class LoaderErrorTests
{
    private const string Rule = "    title: T\n    detect: { lexicon: [x] }\n    message: M\n";

    private static readonly object[] PackCases =
    [
        new object[] { "pack: conduct\nrules:\n  - id: a\n    sevrity: error\n" + Rule, "unknown key 'sevrity' in rule 'a'; did you mean 'severity'?", 4, 5 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n" + Rule + "  - id: a\n" + Rule, "duplicate rule id 'a'", 7, 5 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { pattern: '(abc' }\n    message: M\n", "invalid regex '(abc'", 5, 24 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { pattern: '(a)\\1' }\n    message: M\n", "cannot run in linear time", 5, 24 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { pattern: 'a*' }\n    message: M\n", "matches empty text", 5, 24 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { lexicon: [x] }\n", "rule 'a' is missing the required key 'message'", 3, 5 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    message: M\n", "missing the required key 'detect'", 3, 5 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: [T\n", "invalid YAML", 5, 1 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    severity: fatal\n" + Rule, "severity must be one of: info, warning, error", 4, 15 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    when: { channel: [twitter] }\n" + Rule, "unknown channel 'twitter'", 4, 23 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { lexicon: [x], pattern: y }\n    message: M\n", "more than one detector kind", 5, 13 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { lexicon: [x, X] }\n    message: M\n", "the phrase 'X' is listed twice", 5, 28 },
        new object[] { "pack: other\nrules:\n  - id: a\n" + Rule, "category 'other'", 3, 9 },
        new object[] { "pack: conduct\nversion: 2\nrules:\n  - id: a\n" + Rule, "unsupported pack version 2; this version of PolicyRules reads version 1", 2, 10 },
        new object[] { "pack: conduct\nversion: 0\nrules: []\n", "unsupported pack version 0", 2, 10 },
        new object[] { "pack: conduct\nrules:\n  - id: Bad_Id\n" + Rule, "must be lower-case letters", 3, 9 },
        new object[] { "pack: conduct\npack: conduct\nrules: []\n", "duplicate key 'pack'", 2, 1 },
        new object[] { "pack: &a conduct\nrules: []\n", "anchors (&name) are not allowed", 1, 7 },
        new object[] { "x: &a [1]\npack: *a\nrules: []\n", "anchors (&name) are not allowed", 1, 4 },
        new object[] { "pack: !!python/object conduct\nrules: []\n", "tags such as", 1, 7 },
        new object[] { "pack: !System.IO.File conduct\nrules: []\n", "tags such as '!System.IO.File'", 1, 7 },
        new object[] { "", "the file is empty", 1, 1 },
        new object[] { "- just\n- a list\n", "a rule pack must be a mapping", 1, 1 },
        // YamlDotNet throws this one without a position: it is where the scanner stopped, the tab itself.
        new object[] { "pack: conduct\nversion: 1\nrules:\n\t- id: x-tab\n", "a tab is used for indentation; YAML indents with spaces", 4, 1 },
        // YamlDotNet starts this one at the plain value on the line before (4:12); the tab is on the next line.
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: Offensive words\n\tseverity: error\n" + Rule, "a tab is used for indentation; YAML indents with spaces", 5, 1 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    \tseverity: error\n" + Rule, "a tab is used for indentation; YAML indents with spaces", 5, 5 },
        new object[] { "pack: conduct\n\tversion: 1\nrules: []\n", "a tab is used for indentation; YAML indents with spaces", 2, 1 },
        // A tab before the first key reads as part of a plain value, and the scanner fails only on the next line.
        new object[] { "\tpack: conduct\nrules: []\n", "a tab is used for indentation; YAML indents with spaces", 1, 1 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect:\n      lexicon: [bad, \"worse]\n    message: M\n", "is a quote left unclosed?", 6, 22 },
        // A flow list or mapping left open fails inside YamlDotNet's scanner with no message of its own: the bracket is named.
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect:\n      lexicon: [bad\n    message: M\n", "'[' is not closed with ']'", 6, 16 },
        new object[] { "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect:\n      lexicon: {a: [bad, \"b]\"\n    message: M\n", "'[' is not closed with ']'", 6, 20 },
    ];

    [TestCaseSource(nameof(PackCases))]
    public void PackErrorsArePositioned(string yaml, string message, int line, int column)
    {
        var act = () => RuleFiles.LoadPack(yaml, "bad.yaml");
        var e = act.Should().Throw<RuleLoadException>().Which;
        e.Problem.Should().Contain(message);
        (e.Line, e.Column).Should().Be((line, column), e.Message);
        e.Message.Should().StartWith($"bad.yaml:{line}:{column}: ");
        e.InnerException.Should().BeNull("the user sees our message, not a parser's stack trace");
    }

    private static readonly object[] PolicyCases =
    [
        new object[] { "policy: p\ntitle: T\nclauses:\n  - id: '1'\n    heading: H\n    quote: Q\n", "needs 'enforced-by'", 4, 5 },
        new object[] { "policy: p\ntitle: T\nclauses:\n  - id: '1'\n    heading: H\n    quote: Q\n    checkable: false\n", "needs a one-line 'reason'", 4, 5 },
        new object[] { "policy: p\ntitle: T\nclauses:\n  - id: '1'\n    heading: H\n    quote: Q\n    enforced-by: [a]\n  - id: '1'\n    heading: H\n    quote: Q\n    enforced-by: [a]\n", "duplicate clause id '1'", 8, 5 },
        new object[] { "policy: p\ntitle: T\nclauses:\n  - id: '1'\n    heading: H\n    quote: Q\n    enforced-by: [a]\ncategories: { conduct: '9' }\n", "names clause '9'", 8, 24 },
        new object[] { "policy: p\ntitle: T\nclauses:\n  - id: '1'\n    headng: H\n    quote: Q\n", "unknown key 'headng'", 5, 5 },
    ];

    [TestCaseSource(nameof(PolicyCases))]
    public void PolicyErrorsArePositioned(string yaml, string message, int line, int column)
    {
        var act = () => RuleFiles.LoadPolicy(yaml, "p.yaml");
        var e = act.Should().Throw<RuleLoadException>().Which;
        e.Problem.Should().Contain(message);
        (e.Line, e.Column).Should().Be((line, column), e.Message);
    }

    [Test]
    public void UnknownRuleInEnforcedByIsPositioned()
    {
        var pack = "pack: conduct\nrules:\n  - id: known\n" + Rule;
        var policy = "policy: p\ntitle: T\nclauses:\n  - id: '1'\n    heading: H\n    quote: Q\n    enforced-by: [known, unknwn]\n";
        var act = () => new PolicyEngineBuilder().AddPackYaml(pack).AddPolicyYaml(policy, "p.yaml").Build();
        var e = act.Should().Throw<RuleLoadException>().Which;
        e.Message.Should().Be("p.yaml:7:26: clause '1' is enforced by 'unknwn', which is not a loaded rule");
    }

    [Test]
    public void UnknownRecognizerAndPlaceholderAreErrors()
    {
        var unknownRecognizer = "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { recognizer: nope }\n    message: M\n";
        var act = () => new PolicyEngineBuilder().AddPackYaml(unknownRecognizer, "r.yaml").Build();
        act.Should().Throw<RuleLoadException>().WithMessage("r.yaml:5:27: rule 'a' names the recognizer 'nope', which is not registered*");

        var badPlaceholder = "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { lexicon: [x] }\n    message: 'bad {frist}'\n";
        var act2 = () => new PolicyEngineBuilder().AddPackYaml(badPlaceholder, "m.yaml").Build();
        act2.Should().Throw<RuleLoadException>().WithMessage("m.yaml:6:19: *placeholder {frist}*");
    }

    // A misspelt recognizer gets the closest registered name, as a misspelt key does; a name nothing is close to, none.
    [TestCase("phone-numbr", "which is not registered; did you mean 'phone-number'? (known: ")]
    [TestCase("emial", "which is not registered; did you mean 'email'? (known: ")]
    [TestCase("weather", "which is not registered (known: ")]
    public void AnUnknownRecognizerGetsTheClosestName(string name, string expected)
    {
        var pack = $"pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: {{ recognizer: {name} }}\n    message: M\n";
        var act = () => new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml(pack, "r.yaml").Build();
        var e = act.Should().Throw<RuleLoadException>().Which;
        e.Problem.Should().Contain($"names the recognizer '{name}', {expected}");
        e.Problem.Should().Contain("phone-number, postcode");
    }

    // The error points at the value that is wrong, not at the rule's id, however deep the value sits.
    [TestCase("    detect:\n      combination:\n        all: [x, { recognizer: phone-numbr }]\n    message: M\n", "names the recognizer 'phone-numbr'", 7, 32)]
    [TestCase("    detect: { lexicon: [x] }\n    message: M\n    unless: { near: [{ recognizer: emial }] }\n", "names the recognizer 'emial'", 7, 36)]
    [TestCase("    detect: { lexicon: [x] }\n    message: M\n    suggestion: \"Write {frist}\"\n", "placeholder {frist}", 7, 24)]
    public void BuildErrorsPointAtTheOffendingValue(string body, string message, int line, int column)
    {
        var pack = "pack: conduct\nrules:\n  - id: a\n    title: T\n" + body;
        var act = () => new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml(pack, "v.yaml").Build();
        var e = act.Should().Throw<RuleLoadException>().Which;
        e.Problem.Should().Contain(message);
        (e.Line, e.Column).Should().Be((line, column), e.Message);
    }

    // A bad placeholder is reported at its own brace, counted as the value is written: plain, in single quotes (where
    // '' is one quote) or in double quotes. Where the file's columns cannot be told from the value (a backslash escape
    // before it, a value folded over lines, a block scalar), at the value's start.
    [TestCase("message: It is {match}, not {matchh}", 33)]
    [TestCase("message: \"'{matchh}' is offensive language.\"", 16)]
    [TestCase("message: '''{matchh}'' is offensive language.'", 17)]
    [TestCase("message: 'It''s {match}, it''s {matchh}'", 36)]
    [TestCase("message: \"{match} is offensive; so is {matchh}.\"", 43)]
    [TestCase("message: Don't say {matchh}", 24)]
    [TestCase("message: \"Don't say {matchh}\\n\"", 25)] // an escape after it does not matter
    [TestCase("message: \"Don\\\"t say {matchh}\"", 14)] // an escape before it: the value's start
    [TestCase("message: \"Line\\tone {matchh}\"", 14)]
    [TestCase("message: \"'{match}' is\n      {matchh} offensive.\"", 14)] // folded over two lines
    [TestCase("message: >\n      '{matchh}' is offensive.", 14)] // a block scalar
    public void ABadPlaceholderIsReportedAtItsOwnColumn(string message, int column)
    {
        var pack = "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { lexicon: [x] }\n    " + message + "\n";
        var act = () => new PolicyEngineBuilder().AddPackYaml(pack, "p.yaml").Build();
        var e = act.Should().Throw<RuleLoadException>().Which;
        e.Problem.Should().Contain("uses the placeholder {matchh}");
        (e.Line, e.Column).Should().Be((6, column), e.Message);
    }

    [TestCase("% off", '%')]
    [TestCase("save £5", '£')]
    [TestCase("views = mine", '=')]
    public void APhraseWhoseSymbolNoWordKeepsIsAnError(string phrase, char symbol)
    {
        var pack = $"pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: {{ lexicon: [ok, '{phrase}'] }}\n    message: M\n";
        var act = () => new PolicyEngineBuilder().AddPackYaml(pack, "s.yaml").Build();
        act.Should().Throw<RuleLoadException>().WithMessage($"s.yaml:5:29: rule 'a': in the phrase '{phrase}', '{symbol}' is not part of any word*");
    }

    [TestCase("cold, grey")]
    [TestCase("p/w")]
    [TestCase("f*ck")]
    [TestCase("#teacherlife")]
    [TestCase("1:1")]
    [TestCase("leadership \U0001F644")]
    public void PunctuationBetweenWordsAndSymbolsInsideThemAreFine(string phrase)
    {
        var pack = $"pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: {{ lexicon: ['{phrase}'] }}\n    message: M\n";
        var act = () => new PolicyEngineBuilder().AddPackYaml(pack, "s.yaml").Build();
        act.Should().NotThrow();
    }

    [Test]
    public void DuplicateIdsAcrossPacksAreErrors()
    {
        var pack = "pack: conduct\nrules:\n  - id: a\n" + Rule;
        var act = () => new PolicyEngineBuilder().AddPackYaml(pack, "one.yaml").AddPackYaml(pack, "two.yaml").Build();
        act.Should().Throw<RuleLoadException>().WithMessage("two.yaml:3:5: duplicate rule id 'a' (already defined in one.yaml:3)");
    }

    [Test]
    public void APackFileLoadedTwiceIsSaidToBeSo()
    {
        // Not "duplicate rule id 'a' (already defined in p.yaml:3)" at p.yaml:3, which points at the rule itself.
        var path = Path.Combine(Path.GetTempPath(), $"twice-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "pack: conduct\nrules:\n  - id: a\n" + Rule);
        try
        {
            var act = () => new PolicyEngineBuilder().AddPackFile(path).AddPackFile(path).Build();
            act.Should().Throw<RuleLoadException>().WithMessage($"{path}:3:5: the pack {path} is loaded twice (rule id 'a' again); give each pack file once");
        }
        finally { File.Delete(path); }
    }

    // A pack saved in a legacy code page (Notepad's "ANSI": "café" as 63 61 66 E9) is refused, as a draft would be,
    // rather than read with U+FFFD so that its rules never fire.
    [TestCase(new byte[] { }, "invalid UTF-8 at byte 95; save the file as UTF-8", 7, 20, TestName = "{m}(UTF-8)")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF }, "invalid UTF-8 at byte 98; save the file as UTF-8", 7, 20, TestName = "{m}(UTF-8 after a byte order mark)")]
    public void APackThatIsNotUtf8IsRefusedWithItsPlace(byte[] bom, string problem, int line, int column)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ansi-{Guid.NewGuid():N}.yaml");
        var yaml = "pack: conduct\nrules:\n  - id: a\n    title: T\n    severity: error\n    detect:\n      lexicon: [caf\u00e9]\n    message: M\n";
        File.WriteAllBytes(path, [.. bom, .. System.Text.Encoding.Latin1.GetBytes(yaml)]);
        try
        {
            var act = () => new PolicyEngineBuilder().AddPackFile(path);
            var e = act.Should().Throw<RuleLoadException>().Which;
            (e.File, e.Problem, e.Line, e.Column).Should().Be((path, problem, line, column));
            var policy = () => new PolicyEngineBuilder().AddPolicyFile(path);
            policy.Should().Throw<RuleLoadException>().WithMessage($"{path}:7:20: {problem}");
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void APackInUtf8OrUtf16IsRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"utf-{Guid.NewGuid():N}.yaml");
        var yaml = "pack: conduct\nrules:\n  - id: a\n    title: T\n    detect: { lexicon: [caf\u00e9, \U0001F595] }\n    message: M\n";
        try
        {
            foreach (var encoding in new System.Text.Encoding[] { new System.Text.UTF8Encoding(false), new System.Text.UTF8Encoding(true), System.Text.Encoding.Unicode, System.Text.Encoding.BigEndianUnicode })
            {
                File.WriteAllText(path, yaml, encoding);
                var engine = new PolicyEngineBuilder().AddPackFile(path).Build();
                engine.Check("we met at the caf\u00e9").Violations.Should().ContainSingle(encoding.EncodingName);
            }
            File.WriteAllBytes(path, [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("pack: x\n"), 0x00, 0xDC]); // a lone low surrogate
            var act = () => new PolicyEngineBuilder().AddPackFile(path);
            act.Should().Throw<RuleLoadException>().WithMessage($"{path}:2:1: invalid UTF-16 at byte 18; save the file as UTF-16");
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void MissingFileIsALoadError()
    {
        var act = () => new PolicyEngineBuilder().AddPackFile("/no/such/pack.yaml");
        act.Should().Throw<RuleLoadException>().WithMessage("/no/such/pack.yaml: cannot read the file*");
    }
}
