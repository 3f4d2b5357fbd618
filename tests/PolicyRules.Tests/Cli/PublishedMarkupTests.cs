using System.Text.Json;
using PolicyRules.Cli.Inputs;

namespace PolicyRules.Tests.Cli;

/// <summary>
/// What a reader of the published page sees, or can click, though it is not Markdown prose: raw HTML in Markdown (a block
/// or an inline tag) is read as an HTML file is, and the address or number a mailto:, tel:, sms: or WhatsApp link
/// publishes is checked where its target is written. Code stays unchecked.
/// </summary>
public class PublishedMarkupTests
{
    private static readonly PostContext Staff = PostContext.Default with { Channel = Channel.Newsletter, Author = AuthorRole.Staff };

    /// <summary>Each finding of the bundled rules: its rule, the original text at its span, and its line and column.</summary>
    private static List<(string Rule, string Original, int Line, int Column)> Check(string name, string text, InputKind kind)
    {
        var doc = InputReader.Parse(name, text, kind);
        return BundledRules.Engine.Check(doc.Checkable, Staff).Violations.Select(v =>
        {
            var (s, l) = doc.ToOriginal(v.Start, v.Length);
            var (line, col) = doc.Lines.Position(s);
            return (v.Rule, doc.Original.Substring(s, l), line, col);
        }).ToList();
    }

    [Test]
    public void AMarkdownHtmlBlockIsCheckedWhereItIsInTheFile()
    {
        const string md = "# News\n\n<div class=\"item\">\nWell done to Amelia Jones in Year 5. Text me on 07700 900123.\n</div>\n\nA quiet week.\n";
        Check("x.md", md, InputKind.Markdown).Should().BeEquivalentTo([
            ("pupil-full-name", "Amelia Jones", 4, 14),
            ("conduct-personal-contact", "Text me on 07700 900123", 4, 38),
        ]);
    }

    [Test]
    public void AMarkdownHtmlBlockIsReadAsAnHtmlFileIs()
    {
        // Entities decoded and mapped to the whole entity, alt and title read, scripts, styles, comments and hidden
        // elements not, and each block apart from the Markdown around it.
        const string md = """
            Well done to

            <p>Call Mr Davies on 07700&nbsp;900456 any evening.<img src="p.png" alt="Well done Amelia Jones in Year 5"></p>
            <script>var number = "07700 900123";</script>
            <!-- 07700 900124 -->

            <p hidden>Text me on 07700 900125</p>

            Amelia Jones
            """;
        Check("x.md", md, InputKind.Markdown).Should().BeEquivalentTo([
            ("conduct-personal-contact", "07700&nbsp;900456", 3, 22),
            ("pupil-full-name", "Amelia Jones", 3, 84),
            ("pupil-full-name", "Amelia Jones", 9, 1), // another mention of the name flagged in the image's description
        ]);
    }

    [TestCase("Well done to Amelia<br>Jones", "Well done to Amelia\nJones")]
    [TestCase("Well done <b>Amelia</b> Jones!", "Well done Amelia Jones!")]
    [TestCase("Amelia<img src=\"a.png\">Jones", "Amelia Jones")]
    [TestCase("Our <img src=\"a.png\" alt=\"useless picture\" title=\"cake\"> stall", "Our \n\nuseless picture\n\ncake\n\n stall")]
    public void MarkdownInlineHtmlSeparatesWordsAndHasItsAttributesReadAsInAnHtmlFile(string md, string checkable) =>
        InputReader.Parse("x.md", md, InputKind.Markdown).Checkable.Trim().Should().Be(checkable);

    [TestCase("Any questions, [email me](mailto:jo.teacher@gmail.com?subject=Trip).", "jo.teacher@gmail.com")]
    [TestCase("Any questions, <a href=\"mailto:jo.teacher@gmail.com\">email me</a>.", "jo.teacher@gmail.com")]
    [TestCase("Any questions, [ring me](tel:07700900123).", "07700900123")]
    [TestCase("Any questions, <a href='tel:+44 7700 900123'>ring me</a>.", "+44 7700 900123")]
    [TestCase("Any questions, [message me](https://wa.me/447700900123?text=Hi).", "447700900123")]
    [TestCase("Any questions, [message me](https://api.whatsapp.com/send?phone=447700900123).", "447700900123")]
    [TestCase("Any questions, [ask me][me].\n\n[me]: mailto:jo.teacher@gmail.com\n", "jo.teacher@gmail.com")]
    public void AContactInAMarkdownLinksTargetIsChecked(string md, string contact)
    {
        var found = Check("x.md", md, InputKind.Markdown);
        found.Should().ContainSingle().Which.Should().Match<(string Rule, string Original, int Line, int Column)>(
            f => f.Rule == "conduct-personal-contact" && f.Original == contact && md.Split('\n')[f.Line - 1].Substring(f.Column - 1).StartsWith(contact));
    }

    [TestCase("<p>Any questions, <a href=\"mailto:jo.teacher@gmail.com\">email me</a>.</p>", "jo.teacher@gmail.com")]
    [TestCase("<p>Any questions, <a href=\"mailto:jo.teacher&#64;gmail.com\">email me</a>.</p>", "jo.teacher&#64;gmail.com")]
    [TestCase("<p>Any questions, <a href=\"tel:07700%20900123\">ring me</a>.</p>", "07700%20900123")]
    [TestCase("<p>Any questions, <a href=\"sms:07700900123\">send a text</a>.</p>", "07700900123")]
    [TestCase("<p>Any questions, <a href=\"https://wa.me/447700900123\">message me</a>.</p>", "447700900123")]
    public void AContactInAnHtmlLinksTargetIsChecked(string html, string contact) =>
        Check("x.html", html, InputKind.Html).Should().ContainSingle().Which.Should().Be(("conduct-personal-contact", contact, 1, html.IndexOf(contact, StringComparison.Ordinal) + 1));

    [TestCase("Ring the office on [01632 960123](tel:01632960123) or [email us](mailto:office@stathern.leics.sch.uk).")]
    [TestCase("See [our page](https://example.org/07700900123) or <a href=\"https://www.facebook.com/stathern\">Facebook</a>.")]
    [TestCase("`[email me](mailto:jo.teacher@gmail.com)` in code")]
    public void OtherTargetsAndTheSchoolsOwnContactsStayQuiet(string md) =>
        Check("x.md", md, InputKind.Markdown).Should().BeEmpty();

    [TestCase("Text me on [07700 900123](tel:07700900123).", "tel:07700900123")]
    [TestCase("Questions? <a href=\"tel:+447700900123\">07700 900123</a>.", "tel:+447700900123")]
    [TestCase("Email [jo.teacher@gmail.com](mailto:jo.teacher@gmail.com).", "mailto:jo.teacher@gmail.com")]
    public void ATargetTheLinksTextShowsIsReportedOnceInTheText(string md, string target)
    {
        var found = Check("x.md", md, InputKind.Markdown);
        found.Should().ContainSingle();
        var (start, end) = (found[0].Column - 1, found[0].Column - 1 + found[0].Original.Length);
        var t = md.IndexOf(target, StringComparison.Ordinal);
        (end <= t || start >= t + target.Length).Should().BeTrue("the finding is in the link's text, not its target");
    }

    [Test]
    public void TheCliReportsATargetsContactWithoutTheImpliedPlus()
    {
        using var dir = new TempDir();
        var file = dir.Write("x.md", "Any questions, [message me](https://wa.me/447700900123).\n");
        var (exit, output, err) = CliRunner.Run("check", file, "--no-config", "--format", "json");
        exit.Should().Be(1, err);
        var v = JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("violations").EnumerateArray().Single();
        v.GetProperty("rule").GetString().Should().Be("conduct-personal-contact");
        v.GetProperty("excerpt").GetString().Should().Be("447700900123");
        v.GetProperty("column").GetInt32().Should().Be(43);
    }

    [TestCase("x.md", "Questions? Text me [any time](tel:07700900123) or [on WhatsApp](https://wa.me/447700900123).\n")]
    [TestCase("x.html", "<p>Questions? Text me <a href=\"tel:07700900123\">any time</a>.</p>\n")]
    [TestCase("x.md", "Questions? <a href=\"mailto:jo.teacher@gmail.com\">Email me</a>.\n")]
    public void FixLeavesALinksTargetForAPerson(string name, string text)
    {
        using var dir = new TempDir();
        var file = dir.Write(name, text);
        var (exit, output, error) = CliRunner.Run("fix", file, "--no-config", "--channel", "personal", "--author", "staff");
        File.ReadAllText(file).Should().Be(text, "a link's target is checked but never edited");
        output.Should().BeEmpty();
        error.Should().Contain("Not fixed automatically").And.Contain("[conduct-personal-contact]");
        exit.Should().Be(1);
    }

    private sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("policyrules-markup-").FullName;

        public string Write(string name, string text)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, text);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
