using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;

namespace PolicyRules.Tests.Cli;

/// <summary>Every --format, the summary wording, --fail-on and the exit codes.</summary>
public class OutputFormatTests
{
    private const string Newsletter = "# Week 12\n\nWell done Amelia Jones!\nA rubbish day for cake.\nCall 07700 900123.\n";

    private CliTestKit _kit = null!;
    private string _file = null!;

    [SetUp]
    public void SetUp()
    {
        _kit = new CliTestKit();
        _file = _kit.Write("news/week12.md", Newsletter);
        _kit.Write("news/clean.md", "Lovely assembly.\n");
    }

    [TearDown]
    public void TearDown() => _kit.Dispose();

    [Test]
    public void TextGroupsByFileMarksTheSpanAndQuotesTheClause()
    {
        var (exit, output, _) = _kit.Run("check", _file, "--no-config");
        exit.Should().Be(1);
        output.Should().Contain($"{_file}\n");
        output.Should().Contain($"{_file}:3:11: error [pupil-full-name] 'Amelia Jones' looks like a pupil's full name.");
        output.Should().Contain("    Well done Amelia Jones!\n              ^^^^^^^^^^^^\n");
        output.Should().Contain("    suggestion: Use the first name and initial only.");
        output.Should().Contain("    test-school#4.5(f) (Using social media on behalf of the school): \"Staff must not identify a pupil by their full name.\"");
        output.Should().NotContain("\e[", "colour is only for terminals");
        output.Should().EndWith("2 errors, 1 warning, 1 info in 1 file.\n");
    }

    // The caret line counts terminal columns, not characters: a full-width digit takes two, a combining accent none.
    [Test]
    public void TheCaretsLineUpUnderFullWidthAndCombiningCharacters()
    {
        var file = _kit.Write("news/wide.md", "校长: Call ０７７００ ９００１２３.\n\nWell done Zoe\u0308 Jones and Amelia Jones!\n");
        var (_, output, _) = _kit.Run("check", file, "--no-config");
        output.Should().Contain("    校长: Call ０７７００ ９００１２３.\n    " + new string(' ', 11) + new string('^', 23) + "\n", "'校长: Call ' takes 11 columns and the number 23");
        output.Should().Contain("    Well done Zoe\u0308 Jones and Amelia Jones!\n    " + new string(' ', 24) + "^^^^^^^^^^^^\n", "'Zoe\u0308' takes 3 columns");
    }

    [TestCase("Amelia", 6)]
    [TestCase("０７７００ ９００１２３", 23)]
    [TestCase("＋４４ ￡５", 11)]
    [TestCase("Zoe\u0308", 3)]
    [TestCase("校长 한국", 9)]
    [TestCase("well done \U0001F389\u2B50", 14)]
    [TestCase("a\u200Bb", 2)]
    public void DisplayWidthCountsTerminalColumns(string text, int columns) =>
        PolicyRules.Cli.Output.DisplayWidth.Of(text).Should().Be(columns);

    [Test]
    public void ColourOnlyOnATerminal()
    {
        var output = new StringWriter();
        var io = new PolicyRules.Cli.ConsoleIO(TextReader.Null, output, new StringWriter()) { OutIsTerminal = true, WorkingDirectory = _kit.Dir };
        PolicyRules.Cli.CliApp.Run(["check", "--no-bundled-rules", "--pack", _kit.PackFile, _file, "--no-config"], io);
        output.ToString().Should().Contain("\e[31merror\e[0m");
    }

    [TestCase(0, 0, 0, 3, "No violations in 3 files.")]
    [TestCase(1, 0, 0, 1, "1 error in 1 file.")]
    [TestCase(1, 3, 0, 2, "1 error, 3 warnings in 2 files.")]
    [TestCase(0, 1, 2, 1, "1 warning, 2 info in 1 file.")]
    public void SummaryIsWordedNaturally(int errors, int warnings, int infos, int files, string expected) =>
        PolicyRules.Cli.Output.RunReport.SummaryOf(errors, warnings, infos, files, files).Should().Be(expected);

    [TestCase(0, 0, 0, 0, 0, 1, "1 file could not be checked.")]
    [TestCase(0, 0, 0, 0, 0, 2, "2 files could not be checked.")]
    [TestCase(0, 0, 0, 0, 1, 1, "No violations in the 1 file checked; 1 file could not be checked.")]
    [TestCase(1, 0, 0, 1, 3, 2, "1 error in 1 file; 2 files could not be checked.")]
    [TestCase(0, 0, 0, 0, 0, 0, "No files to check.")]
    public void SummaryNeverClaimsSuccessForFilesThatWereNotChecked(int errors, int warnings, int infos, int filesWithFindings, int files, int unreadable, string expected) =>
        PolicyRules.Cli.Output.RunReport.SummaryOf(errors, warnings, infos, filesWithFindings, files, unreadable).Should().Be(expected);

    [TestCase(0, 0, 0, 0, 2, 0, 1, "No violations in the 2 files checked; 1 folder could not be read.")]
    [TestCase(1, 0, 0, 1, 1, 1, 2, "1 error in 1 file; 1 file could not be checked and 2 folders could not be read.")]
    [TestCase(0, 0, 0, 0, 0, 0, 1, "1 folder could not be read.")]
    public void SummarySaysWhenAFolderCouldNotBeRead(int errors, int warnings, int infos, int filesWithFindings, int files, int unreadable, int folders, string expected) =>
        PolicyRules.Cli.Output.RunReport.SummaryOf(errors, warnings, infos, filesWithFindings, files, unreadable, folders).Should().Be(expected);

    [Test]
    public void GitHubLinesAreExact()
    {
        var (exit, output, _) = _kit.Run("check", _file, "--no-config", "--format", "github");
        exit.Should().Be(1);
        output.Split('\n').Should().Equal(
            $"::error file={_file},line=3,col=11,endLine=3,endColumn=22,title=pupil-full-name::'Amelia Jones' looks like a pupil's full name. Use the first name and initial only.",
            $"::warning file={_file},line=4,col=3,endLine=4,endColumn=9,title=conduct-offensive-language::'rubbish' is unkind.",
            $"::notice file={_file},line=4,col=19,endLine=4,endColumn=22,title=cake-mention::Cake, cake, mentioned.",
            $"::error file={_file},line=5,col=6,endLine=5,endColumn=17,title=conduct-personal-contact::A personal mobile number: 07700 900123. Give the school office number instead.",
            "2 errors, 1 warning, 1 info in 1 file.",
            "");
    }

    [Test]
    public void GitHubEscapesPropertiesAndData()
    {
        var file = _kit.Write("a,b:c.txt", "100% Amelia Jones");
        var output = _kit.Run("check", file, "--no-config", "--format", "github").Out;
        output.Should().StartWith($"::error file={file.Replace(",", "%2C").Replace(":", "%3A")},line=1,col=6,");
    }

    [Test]
    public void JsonHasPositionsCitationsAndSummary()
    {
        var (exit, output, error) = _kit.Run("check", _kit.PathOf("news"), "--no-config", "--format", "json");
        exit.Should().Be(1);
        var root = JsonDocument.Parse(output).RootElement;
        var files = root.GetProperty("files");
        files.GetArrayLength().Should().Be(2);
        var week = files.EnumerateArray().Single(f => f.GetProperty("path").GetString()!.EndsWith("week12.md"));
        week.GetProperty("verdict").GetString().Should().Be("block");
        var v = week.GetProperty("violations")[0];
        v.GetProperty("rule").GetString().Should().Be("pupil-full-name");
        Newsletter.Substring(v.GetProperty("start").GetInt32(), v.GetProperty("length").GetInt32()).Should().Be("Amelia Jones");
        (v.GetProperty("line").GetInt32(), v.GetProperty("column").GetInt32(), v.GetProperty("endLine").GetInt32(), v.GetProperty("endColumn").GetInt32())
            .Should().Be((3, 11, 3, 23));
        v.GetProperty("citations")[0].GetProperty("clause").GetString().Should().Be("4.5(f)");
        root.GetProperty("summary").GetProperty("errors").GetInt32().Should().Be(2);
        root.GetProperty("summary").GetProperty("text").GetString().Should().Be("2 errors, 1 warning, 1 info in 1 file.");
        error.Should().Contain("2 errors, 1 warning, 1 info in 1 file.", "machine formats put the summary on standard error");
    }

    [Test]
    public void JUnitIsWellFormedWithAFailurePerFinding()
    {
        var (_, output, _) = _kit.Run("check", _kit.PathOf("news"), "--no-config", "--format", "junit", "--fail-on", "warning");
        var xml = XDocument.Parse(output);
        xml.Root!.Name.LocalName.Should().Be("testsuites");
        xml.Root.Attribute("failures")!.Value.Should().Be("3");
        var suites = xml.Root.Elements("testsuite").ToList();
        suites.Should().HaveCount(2);
        var week = suites.Single(s => s.Attribute("name")!.Value.EndsWith("week12.md"));
        week.Elements("testcase").Should().HaveCount(4);
        week.Elements("testcase").Count(c => c.Element("failure") is not null).Should().Be(3);
        week.Elements("testcase").First().Element("failure")!.Attribute("type")!.Value.Should().Be("error");
        var clean = suites.Single(s => s.Attribute("name")!.Value.EndsWith("clean.md"));
        clean.Elements("testcase").Single().Attribute("name")!.Value.Should().Be("meets the policy");
    }

    [Test]
    public void AnOutputFileThatCannotBeWrittenIsAUsageError()
    {
        var missing = _kit.PathOf(Path.Combine("no-such-folder", "report.txt"));
        var (exit, _, error) = _kit.Run("check", _file, "--no-config", "--output", missing);
        exit.Should().Be(2);
        error.Should().Contain($"error: cannot write {missing}").And.NotContain("Unhandled exception");
    }

    [Test]
    public void SarifHasRulesWithHelpAndResultsWithRegions()
    {
        var sarifFile = _kit.PathOf("out.sarif");
        var (exit, output, _) = _kit.Run("check", _file, "--no-config", "--format", "sarif", "--output", sarifFile);
        exit.Should().Be(1);
        output.Should().BeEmpty();
        var root = JsonDocument.Parse(File.ReadAllText(sarifFile)).RootElement;
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().Contain("sarif-2.1.0");
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Contain(["pupil-full-name", "conduct-personal-contact", "cake-mention"]);
        var pupil = rules.Single(r => r.GetProperty("id").GetString() == "pupil-full-name");
        pupil.GetProperty("helpUri").GetString().Should().Be("https://example.org/test-school/social-media-policy");
        pupil.GetProperty("help").GetProperty("text").GetString().Should().Contain("Staff must not identify a pupil by their full name.");
        rules.Single(r => r.GetProperty("id").GetString() == "cake-mention").TryGetProperty("helpUri", out _).Should().BeFalse();
        var result = run.GetProperty("results")[0];
        result.GetProperty("ruleId").GetString().Should().Be("pupil-full-name");
        result.GetProperty("level").GetString().Should().Be("error");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("news/week12.md");
        var region = location.GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32())
            .Should().Be((3, 11, 3, 23));
        Newsletter.Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32()).Should().Be("Amelia Jones");
        run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()).Should().Equal("error", "warning", "note", "error");
        ValidateWithSarifMultitool(sarifFile);
    }

    /// <summary>Runs Microsoft's SARIF validator when it is installed (CI installs it from npm).</summary>
    internal static void ValidateWithSarifMultitool(string sarifFile)
    {
        var tool = FindOnPath("sarif-multitool");
        if (tool is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true" && Environment.GetEnvironmentVariable("POLICYRULES_REQUIRE_SARIF") == "1")
                Assert.Fail("the SARIF multitool is required in CI (npm install -g @microsoft/sarif-multitool)");
            Assert.Warn("sarif-multitool (npm @microsoft/sarif-multitool) is not installed; SARIF was checked for shape only");
            return;
        }
        var output = sarifFile + ".validation.sarif";
        var psi = new ProcessStartInfo(tool, ["validate", sarifFile, "--output", output, "--log", "ForceOverwrite"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(120_000).Should().BeTrue("the validator finishes");
        var log = stdout.Result + stderr.Result;
        p.ExitCode.Should().Be(0, log);
        var results = JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("runs")[0].GetProperty("results");
        // The validator's own findings: errors break the standard; warnings are its best-practice advice.
        var problems = results.EnumerateArray()
            .Where(r => !r.TryGetProperty("level", out var l) || l.GetString() is "error" or "warning")
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message")}").ToList();
        problems.Should().BeEmpty(log);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    [TestCase("error", 1)]
    [TestCase("warning", 1)]
    [TestCase("info", 1)]
    public void ExitCodeFollowsFailOn(string failOn, int expected) =>
        _kit.Run("check", _file, "--no-config", "--fail-on", failOn).Exit.Should().Be(expected);

    [Test]
    public void ExitCodesForWarningsOnly()
    {
        var file = _kit.Write("warn.txt", "A rubbish day.");
        _kit.Run("check", file, "--no-config").Exit.Should().Be(0, "a warning is below the default --fail-on error");
        _kit.Run("check", file, "--no-config", "--fail-on", "warning").Exit.Should().Be(1);
        _kit.Run("check", _kit.PathOf("news/clean.md"), "--no-config", "--fail-on", "info").Exit.Should().Be(0);
        _kit.Run("check", _kit.PathOf("nope.md"), "--no-config").Exit.Should().Be(2);
        _kit.Run("check", file, "--no-config", "--format", "yaml").Exit.Should().Be(2);
    }
}
