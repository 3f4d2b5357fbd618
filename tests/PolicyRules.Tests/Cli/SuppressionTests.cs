using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyRules.Tests.Cli;

/// <summary>In-document suppression comments, their reasons, and the summary of what they silenced.</summary>
public class SuppressionTests
{
    private const string Doc = """
        Well done Amelia Jones!
        <!-- policyrules-disable pupil-full-name reason="parents consented to full names" -->
        Amelia Jones won the race.
        Ben Smith came second. A rubbish day.
        <!-- policyrules-enable -->
        Amelia Jones again.
        <!-- policyrules-disable-next-line conduct-offensive-language -->
        A rubbish bus, 07700 900123.
        A rubbish lunch.
        """;

    private static string Suppressed(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<!-- policyrules-disable-next-line pupil-full-name reason=\"consent {i}\" -->\nAmelia Jones won race {i}.\n\n"));

    [TestCase("json", "the report lists each")]
    [TestCase("text", "the report lists each")]
    [TestCase("junit", "--format text or json lists each")]
    public void ManySuppressionsAreCountedOnStandardErrorNotListed(string format, string where)
    {
        using var kit = new CliTestKit();
        var file = kit.Write("news.md", Suppressed(21));
        var (exit, _, error) = kit.Run("check", file, "--no-config", "--format", format, "-o", kit.PathOf("report.out"));
        exit.Should().Be(0);
        error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"suppressed: 21 findings by 21 suppressions in 1 file; {where}",
            "No violations in 1 file.");
    }

    [Test]
    public void AFewSuppressionsAreListedOnStandardErrorOneALine()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("news.md", Suppressed(20));
        var (exit, _, error) = kit.Run("check", file, "--no-config", "--format", "json", "-o", kit.PathOf("report.json"));
        exit.Should().Be(0);
        var lines = error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(21);
        lines[0].Should().Be($"suppressed: {file}:1: pupil-full-name suppressed (1 finding); reason: consent 1");
        lines[^1].Should().Be("No violations in 1 file.");
    }

    [Test]
    public void SuppressionsSilenceOnlyTheirRulesAndRangesAndMissingReasonsAreReported()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("news.md", Doc);
        var (exit, output, _) = kit.Run("check", file, "--no-config", "--format", "json");
        exit.Should().Be(1);
        var root = JsonDocument.Parse(output).RootElement;
        var f = root.GetProperty("files")[0];
        f.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("rule").GetString(), v.GetProperty("line").GetInt32())).Should().Equal(
            ("pupil-full-name", 1),
            ("conduct-offensive-language", 4),
            ("pupil-full-name", 6),
            ("suppression-without-reason", 7),
            ("conduct-personal-contact", 8),
            ("conduct-offensive-language", 9));
        f.GetProperty("suppressed").EnumerateArray().Select(s => (s.GetProperty("rule").GetString(), s.GetProperty("line").GetInt32(), s.GetProperty("reason").GetString())).Should().Equal(
            ("pupil-full-name", 3, "parents consented to full names"),
            ("pupil-full-name", 4, "parents consented to full names"),
            ("conduct-offensive-language", 8, null));
        root.GetProperty("summary").GetProperty("suppressed").GetInt32().Should().Be(3);
    }

    [Test]
    public void TextSummaryListsSuppressionsUsed()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("news.md", Doc);
        var output = kit.Run("check", file, "--no-config").Out;
        output.Should().Contain("Suppressions used (2):");
        output.Should().Contain($"  {file}:2: pupil-full-name suppressed (2 findings); reason: parents consented to full names");
        output.Should().Contain($"  {file}:7: conduct-offensive-language suppressed (1 finding); reason: none given");
        output.Should().Contain($"{file}:7:1: warning [suppression-without-reason]");
    }

    [Test]
    public void SuppressionsWorkInHtmlAndSarifMarksThemInSource()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("news.html", "<p>Hi</p>\n<!-- policyrules-disable-next-line pupil-full-name reason='consent on file' -->\n<p>Amelia Jones</p>\n");
        var (exit, output, _) = kit.Run("check", file, "--no-config", "--format", "sarif");
        exit.Should().Be(0);
        var result = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();
        var suppression = result.GetProperty("suppressions")[0];
        suppression.GetProperty("kind").GetString().Should().Be("inSource");
        suppression.GetProperty("justification").GetString().Should().Be("consent on file");
    }

    [Test]
    public void ASuppressionNamingAnUnknownRuleIsReportedWithTheClosestId()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("news.md", "Sports day\n\n<!-- policyrules-disable-next-line pupil-fulll-name reason=\"typo\" -->\nCongratulations to Amelia Jones!\n");
        var (exit, output, _) = kit.Run("check", file, "--no-config");
        exit.Should().Be(1, "the finding it meant to silence is still reported");
        output.Should().Contain($"{file}:3:1: warning [suppression-unknown-rule] This suppression names 'pupil-fulll-name', which is not a loaded rule; did you mean 'pupil-full-name'?");
        output.Should().Contain($"{file}:4:20: error [pupil-full-name]");
        output.Should().NotContain("suppression-unused", "the unknown id is the problem to report");
    }

    [Test]
    public void AnUnknownRuleInASuppressionIsAWarningSoItFailsOnlyWithFailOnWarning()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("news.html", "<!-- policyrules-disable no-such-rule reason='old' -->\n<p>A lovely day.</p>\n");
        var (exit, output, _) = kit.Run("check", file, "--no-config", "--format", "json");
        exit.Should().Be(0);
        var v = JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("violations").EnumerateArray().Single();
        (v.GetProperty("rule").GetString(), v.GetProperty("severity").GetString(), v.GetProperty("line").GetInt32()).Should().Be(("suppression-unknown-rule", "warning", 1));
        v.GetProperty("message").GetString().Should().Be("This suppression names 'no-such-rule', which is not a loaded rule.");
        kit.Run("check", file, "--no-config", "--fail-on", "warning").Exit.Should().Be(1);
    }

    [Test]
    public void ASuppressionThatSilencesNothingIsReported()
    {
        using var kit = new CliTestKit();
        // A blank line between the comment and the finding: the comment covers the blank line only.
        var file = kit.Write("news.md", "<!-- policyrules-disable-next-line pupil-full-name reason=\"consent on file\" -->\n\nWell done Amelia Jones!\n");
        var (exit, output, _) = kit.Run("check", file, "--no-config");
        exit.Should().Be(1);
        output.Should().Contain($"{file}:1:1: warning [suppression-unused] This suppression of pupil-full-name silences nothing: the line after it has no such finding.");
        output.Should().Contain($"{file}:3:11: error [pupil-full-name]");
    }

    [Test]
    public void ASuppressionOfTwoRulesThatSilencesOneIsReportedForTheOther()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("news.md", "<!-- policyrules-disable-next-line pupil-full-name cake-mention reason=\"consent on file\" -->\nWell done Amelia Jones!\n");
        var (exit, output, _) = kit.Run("check", file, "--no-config");
        exit.Should().Be(0, output);
        output.Should().Contain($"{file}:1:1: warning [suppression-unused] This suppression of pupil-full-name, cake-mention silences nothing of cake-mention: the line after it has no such finding.")
            .And.NotContain("error [pupil-full-name]");
    }

    [Test]
    public void ASuppressionOfAClassifierCategoryOrADisabledRuleIsNotUnknown()
    {
        using var kit = new CliTestKit();
        kit.Write(".policyrules.yaml", "disable: [cake-mention]\n");
        var file = kit.Write("news.md", "<!-- policyrules-disable classifier-conduct cake-mention reason='ok' -->\nCake for all.\n");
        var (_, output, _) = kit.RunWith("", kit.Dir, "check", file, "--format", "json");
        JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("violations").EnumerateArray()
            .Select(v => v.GetProperty("rule").GetString()).Should().Equal("suppression-unused");
    }

    // Suppressions are read only where a comment is hidden from readers (Markdown, HTML). In plain text a suppression,
    // in comment markers or not, would be published as written: it silences nothing and is reported, misspelt or not.
    [TestCase("policyrules-disable-next-line pupil-full-nme reason=\"x\"")]
    [TestCase("policyrules-disable-next-line pupil-full-name reason=\"consent on file\"")]
    [TestCase("<!-- policyrules-disable-next-line pupil-full-name reason=\"consent on file\" -->")]
    public void ASuppressionInPlainTextIsNotReadAndIsReported(string line)
    {
        using var kit = new CliTestKit();
        var file = kit.Write("post.txt", line + "\nWell done Amelia Jones!\n");
        var (exit, output, _) = kit.Run("check", file, "--no-config", "--format", "json");
        exit.Should().Be(1, "the finding is not silenced");
        var f = JsonDocument.Parse(output).RootElement.GetProperty("files")[0];
        f.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("rule").GetString(), v.GetProperty("line").GetInt32(), v.GetProperty("column").GetInt32()))
            .Should().Equal(("suppression-not-read", 1, 1), ("pupil-full-name", 2, 11));
        var warning = f.GetProperty("violations")[0];
        warning.GetProperty("severity").GetString().Should().Be("warning");
        warning.GetProperty("excerpt").GetString().Should().Be(line);
        warning.GetProperty("message").GetString().Should().Be(
            "Suppression comments are read in Markdown and HTML comments; in plain text this line is published as text and silences nothing.");
        f.GetProperty("suppressed").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void ASuppressionOnStandardInputAsTextIsReportedAndAsMarkdownIsRead()
    {
        using var kit = new CliTestKit();
        const string draft = "<!-- policyrules-disable-next-line pupil-full-name reason=\"consent on file\" -->\nWell done Amelia Jones!\n";
        var text = kit.RunWith(draft, null, "check", "-", "--no-config");
        text.Exit.Should().Be(1);
        text.Out.Should().Contain("<stdin>:1:1: warning [suppression-not-read]").And.Contain("<stdin>:2:11: error [pupil-full-name]");
        var markdown = kit.RunWith(draft, null, "check", "-", "--no-config", "--stdin-format", "markdown");
        markdown.Exit.Should().Be(0, markdown.Out);
        markdown.Out.Should().NotContain("suppression-not-read").And.Contain("pupil-full-name suppressed (1 finding)");
    }

    [Test]
    public void ASuppressionInAWordDocumentIsReported()
    {
        using var kit = new CliTestKit();
        var path = kit.PathOf("news.docx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            static W.Paragraph P(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            doc.AddMainDocumentPart().Document = new W.Document(new W.Body(
                P("<!-- policyrules-disable-next-line pupil-full-name reason=\"consent on file\" -->"), P("Well done Amelia Jones!")));
        }
        var (exit, output, _) = kit.Run("check", path, "--no-config");
        exit.Should().Be(1);
        output.Should().Contain($"{path}:1:1: warning [suppression-not-read] Suppression comments are read in Markdown and HTML comments; in a Word document this line")
            .And.Contain($"{path}:2:11: error [pupil-full-name]");
    }
}
