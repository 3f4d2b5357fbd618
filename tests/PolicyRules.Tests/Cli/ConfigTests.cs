using System.Text.Json;
using PolicyRules.Cli.Config;

namespace PolicyRules.Tests.Cli;

/// <summary>.policyrules.yaml: discovery, path globs, front matter, roster, severity overrides, disabled rules, ignores and errors.</summary>
public class ConfigTests
{
    private CliTestKit _kit = null!;

    [SetUp]
    public void SetUp() => _kit = new CliTestKit();

    [TearDown]
    public void TearDown() => _kit.Dispose();

    private static List<(string Rule, string Severity)> Findings(string json, string fileEnd) =>
        JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray()
            .Single(f => f.GetProperty("path").GetString()!.Replace('\\', '/').EndsWith(fileEnd))
            .GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("rule").GetString()!, v.GetProperty("severity").GetString()!)).ToList();

    [Test]
    public void FoundByWalkingUpAndAppliesChannelPerGlob()
    {
        _kit.Write(".policyrules.yaml", """
            # The school's config
            channel: newsletter
            paths:
              - glob: "social/staff/**"
                channel: personal
                author: staff
            severity:
              conduct-offensive-language: error
            ignore: [drafts/**]
            """);
        const string post = "Great day at school with my class. A rubbish bus though.";
        _kit.Write("newsletters/week1.md", post);
        _kit.Write("social/staff/jo.txt", post);
        _kit.Write("drafts/skip.md", "Amelia Jones");
        var nested = Path.Combine(_kit.Dir, "newsletters");
        var (exit, output, error) = _kit.RunWith("", nested, "check", _kit.Dir, "--format", "json");
        exit.Should().Be(1, error);
        Findings(output, "newsletters/week1.md").Should().Equal(("conduct-offensive-language", "error"));
        Findings(output, "social/staff/jo.txt").Should().BeEquivalentTo([("conduct-offensive-language", "error"), ("disclaimer-missing", "warning")]);
        JsonDocument.Parse(output).RootElement.GetProperty("files").GetArrayLength().Should().Be(2, "drafts/ is ignored");
    }

    [Test]
    public void FrontMatterSetsTheChannelForOneFile()
    {
        _kit.Write("a.md", "---\nchannel: personal\nauthor: staff\n---\nGreat day at school today.\n");
        _kit.Write("b.md", "Great day at school today.\n");
        var (_, output, _) = _kit.Run("check", _kit.Dir, "--no-config", "--format", "json");
        Findings(output, "a.md").Should().Equal(("disclaimer-missing", "warning"));
        Findings(output, "b.md").Should().BeEmpty();
        _kit.Write("c.md", "---\nchannel: tiktok\n---\nHello\n");
        var bad = _kit.Run("check", _kit.PathOf("c.md"), "--no-config");
        bad.Exit.Should().Be(2);
        bad.Err.Should().Contain("c.md:2:10: front matter: unknown channel 'tiktok'");
    }

    // A typo in a context key would silently check a personal post as a newsletter: a key one edit from 'channel' or
    // 'author', or a one-word author two edits from a role, is an error, as is front matter that is not YAML. Other
    // keys are the blog's own.
    [TestCase("---\nchanel: personal\n---\nHello\n", "x.md:2:1: front matter: unknown key 'chanel'; did you mean 'channel'?")]
    [TestCase("---\ntitle: Week 12\nAuthor: governor\n---\nHello\n", "x.md:3:1: front matter: unknown key 'Author'; did you mean 'author'?")]
    [TestCase("---\ntitle: [unclosed\n---\nHello\n", "x.md:3:1: front matter: invalid YAML: ")]
    [TestCase("---\ntitle: \"Week 12\nchannel: personal\n---\nHello\n", "x.md:2:8: front matter: invalid YAML: ")]
    // A tab indenting the line after a plain value is reported at the tab, not at the value before it.
    [TestCase("---\ntitle: Week 12\n\tchannel: personal\n---\nHello\n", "x.md:3:1: front matter: a tab is used for indentation; YAML indents with spaces")]
    [TestCase("---\nchannel: personal\n\tauthor: staff\n---\nHello\n", "x.md:3:1: front matter: a tab is used for indentation; YAML indents with spaces")]
    [TestCase("---\nchannel: [personal, newsletter]\n---\nHello\n", "x.md:2:10: front matter: 'channel' must be a single value")]
    [TestCase("---\ntitle: Week 12\nauthor: parnet\n---\nHello\n", "x.md:3:9: front matter: unknown author 'parnet'")]
    public void BadFrontMatterIsAnErrorWithItsPosition(string text, string error)
    {
        _kit.Write("x.md", text);
        var (exit, _, err) = _kit.Run("check", _kit.PathOf("x.md"), "--no-config");
        exit.Should().Be(2, err);
        err.Should().Contain(error);
    }

    // A front matter error stops its own file being checked, as an unreadable file does, not the whole run: the other
    // files' findings are reported and the run exits 2.
    [Test]
    public void BadFrontMatterStopsOnlyItsOwnFile()
    {
        _kit.Write("news/a.md", "Text me on 07700 900123 about the trip.\n");
        _kit.Write("news/b.md", "---\nchanel: personal\n---\nA rubbish day.\n");
        _kit.Write("news/c.md", "---\nchannel: tiktok\n---\nA rubbish day.\n");
        _kit.Write("news/d.txt", "A useless bus.\n");
        var (exit, output, err) = _kit.Run("check", _kit.PathOf("news"), "--no-config", "--format", "json");
        exit.Should().Be(2, err);
        err.Should().Contain(Path.Combine("news", "b.md") + ":2:1: front matter: unknown key 'chanel'; did you mean 'channel'?")
            .And.Contain(Path.Combine("news", "c.md") + ":2:10: front matter: unknown channel 'tiktok'");
        Findings(output, "news/a.md").Should().Equal(("conduct-personal-contact", "error"));
        Findings(output, "news/d.txt").Should().Equal(("conduct-offensive-language", "warning"));
        var summary = JsonDocument.Parse(output).RootElement.GetProperty("summary");
        summary.GetProperty("unreadable").GetInt32().Should().Be(2);
        summary.GetProperty("text").GetString().Should().Be("1 error, 1 warning in 2 files; 2 files could not be checked.");

        var (fixExit, _, fixErr) = _kit.Run("fix", "--dry-run", _kit.PathOf("news"), "--no-config");
        fixExit.Should().Be(2, fixErr);
        fixErr.Should().Contain("b.md:2:1: front matter: unknown key 'chanel'").And.Contain("removed '07700 900123'");
    }

    // The blog's author (a person's name, or Jekyll's name and e-mail under the key) is not a role; "anchor" is no
    // typo of "author".
    [TestCase("---\nauthor: Mrs Patel\nchannel: personal\n---\nLoving my new classroom display at school!\n")]
    [TestCase("---\nauthor:\n  name: Mrs Patel\n  email: p@example.org\nchannel: personal\n---\nLoving my new classroom display at school!\n")]
    [TestCase("---\nanchor: top\nchannel: personal\n---\nLoving my new classroom display at school!\n")]
    public void ABlogsAuthorIsNotARoleAndTheRoleComesFromElsewhere(string text)
    {
        _kit.Write("x.md", text);
        var (exit, output, err) = _kit.Run("check", _kit.PathOf("x.md"), "--no-config", "--author", "staff", "--format", "json");
        exit.Should().Be(0, err);
        Findings(output, "x.md").Should().Equal(("disclaimer-missing", "warning"));
    }

    [TestCase("description: \"Questions? Text me on 07700 900123\"")]
    [TestCase("description: 'Questions? Text me on 07700 900123'")]
    [TestCase("description: Questions? Text me on 07700 900123")]
    public void AFrontMatterValueIsCheckedWhateverItsYamlQuoting(string line)
    {
        _kit.Write("x.md", $"---\n{line}\nchannel: newsletter\n---\nBody text.\n");
        var (exit, output, err) = _kit.Run("check", _kit.PathOf("x.md"), "--no-config", "--format", "json");
        exit.Should().Be(1, err);
        Findings(output, "x.md").Should().Equal(("conduct-personal-contact", "error"));
    }

    [Test]
    public void OrdinaryBlogFrontMatterIsAcceptedAndOnlyChannelAndAuthorSetTheContext()
    {
        _kit.Write("x.md", """
            ---
            title: "Week 12: sports day"
            date: 2024-06-14
            layout: post
            tags: [sport, year-5]
            authors: [Jo Bloggs]
            description: >
              What a week.
            channel: personal   # a comment, as YAML allows
            ---
            Great day at school today.

            """);
        var (exit, output, err) = _kit.Run("check", _kit.PathOf("x.md"), "--no-config", "--format", "json");
        exit.Should().Be(0, err);
        Findings(output, "x.md").Should().Equal(("disclaimer-missing", "warning"));
    }

    [Test]
    public void PoliciesPacksAndSchoolDetailsComeFromTheConfig()
    {
        var config = ConfigLoader.Parse("""
            policies: [test-school]
            packs: [rules/test-pack.yaml]
            school-names: [Stathern Primary, Stathern]
            staff-names: [Mrs Patel]
            school-contacts: ["01632 960123"]
            school-domains: [stathern.leics.sch.uk]
            roster: { file: pupils.csv }
            author: governor
            """.Replace("\n", Environment.NewLine), WriteRoster());
        config.Policies.Should().Equal("test-school");
        config.Packs.Single().Should().Be(_kit.PackFile);
        config.SchoolNames.Should().Equal("Stathern Primary", "Stathern");
        config.Roster.Should().HaveCount(3);
        config.Roster[0].Should().BeEquivalentTo(new RosterEntry("Amelia Jones", ["full-name", "photo"]));
        config.Roster[1].Consent.Should().BeEmpty();
        config.Roster[2].Name.Should().Be("Ben Smith, Jr");
        config.ContextFor(_kit.PathOf("x.md")).Should().Be((null, "governor"));
    }

    // The quote that is never closed is named where it opens, not at the file's end.
    [Test]
    public void ARosterQuoteLeftOpenIsNamedWhereItOpens()
    {
        _kit.Write("pupils.csv", "name,consent\nAmelia Jones,photo\n\"Ben Smith,photo\nCarl Evans,\nDan Hill,\n");
        _kit.Write(".policyrules.yaml", "roster: { file: pupils.csv }\n");
        var (exit, _, error) = _kit.Run("check", _kit.PackFile);
        exit.Should().Be(2);
        error.Should().Contain("pupils.csv: line 3, column 1: this quote is not closed");
    }

    private string WriteRoster()
    {
        _kit.Write("pupils.csv", "name,consent,year\nAmelia Jones,full-name;photo,5\nCarl Evans,,6\n\"Ben Smith, Jr\",photo,4\n");
        return _kit.Write(".policyrules.yaml", "");
    }

    [TestCase("chanel: newsletter\n", 1, 1, "unknown key 'chanel' in the config; did you mean 'channel'?")]
    [TestCase("channel: twitter\n", 1, 10, "'channel' must be one of official, personal, newsletter, message, not 'twitter'")]
    [TestCase("severity:\n  pupil-full-name: fatal\n", 2, 20, "'severity' of 'pupil-full-name' must be one of info, warning, error, not 'fatal'")]
    [TestCase("disable: { pupil-full-name: true }\n", 1, 10, "'disable' must be a list of rule ids, not a mapping")]
    [TestCase("disable:\n  - [pupil-full-name]\n", 2, 5, "'disable' must be a single value, not a list")]
    [TestCase("severity:\n  pupil-full-name: info\ndisable: [cake-mention, pupil-full-name]\n", 3, 25,
        "'pupil-full-name' is both disabled and given a severity; remove it from 'disable' or from 'severity'")]
    [TestCase("paths:\n  - glob: a/**\n    chanel: personal\n", 3, 5, "unknown key 'chanel' in a 'paths' entry")]
    [TestCase("roster: missing.csv\n", 1, 9, "the roster file 'missing.csv' does not exist")]
    [TestCase("packs: [rules/test-pack.yaml, nope.yaml]\n", 1, 31, "the file 'nope.yaml' named in 'packs' does not exist")]
    [TestCase("policy-files:\n  - nope.yaml\n", 2, 5, "the file 'nope.yaml' named in 'policy-files' does not exist")]
    public void BadConfigNamesFileLineAndKey(string yaml, int line, int column, string message)
    {
        var file = _kit.Write(".policyrules.yaml", yaml);
        var (exit, _, error) = _kit.Run("check", _kit.PackFile);
        exit.Should().Be(2);
        error.Should().Contain($"{file}:{line}:{column}: {message}");
    }

    [TestCase("severity:\n  cake-mention: info\n  no-such-rule: warning\n", 3, 3)]
    [TestCase("disable: [cake-mention, no-such-rule]\n", 1, 25)]
    public void AnUnknownRuleIdIsBlamedOnItsLine(string yaml, int line, int column)
    {
        var file = _kit.Write(".policyrules.yaml", yaml);
        var (exit, _, error) = _kit.Run("check", _kit.PackFile);
        exit.Should().Be(2);
        error.Should().Be($"error: {file}:{line}:{column}: unknown rule id 'no-such-rule'{Environment.NewLine}");
    }

    [TestCase("severity:\n  disclaimer-mising: error\n", 2, 3)]
    [TestCase("disable: [cake-mention, disclaimer-mising]\n", 1, 25)]
    public void AMisspeltRuleIdGetsTheClosestOne(string yaml, int line, int column)
    {
        var file = _kit.Write(".policyrules.yaml", yaml);
        var (exit, _, error) = _kit.Run("check", _kit.PackFile);
        exit.Should().Be(2);
        error.Should().Be($"error: {file}:{line}:{column}: unknown rule id 'disclaimer-mising'; did you mean 'disclaimer-missing'?{Environment.NewLine}");
    }

    [Test]
    public void DisableTakesAListOfRuleIdsOrJustOne()
    {
        var file = _kit.Write(".policyrules.yaml", "");
        ConfigLoader.Parse("disable: [pupil-full-name, cake-mention]\n", file).Disable.Should().Equal("pupil-full-name", "cake-mention");
        ConfigLoader.Parse("disable: cake-mention\n", file).Disable.Should().Equal("cake-mention");
    }

    [Test]
    public void ADisabledRuleIsNotReportedByCheckTheBatchOrFix()
    {
        _kit.Write(".policyrules.yaml", "disable: [pupil-full-name]\n");
        var draft = _kit.Write("news.md", "Well done Amelia Jones!\nCall me on 07700 900123 tonight.\n");
        var (exit, output, error) = _kit.Run("check", draft, "--format", "json");
        exit.Should().Be(1, error);
        Findings(output, "news.md").Should().Equal(("conduct-personal-contact", "error"));

        var batch = _kit.RunWith("""{"id":"a","text":"Well done Amelia Jones! Call me on 07700 900123.","channel":"official","author":"staff"}""", null, "check", "--jsonl", "-");
        JsonDocument.Parse(batch.Out).RootElement.GetProperty("violations").EnumerateArray()
            .Select(v => v.GetProperty("rule").GetString()).Should().Equal("conduct-personal-contact");

        var fix = _kit.Run("fix", draft, "--dry-run");
        fix.Out.Should().Contain("+Call me tonight.").And.Contain(" Well done Amelia Jones!").And.NotContain("Amelia J.!");
    }

    [Test]
    public void TheClassifiersFindingsInACategoryCanBeDisabled()
    {
        // The README's example, which the bundled classifier reads as a confidentiality leak.
        var draft = _kit.Write("post.txt", "Performance management review today: 'not meeting expectations' for behaviour management. After the year I've had. Cheers, SLT.");
        string[] args = ["check", draft, "--channel", "personal", "--author", "staff", "--classifier", "default", "--format", "json"];
        var on = Findings(_kit.Run(args).Out, "post.txt");
        on.Should().Contain(("classifier-confidentiality", "warning"));

        _kit.Write(".policyrules.yaml", "disable: [classifier-confidentiality]\n");
        Findings(_kit.Run(args).Out, "post.txt").Should().Equal(on.Where(f => f.Rule != "classifier-confidentiality"));

        var file = _kit.Write(".policyrules.yaml", "disable: [classifier-gossip]\n");
        var (exit, _, error) = _kit.Run(args);
        exit.Should().Be(2);
        error.Should().Be($"error: {file}:1:11: unknown rule id 'classifier-gossip'{Environment.NewLine}");
    }

    [Test]
    public void AnUnknownPolicyIsBlamedOnWhereItWasNamed()
    {
        var file = _kit.Write(".policyrules.yaml", "policies: [test-school]\n");
        var draft = _kit.Write("draft.txt", "Lovely day");
        var (exit, _, error) = _kit.Run("check", "--policy", "nosuch", draft);
        exit.Should().Be(2);
        error.Should().StartWith("error: --policy: unknown policy 'nosuch'; loaded policies: test-school").And.NotContain(file);

        _kit.Write(".policyrules.yaml", "policies: [nosuch]\n");
        (exit, _, error) = _kit.Run("check", draft);
        exit.Should().Be(2);
        error.Should().StartWith($"error: {file}:1:12: unknown policy 'nosuch'; loaded policies: test-school");
    }

    [TestCase("newsletters/**", "newsletters/week1.md", true)]
    [TestCase("newsletters/**", "newsletters/2024/week1.md", true)]
    [TestCase("newsletters/**", "other/newsletters/week1.md", false)]
    [TestCase("*.md", "a/b/c.md", true)]
    [TestCase("social/*/jo.txt", "social/staff/jo.txt", true)]
    [TestCase("social/*/jo.txt", "social/staff/x/jo.txt", false)]
    [TestCase("drafts/", "drafts/a.md", true)]
    [TestCase("**/tmp", "a/tmp/b.md", true)]
    public void GlobsMatchLikeGitignore(string pattern, string path, bool expected) =>
        new Glob(pattern).IsMatch(path).Should().Be(expected);

    [Test]
    public void APackOrConfigThatIsNotUtf8IsRefusedAsADraftWouldBe()
    {
        // Saved as windows-1252 ("ANSI"): "café" is 63 61 66 E9. Read leniently its rule could never fire, and
        // validate called it valid.
        using var kit = new CliTestKit();
        var pack = kit.PathOf("ansi.yaml");
        File.WriteAllBytes(pack, System.Text.Encoding.Latin1.GetBytes("pack: conduct\nrules:\n  - id: x1\n    title: T\n    detect: { lexicon: [caf\u00e9] }\n    message: M\n"));
        var (exit, _, err) = kit.Run("validate", pack);
        exit.Should().Be(2);
        err.Should().Contain($"error: {pack}:5:28: invalid UTF-8 at byte 72; save the file as UTF-8");
        (exit, _, err) = kit.RunWith("we met at the caf\u00e9", null, "check", "-", "--no-config", "--pack", pack);
        exit.Should().Be(2);
        err.Should().Contain($"error: {pack}:5:28: invalid UTF-8 at byte 72");
        var config = kit.PathOf(".policyrules.yaml");
        File.WriteAllBytes(config, System.Text.Encoding.Latin1.GetBytes("school-names: [St Ren\u00e9's]\n"));
        (exit, _, err) = kit.RunWith("hello", null, "check", "-", "--config", config);
        exit.Should().Be(2);
        err.Should().Contain($"error: {config}:1:22: invalid UTF-8 at byte 21");
    }
}
