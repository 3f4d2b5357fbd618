using System.Text.Json;

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
}
