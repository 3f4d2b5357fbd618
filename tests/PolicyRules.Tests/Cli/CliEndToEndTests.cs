using System.Text.Json;

namespace PolicyRules.Tests.Cli;

public class CliEndToEndTests
{
    private static string Sample(string name) => Path.Combine(CliRunner.Root, "samples", name);

    [Test]
    public void CheckReportsPositionMessageAndQuotedClause()
    {
        var (exit, output, _) = CliRunner.Run("check", Sample("draft.txt"));
        exit.Should().Be(1);
        output.Should().MatchRegex(@"draft\.txt:3:\d+: error \[conduct-personal-contact\]");
        output.Should().Contain("^^^");
        output.Should().MatchRegex(@"[a-z-]+#[^ ]+ \(.+\): "".+""");
        output.Should().MatchRegex(@"\d+ errors? .*in 1 file\.");
    }

    [Test]
    public void CleanNewsletterPasses()
    {
        var (exit, output, _) = CliRunner.Run("check", Sample("clean-newsletter.md"));
        output.Should().Contain("No violations in 1 file.");
        exit.Should().Be(0);
    }

    [Test]
    public void FailOnChangesTheExitCode()
    {
        const string draft = "Honestly the head is a joke and SLT are useless. Views my own.";
        var personal = new[] { "check", "-", "--channel", "personal", "--author", "staff" };
        CliRunner.RunWithInput(draft, personal).Exit.Should().Be(1);
        CliRunner.RunWithInput("Lovely sunny day for a walk by the river!", [.. personal, "--fail-on", "info"]).Exit.Should().Be(0);
    }

    [Test]
    public void BatchWritesOneLinePerInputLineInOrder()
    {
        var input = string.Join('\n',
            """{"id":"a","text":"Well done to Year 6 on a brilliant show!","channel":"official","author":"staff"}""",
            """{"id":"b","text":"text me on 07700 900123, don't tell your mum","channel":"message","author":"staff"}""",
            """{"id":"c","text": "broken""",
            """{"id":"d","text":"hi","channel":"twitter","author":"staff"}""",
            "",
            """{"id":"f","channel":"official","author":"staff"}""",
            """{"id":7,"text":"Great assembly today","channel":"official","author":"staff","roster":["Amelia Jones",{"name":"Ben Smith","consent":["full-name"]}],"attachments":[{"kind":"image","showsPupils":true,"consent":false}]}""");
        var (exit, output, error) = CliRunner.RunWithInput(input, "check", "--jsonl", "-");
        var lines = output.TrimEnd('\n').Split('\n');
        lines.Should().HaveCount(7);
        var docs = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        docs.Select(d => d.GetProperty("id").ValueKind == JsonValueKind.Null ? null : d.GetProperty("id").GetString())
            .Should().Equal("a", "b", "c", "d", null, "f", "7");
        docs[0].GetProperty("verdict").GetString().Should().Be("pass");
        docs[0].GetProperty("violations").GetArrayLength().Should().Be(0);
        docs[1].GetProperty("verdict").GetString().Should().Be("block");
        var v = docs[1].GetProperty("violations")[0];
        foreach (var field in new[] { "rule", "category", "severity", "start", "length", "excerpt", "message", "suggestion", "confidence", "citations" })
            v.TryGetProperty(field, out _).Should().BeTrue(field);
        var text = "text me on 07700 900123, don't tell your mum";
        foreach (var violation in docs[1].GetProperty("violations").EnumerateArray())
            text.Substring(violation.GetProperty("start").GetInt32(), violation.GetProperty("length").GetInt32())
                .Should().Be(violation.GetProperty("excerpt").GetString());
        docs[2].GetProperty("error").GetString().Should().StartWith("malformed JSON");
        docs[3].GetProperty("error").GetString().Should().Contain("unknown channel 'twitter'");
        docs[4].GetProperty("error").GetString().Should().Be("empty line");
        docs[5].GetProperty("error").GetString().Should().Contain("missing field 'text'");
        docs[6].GetProperty("violations").EnumerateArray().Select(x => x.GetProperty("rule").GetString()).Should().Contain("pupil-image-without-consent");
        exit.Should().Be(2, "some lines could not be checked");
        error.Should().Contain("4 of 7 lines could not be checked");
    }

    [Test]
    public void BatchWritesItsJsonLinesToTheOutputFile()
    {
        using var kit = new CliTestKit();
        var input = kit.Write("drafts.jsonl", """{"id":"a","text":"Well done Ben Smith","channel":"official","author":"staff"}""" + "\n");
        var results = kit.PathOf("results.jsonl");
        var (exit, output, error) = kit.Run("check", "--jsonl", input, "-o", results);
        (exit, output, error).Should().Be((1, "", ""));
        var line = File.ReadAllLines(results).Should().ContainSingle().Subject;
        JsonDocument.Parse(line).RootElement.GetProperty("violations")[0].GetProperty("rule").GetString().Should().Be("pupil-full-name");

        // Never over the input it is reading.
        (exit, _, error) = kit.Run("check", "--jsonl", input, "--output", input);
        exit.Should().Be(2);
        error.Should().Be($"error: --output {input} is the --jsonl input; write the results to another file{Environment.NewLine}");
        File.ReadAllText(input).Should().Contain("Ben Smith");
    }

    [Test]
    public void BatchWarnsOfOptionsThatHaveNoEffectOnIt()
    {
        using var kit = new CliTestKit();
        var line = """{"id":"a","text":"Lovely assembly","channel":"official","author":"staff"}""";
        var (exit, output, error) = kit.RunWith(line, null, "check", "--jsonl", "-", "--format", "json", "--channel", "personal", "--school", "Stathern");
        exit.Should().Be(0);
        JsonDocument.Parse(output).RootElement.GetProperty("verdict").GetString().Should().Be("pass");
        error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "warning: --format has no effect with --jsonl: the output is JSON Lines",
            "warning: --channel has no effect with --jsonl: each line gives its own context",
            "warning: --school has no effect with --jsonl: each line gives its own context");
        // The options that do apply, and none at all, warn of nothing.
        kit.RunWith(line, null, "check", "--jsonl", "-", "--fail-on", "info").Err.Should().BeEmpty();
    }

    [Test]
    public void BatchExitsOneOnViolationsAndZeroWhenClean()
    {
        CliRunner.RunWithInput("""{"id":"a","text":"Lovely assembly","channel":"official","author":"staff"}""", "check", "--jsonl", "-").Exit.Should().Be(0);
        CliRunner.RunWithInput("""{"id":"a","text":"f*ck this","channel":"official","author":"staff"}""", "check", "--jsonl", "-").Exit.Should().Be(1);
    }

    [Test]
    public void ValidateTheBundledRules()
    {
        var (exit, output, error) = CliRunner.Run("validate");
        error.Should().BeEmpty();
        output.Should().MatchRegex(@"5 packs \(\d+ rules\), 5 policies \(\d+ clauses\): valid; all \d+ examples pass\.");
        exit.Should().Be(0);
    }

    [Test]
    public void ValidateReportsABrokenPackWithItsPosition()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "pack: conduct\nrules:\n  - id: x\n    title: T\n    detect: { pattern: '(oops' }\n    message: M\n");
        try
        {
            var (exit, _, error) = CliRunner.Run("validate", file);
            exit.Should().Be(2);
            error.Should().Contain($"{file}:5:24: invalid regex '(oops'");
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void ValidateWarnsOfAPhraseItsOwnExceptionAlwaysExcuses()
    {
        // "again!" folds to the word "again": the verdict 'again' could never fire (the bundled packs had two such).
        var file = Path.Combine(Path.GetTempPath(), $"dead-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "pack: defamation\nrules:\n  - id: our-verdicts\n    title: T\n    detect:\n      lexicon: [useless, again]\n" +
            "    unless:\n      overlapping: [\"again!\", \"useless idiot\"]\n    message: M\n");
        try
        {
            var (exit, _, error) = CliRunner.Run("validate", file);
            exit.Should().Be(0, "a warning does not fail validation");
            error.Should().Contain($"warning: {file}:6:26: rule 'our-verdicts': the phrase 'again' can never fire, as its 'unless: overlapping' phrase 'again!' is the same words")
                .And.NotContain("'useless'");
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void ValidateRefusesARuleIdTheBundledPacksAlreadyUse()
    {
        // 'check --pack' adds a pack to the bundled rules and would refuse it; validate says so first.
        var file = Path.Combine(Path.GetTempPath(), $"ours-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, "pack: conduct\nrules:\n  - id: pupil-full-name\n    title: T\n    detect: { lexicon: [cake] }\n    message: M\n");
        try
        {
            var (exit, _, error) = CliRunner.Run("validate", file);
            exit.Should().Be(2);
            error.Should().Contain($"{file}:3:5: rule id 'pupil-full-name' is already a bundled rule (pupil-identification.yaml:8)");
            CliRunner.Run("validate", Path.Combine(CliRunner.Root, "rules", "packs")).Exit.Should().Be(0, "the bundled packs themselves are no clash");
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void ValidateSeesWhatCheckSees()
    {
        var dir = Directory.CreateTempSubdirectory("policyrules-validate-").FullName;
        try
        {
            // A pack named like a bundled pack but holding only some of its rules is added to it by 'check --pack': a clash.
            var pack = Path.Combine(dir, "ours.yaml");
            File.WriteAllText(pack, "pack: conduct\nrules:\n  - id: conduct-offensive-language\n    title: T\n    detect: { lexicon: [blimey] }\n    message: M\n");
            var (exit, _, error) = CliRunner.Run("validate", pack);
            exit.Should().Be(2);
            error.Should().Contain($"{pack}:3:5: rule id 'conduct-offensive-language' is already a bundled rule");
            CliRunner.Run("validate", Path.Combine(CliRunner.Root, "rules", "packs", "conduct.yaml")).Exit.Should().Be(0, "the bundled pack itself is no clash");

            // A policy reusing a bundled policy's id would be loaded twice by '--policy-file'.
            var policy = Path.Combine(dir, "policy.yaml");
            File.WriteAllText(policy, "policy: stathern-primary\ntitle: Ours\nclauses:\n  - id: \"1\"\n    heading: H\n    quote: Q\n    enforced-by: [pupil-full-name]\n");
            (exit, _, error) = CliRunner.Run("validate", policy);
            exit.Should().Be(2);
            error.Should().Contain($"{policy}:1:1: policy id 'stathern-primary' is already a bundled policy");

            // A folder of a new pack and a policy citing a bundled rule: both load beside the bundled packs, as in 'check'.
            File.WriteAllText(pack, "pack: conduct\nrules:\n  - id: our-cake\n    title: T\n    detect: { lexicon: [cake] }\n    message: M\n");
            File.WriteAllText(policy, "policy: our-school\ntitle: Ours\nclauses:\n  - id: \"1\"\n    heading: H\n    quote: Q\n    enforced-by: [pupil-full-name, our-cake]\n");
            (exit, _, error) = CliRunner.Run("validate", dir);
            error.Should().BeEmpty();
            exit.Should().Be(0);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Test]
    public void SarifRuleHelpShowsPlaceholdersAsWhatTheyStandFor()
    {
        var file = Path.Combine(Path.GetTempPath(), $"news-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Well done to Amelia Jones in Year 4!\n");
        try
        {
            var sarif = System.Text.Json.JsonDocument.Parse(CliRunner.Run("check", file, "--no-config", "--format", "sarif").Out);
            var help = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Single(r => r.GetProperty("id").GetString() == "pupil-full-name").GetProperty("help").GetProperty("text").GetString();
            help.Should().Contain("'<first> <initial>.'").And.NotContain("{");
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void ValidateCountsAreGrammatical()
    {
        var dir = Directory.CreateTempSubdirectory("policyrules-validate-").FullName;
        try
        {
            const string rule = "pack: conduct\nrules:\n  - id: our-cake\n    title: Cake\n    detect: { lexicon: [cake] }\n    message: \"Cake: {match}\"\n";
            File.WriteAllText(Path.Combine(dir, "pack.yaml"), rule);
            File.WriteAllText(Path.Combine(dir, "policy.yaml"),
                "policy: our-school\ntitle: Our School\nclauses:\n  - id: \"1\"\n    heading: H\n    quote: Q\n    enforced-by: [our-cake]\n");
            var (exit, output, error) = CliRunner.Run("validate", dir);
            error.Should().BeEmpty();
            output.Should().Be("1 pack (1 rule), 1 policy (1 clause): valid; no examples to run." + Environment.NewLine);
            exit.Should().Be(0);

            File.WriteAllText(Path.Combine(dir, "pack.yaml"), rule + "    examples:\n      match: [\"lovely cake\"]\n");
            CliRunner.Run("validate", Path.Combine(dir, "pack.yaml")).Out.Should().Be("1 pack (1 rule): valid; the 1 example passes." + Environment.NewLine);

            // A policy alone is checked against the bundled packs, whose examples are the ones run and counted.
            output = CliRunner.Run("validate", Path.Combine(CliRunner.Root, "rules", "policies", "star-mat.yaml")).Out;
            output.Should().MatchRegex(@"^1 policy \(\d+ clauses\), with the 5 bundled packs \(\d+ rules\): valid; all [1-9]\d* examples pass\.");

            File.Delete(Path.Combine(dir, "pack.yaml"));
            File.Delete(Path.Combine(dir, "policy.yaml"));
            (exit, _, error) = CliRunner.Run("validate", dir);
            error.Should().StartWith($"error: no pack or policy files (*.yaml, *.yml) in {dir}");
            exit.Should().Be(2);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [TestCase(0, 0, "valid; no examples to run.")]
    [TestCase(0, 1, "valid; the 1 example passes.")]
    [TestCase(0, 12, "valid; all 12 examples pass.")]
    [TestCase(1, 1, "1 of 1 example fails.")]
    [TestCase(1, 12, "1 of 12 examples fails.")]
    [TestCase(2, 12, "2 of 12 examples fail.")]
    public void ValidateOutcomeIsGrammatical(int failures, int examples, string expected) =>
        PolicyRules.Cli.Commands.ValidateCommand.Outcome(failures, examples).Should().Be(expected);

    [Test]
    public void ExplainShowsTheRuleAndItsClauses()
    {
        var (exit, output, _) = CliRunner.Run("explain", "pupil-full-name");
        exit.Should().Be(0);
        output.Should().StartWith("pupil-full-name: ");
        output.Should().Contain("category:   pupil-identification");
        output.Should().Contain("cited by:");
        output.Should().MatchRegex(@"star-mat#4\.5\(f\) \(.+\): "".+""");
    }

    [Test]
    public void ExplainShowsNeighbouringExceptionPhrasesAsOneLexicon()
    {
        // conduct-personal-contact lists each 'inside' exception as a lexicon of its own.
        var (_, output, _) = CliRunner.Run("explain", "conduct-personal-contact");
        var unless = output.Split('\n').Single(l => l.TrimStart().StartsWith("unless:"));
        unless.Should().Contain("inside lexicon of 6 phrases ('follow us on', 'follow the school', 'follow our', 'like and follow', 'add me to the rota', ...)")
            .And.NotContain("lexicon of 1 phrase");
    }

    [Test]
    public void ExplainLimitedToOnePolicy()
    {
        var (_, output, _) = CliRunner.Run("explain", "pupil-full-name", "--policy", "star-mat");
        output.Should().Contain("star-mat#").And.NotContain("conway-primary#");
    }

    [Test]
    public void ExplainSuggestsTheClosestRuleIdForAMisspeltOne()
    {
        var (exit, output, error) = CliRunner.Run("explain", "pupil-ful-name");
        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be("error: unknown rule 'pupil-ful-name'; did you mean 'pupil-full-name'?" + Environment.NewLine);
        // An id like none of them still lists them all.
        CliRunner.Run("explain", "no-such-rule").Err.Should().StartWith("error: unknown rule 'no-such-rule'; known rules: ").And.Contain("pupil-full-name, ");
    }

    [TestCase("explain", "no-such-rule")]
    [TestCase("check", "--policy", "nope", "-")]
    [TestCase("check", "/no/such/file.txt")]
    [TestCase("check", "--bogus")]
    [TestCase("check")]
    [TestCase("check", "-", "--channel", "twitter")]
    [TestCase("check", "-", "--fail-on", "fatal")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var (exit, _, error) = CliRunner.RunWithInput("hello", args);
        exit.Should().Be(2);
        error.Should().StartWith("error: ");
    }

    [TestCase("check", "SAMPLE", "--bogus")]
    [TestCase("check", "--bogus", "SAMPLE")]
    [TestCase("check", "-", "-x")]
    [TestCase("fix", "--dry-run", "SAMPLE", "--bogus")]
    [TestCase("evaluate", "--bogus")]
    [TestCase("explain", "--bogus")]
    [TestCase("validate", "--bogus")]
    [TestCase("coverage", "--bogus")]
    public void AnUnknownOptionIsReportedAsOneNotAsAFile(params string[] args)
    {
        var bad = args.Single(a => a.StartsWith('-') && a.Length > 1 && a != "--dry-run");
        var (exit, _, error) = CliRunner.RunWithInput("hello", args.Select(a => a == "SAMPLE" ? Sample("clean-newsletter.md") : a).ToArray());
        exit.Should().Be(2);
        error.Should().StartWith($"error: unknown option '{bad}'" + Environment.NewLine).And.NotContain("no such file");
    }

    [Test]
    public void AMisspeltOptionGetsAHint()
    {
        var (exit, _, error) = CliRunner.Run("check", Sample("clean-newsletter.md"), "--polcy", "star-mat");
        exit.Should().Be(2);
        error.Should().Contain("error: unknown option '--polcy'; did you mean '--policy'?");
    }

    [Test]
    public void AFileNamedLikeAnOptionCanFollowADoubleDash()
    {
        // Relative to the process's working directory, which is where a file argument is looked up.
        var name = $"--policyrules-{Guid.NewGuid():N}.txt";
        File.WriteAllText(name, "Lovely sunny day for a walk by the river!");
        try
        {
            var (exit, output, error) = CliRunner.Run("check", "--no-config", "--", name);
            error.Should().BeEmpty();
            output.Should().Contain("No violations in 1 file.");
            exit.Should().Be(0);
            CliRunner.Run("check", "--no-config", name).Err.Should().StartWith($"error: unknown option '{name}'");
        }
        finally { File.Delete(name); }
    }

    [Test]
    public void OptionLikeValuesAndStdinAreNotUnknownOptions()
    {
        // '-' is standard input; a value an option takes may itself start with a dash.
        var (exit, output, error) = CliRunner.RunWithInput("Lovely sunny day for a walk by the river!", "check", "-", "--no-config", "--profile", "--views my own--");
        error.Should().BeEmpty();
        output.Should().Contain("No violations in 1 file.");
        exit.Should().Be(0);
    }

    [Test]
    public void HelpDocumentsTheExitCodes()
    {
        var (exit, output, _) = CliRunner.Run("--help");
        exit.Should().Be(0);
        output.Should().Contain("Exit codes: 0").And.Contain("2 usage or load errors");
    }
}
