using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PolicyRules.Cli.Inputs;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyRules.Tests.Cli;

/// <summary>Each input format: what is checked, what is skipped, and that every span maps exactly to the original.</summary>
public class InputFormatTests
{
    private static readonly PolicyEngine Engine = CliTestKit.Engine();

    /// <summary>Checks the document and returns each finding's rule and the original text at its span.</summary>
    private static List<(string Rule, string Original, int Line, int Column)> Check(SourceDocument doc)
    {
        var result = Engine.Check(doc.Checkable, PostContext.Default with { Channel = Channel.Newsletter });
        return result.Violations.Select(v =>
        {
            var (s, l) = doc.ToOriginal(v.Start, v.Length);
            var (line, col) = doc.Lines.Position(s);
            return (v.Rule, doc.Original.Substring(s, l), line, col);
        }).ToList();
    }

    [Test]
    public void MarkdownChecksProseHeadingsLinkTextAltTextAndFrontMatter()
    {
        const string md = """
            ---
            title: Well done Ben Smith
            channel: newsletter
            ---
            # News for **Amelia Jones** fans

            A *rubbish* day, but [call 07700 900123 now](https://example.org/Amelia%20Jones) or ![useless picture](useless.png "cake").

            ```
            Amelia Jones in a code block
            ```

                Ben Smith in indented code

            Inline `Ben Smith` code is skipped; &amp; entities are fine, cake.

            | Pupil | Note |
            |-------|------|
            | Ben Smith | ok |
            """;
        var doc = InputReader.Parse("news.md", md, InputKind.Markdown);
        var found = Check(doc);
        found.Should().BeEquivalentTo(At(md,
            ("pupil-full-name", "Ben Smith", 2),
            ("pupil-full-name", "Amelia Jones", 5),
            ("conduct-offensive-language", "rubbish", 7),
            ("conduct-personal-contact", "07700 900123", 7),
            ("conduct-offensive-language", "useless", 7),
            ("cake-mention", "cake", 15),
            ("pupil-full-name", "Ben Smith", 19)), o => o.WithStrictOrdering());
        doc.FrontMatter!.Channel.Should().Be("newsletter");
    }

    [Test]
    public void MarkdownEscapesAndEntitiesKeepExactSpans()
    {
        const string md = "Well done Amelia\\ Jones &amp; Ben Smith!\r\nSecond line: 07700 900123\r\n";
        var doc = InputReader.Parse("x.md", md, InputKind.Markdown);
        var found = Check(doc);
        found.Select(f => (f.Rule, f.Original, f.Line, f.Column)).Should().Contain(("pupil-full-name", "Ben Smith", 1, 31));
        found.Should().Contain(("conduct-personal-contact", "07700 900123", 2, 14));
    }

    [Test]
    public void MarkdownSoftLineBreaksReadAsSpaces()
    {
        // A hard-wrapped sentence is one sentence (one finding, not two), and a name wrapped onto the next line is found.
        const string md = "Between us, the governors agreed\nredundancies in the office, so keep it quiet.\n\nWell done to Amelia\nJones for coming first.\n";
        var doc = InputReader.Parse("x.md", md, InputKind.Markdown);
        Check(doc).Should().Contain(("pupil-full-name", "Amelia\nJones", 4, 14));
        BundledRules.Engine.Check(doc.Checkable, PostContext.Default with { Channel = Channel.Newsletter }).Violations
            .Should().ContainSingle(v => v.Rule == "conf-marked-confidential");
    }

    [Test]
    public void MarkdownKeepsLinesThatOpenWithABulletItDoesNotKnow()
    {
        const string md = "Star of the week\n\u2022 Harri Llewellyn\n\u2022 Nadia Hussain\n";
        var doc = InputReader.Parse("x.md", md, InputKind.Markdown);
        doc.Checkable.Should().Contain("\n\u2022 Harri").And.Contain("\n\u2022 Nadia");
    }

    [Test]
    public void HtmlChecksVisibleTextAltAndTitleButNotScriptsOrStyles()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><title>Ben Smith news</title>
            <style>.useless { color: red }</style>
            <script>var x = "Amelia Jones";</script></head>
            <body>
              <h1>Well done <b>Amelia&nbsp;Jones</b> &amp; friends</h1>
              <p>A <i>rubbish</i> day.<img src="Ben Smith.png" alt="useless photo" title="cake stall"></p>
              <!-- Ben Smith in a comment -->
              <p hidden>Ben Smith hidden</p>
              <a href="https://example.org/07700900123">Call 07700 900123</a>
            </body></html>
            """;
        var doc = InputReader.Parse("news.html", html, InputKind.Html);
        var found = Check(doc);
        found.Should().BeEquivalentTo(At(html,
            ("pupil-full-name", "Ben Smith", 2),
            ("pupil-full-name", "Amelia&nbsp;Jones", 6),
            ("conduct-offensive-language", "rubbish", 7),
            ("conduct-offensive-language", "useless", 7),
            ("cake-mention", "cake", 7),
            ("conduct-personal-contact", "07700 900123", 10)), o => o.WithStrictOrdering(), "an entity inside a match maps to the whole entity in the source");
        doc.Checkable.Should().NotContain("color").And.NotContain("var x").And.NotContain("hidden");
    }

    // A screen reader reads aria-label aloud: an icon link labelled with a number publishes it as surely as its text would.
    [Test]
    public void HtmlChecksAriaLabels()
    {
        const string html = """<p>Questions? <a href="/contact" aria-label="Text Mr Davies on 07700 900456"><img src="phone.svg"></a></p>""";
        var found = Check(InputReader.Parse("news.html", html, InputKind.Html));
        found.Should().ContainSingle().Which.Rule.Should().Be("conduct-personal-contact");
    }

    // Inline elements style text where it runs and add no space: "<b>Amelia</b> Jones" reads "Amelia Jones" and
    // "Am<i>elia</i>" one word. Blocks and line breaks still end a block, table cells are set apart by commas (a row is one
    // sentence), and an image still separates words.
    [TestCase("<p>Well done <b>Amelia</b> Jones!</p>", "Well done Amelia Jones!")]
    [TestCase("<p>Well done Am<i>elia</i> <span>Jones</span>!</p>", "Well done Amelia Jones!")]
    [TestCase("<p><a href=\"/a\">Amelia</a> <em>Jo</em><strong>nes</strong>, <small>Y</small><sup>5</sup></p>", "Amelia Jones, Y5")]
    [TestCase("<p>Amelia</p><p>Jones</p>", "Amelia\n\nJones")]
    [TestCase("<p>Amelia<br>Jones</p>", "Amelia\nJones")]            // a line of the same block
    [TestCase("<table><tr><td>Amelia</td><td>Jones</td></tr></table>", "Amelia, Jones")]
    [TestCase("<p>Amelia<img src=\"a.png\">Jones</p>", "Amelia Jones")]
    public void HtmlInlineElementsAddNoSpaceAndBlocksStillSeparateWords(string html, string checkable)
    {
        InputReader.Parse("x.html", html, InputKind.Html).Checkable.Trim().Should().Be(checkable);
    }

    [Test]
    public void ANameAcrossAnInlineElementIsQuotedAsWrittenAndMapsToTheFile()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("x.html", "<p>Well done to <b>Amelia</b> Jones in Year 5.</p>\n");
        var (_, output, _) = kit.Run("check", file, "--no-config", "--format", "json");
        var v = JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("violations").EnumerateArray()
            .Single(x => x.GetProperty("rule").GetString() == "pupil-full-name");
        v.GetProperty("excerpt").GetString().Should().Be("Amelia Jones");
        (v.GetProperty("line").GetInt32(), v.GetProperty("column").GetInt32()).Should().Be((1, 20));
        v.GetProperty("message").GetString().Should().StartWith("'Amelia Jones' ");
    }

    [Test]
    public void HtmlEntityInsideAMatchMapsToTheWholeEntity()
    {
        const string html = "<p>Call 07700&#32;900123 today</p>";
        var doc = InputReader.Parse("x.html", html, InputKind.Html);
        var found = Check(doc);
        found.Should().ContainSingle().Which.Should().Be(("conduct-personal-contact", "07700&#32;900123", 1, 9));
    }

    [Test]
    public void AMobileWithANoBreakSpaceIsFound()
    {
        const string html = "<p>Call Mr Davies on 07700&nbsp;900456 any evening.</p>";
        var found = Check(InputReader.Parse("x.html", html, InputKind.Html));
        found.Should().ContainSingle().Which.Should().Be(("conduct-personal-contact", "07700&nbsp;900456", 1, 22));
    }

    [Test]
    public void DocxChecksParagraphsTablesHeadersFootersAndImageDescriptions()
    {
        var path = Path.Combine(Path.GetTempPath(), $"news-{Guid.NewGuid():N}.docx");
        try
        {
            WriteDocx(path);
            var doc = InputReader.Read(path, TextReader.Null);
            doc.Kind.Should().Be(InputKind.Docx);
            var found = Check(doc);
            found.Should().BeEquivalentTo(new[]
            {
                ("conduct-offensive-language", "rubbish", 2, 3),
                ("pupil-full-name", "Amelia Jones", 3, 1),
                ("conduct-personal-contact", "07700 900123", 4, 10),
                ("cake-mention", "cake", 6, 8),
                ("pupil-full-name", "Ben Smith", 7, 8),
            }, o => o.WithStrictOrdering());
            doc.Original.Split('\n').Should().Equal(
                "Week 12 newsletter", "A rubbish week.", "Amelia Jones", "Call me: 07700 900123", "", "Footer cake", "Photo: Ben Smith at sports day");
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void DocxParagraphsAreBlocksOfTheirOwn()
    {
        // A heading paragraph is not joined to the paragraph before it ("child ... Safeguarding" within 20 words).
        var path = Path.Combine(Path.GetTempPath(), $"news-{Guid.NewGuid():N}.docx");
        try
        {
            using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
            {
                static W.Paragraph P(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                doc.AddMainDocumentPart().Document = new W.Document(new W.Body(
                    P("Please phone the office before 9am if your child is unwell."), P("Safeguarding"), P("Our online safety workshop is on 3 December."),
                    P("Made a social services referral for one of my little ones today.")));
            }
            var read = InputReader.Read(path, TextReader.Null);
            var found = BundledRules.Engine.Check(read.Checkable, PostContext.Default with { Channel = Channel.Newsletter }).Violations.Select(v =>
            {
                var (s, l) = read.ToOriginal(v.Start, v.Length);
                return (v.Rule, read.Original.Substring(s, l), read.Lines.Position(s));
            });
            found.Should().ContainSingle().Which.Should().Be(("conf-safeguarding", "social services referral for one of my", (4, 8)));
        }
        finally { File.Delete(path); }
    }

    // A Word table is read a row at a time after its header, as Markdown and HTML tables are: a name in a cell meets the
    // class beside it and the column's "Star of the Week". A first row with digits is data, not a header.
    [TestCase("plain labels", false, false, new[] { "Oliver Bennett", "Amelia Jones" })]
    [TestCase("bold labels", true, false, new[] { "Oliver Bennett", "Amelia Jones" })]
    [TestCase("marked header", false, true, new[] { "Oliver Bennett", "Amelia Jones" })]
    public void DocxTablesAreReadARowAtATimeAfterTheirHeader(string what, bool bold, bool marked, string[] names)
    {
        var path = Path.Combine(Path.GetTempPath(), $"stars-{Guid.NewGuid():N}.docx");
        try
        {
            static W.Paragraph P(string text, bool bold = false)
            {
                var run = new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
                if (bold) run.PrependChild(new W.RunProperties(new W.Bold()));
                return new W.Paragraph(run);
            }
            static W.TableRow Row(bool bold, params string[] cells) => new(cells.Select(c => new W.TableCell(P(c, bold))));
            var header = Row(bold, "Class", "Star of the Week", "Reason");
            if (marked) header.PrependChild(new W.TableRowProperties(new W.TableHeader()));
            using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
                doc.AddMainDocumentPart().Document = new W.Document(new W.Body(
                    P("Stars of the Week"),
                    new W.Table(header, Row(false, "3B", "Oliver Bennett", "Super times tables"), Row(false, "4C", "Amelia Jones", "Kindness to others")),
                    P("Who to contact"),
                    new W.Table(Row(false, "Role", "Name"), Row(false, "Headteacher", "Mrs Sarah Jenkins"), Row(false, "SENCo", "Mr David Hughes")),
                    new W.Table(Row(false, "Date", "Fixture", "Venue"), Row(false, "Tue 4 March", "Football v St Mary's", "Home"))));
            FoundInDocx(path).Should().Equal(names.Select(n => ("pupil-full-name", n)), what);
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void ADocxTableWhoseFirstRowHasDigitsHasNoHeaderAndALayoutTableKeepsItsParagraphsApart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"layout-{Guid.NewGuid():N}.docx");
        try
        {
            static W.Paragraph P(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
                doc.AddMainDocumentPart().Document = new W.Document(new W.Body(
                    // Read as a header, "3B" and "Oliver Bennett" would be copied before every later row's cells.
                    new W.Table(new W.TableRow(new W.TableCell(P("3B")), new W.TableCell(P("Oliver Bennett"))),
                        new W.TableRow(new W.TableCell(P("Team")), new W.TableCell(P("Rounders")))),
                    // Two columns of news: the cell's heading and its paragraph stay blocks of their own (the phrase
                    // "child ... Safeguarding" within 20 words would join across a heading read into its paragraph).
                    new W.Table(new W.TableRow(
                        new W.TableCell(P("Please phone the office before 9am if your child is unwell."), P("Safeguarding")),
                        new W.TableCell(P("Our online safety workshop is on 3 December."))))));
            FoundInDocx(path).Should().BeEmpty();
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void ADocxTextBoxIsReadOnceNotAlsoInItsFallback()
    {
        // Word writes a text box twice: a wps Choice and a VML Fallback for older readers. Reading both reported each
        // finding twice; a Fallback alone (no Choice) is the content and is read.
        const string ns = """xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" """;
        static string P(string t) => $"""<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>""";
        static string Choice(string t) => $"""<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="5" name="Text Box 5" descr="A box"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>{P(t)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>""";
        static string Fallback(string t) => $"""<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{P(t)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>""";
        var body = P("News")
            + $"<w:p><w:r><mc:AlternateContent>{Choice("Well done Amelia Jones")}{Fallback("Well done Amelia Jones")}</mc:AlternateContent></w:r></w:p>"
            + $"<w:p><w:r><mc:AlternateContent>{Fallback("Well done Ben Smith")}</mc:AlternateContent></w:r></w:p>";
        var path = Path.Combine(Path.GetTempPath(), $"box-{Guid.NewGuid():N}.docx");
        try
        {
            using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
                doc.AddMainDocumentPart().Document = new W.Document($"<w:document {ns}><w:body>{body}</w:body></w:document>");
            var read = InputReader.Read(path, TextReader.Null);
            Check(read).Should().Equal(("pupil-full-name", "Amelia Jones", 2, 11), ("pupil-full-name", "Ben Smith", 3, 11));
            read.Original.Split('\n').Should().Equal("News", "Well done Amelia Jones", "Well done Ben Smith", "A box");
        }
        finally { File.Delete(path); }
    }

    private static List<(string Rule, string Text)> FoundInDocx(string path)
    {
        var read = InputReader.Read(path, TextReader.Null);
        return [.. BundledRules.Engine.Check(read.Checkable, PostContext.Default with { Channel = Channel.Newsletter }).Violations.Select(v =>
        {
            var (s, l) = read.ToOriginal(v.Start, v.Length);
            return (v.Rule, read.Original.Substring(s, l));
        })];
    }

    [Test]
    public void ADocxPartLargerThanTheCapIsRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"news-{Guid.NewGuid():N}.docx");
        try
        {
            WriteDocx(path);
            using (var stream = File.OpenRead(path))
                DocxInput.Read(path, stream, maxCharactersInPart: 1_000_000).Original.Should().Contain("Amelia Jones");
            using (var stream = File.OpenRead(path))
            {
                var read = () => DocxInput.Read(path, stream, maxCharactersInPart: 200);
                read.Should().Throw<InvalidDataException>().WithMessage("a part of the document expands to more than 200 characters");
            }
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void CliReportsDocxParagraphNumbers()
    {
        using var kit = new CliTestKit();
        var path = kit.PathOf("news.docx");
        WriteDocx(path);
        var (exit, output, err) = kit.Run("check", path, "--format", "json", "--no-config");
        exit.Should().Be(1, err);
        var v = JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("violations")[1];
        v.GetProperty("rule").GetString().Should().Be("pupil-full-name");
        v.GetProperty("line").GetInt32().Should().Be(3);
        kit.Run("check", path, "--no-config").Out.Should().Contain("(paragraph 3, col 1)");
    }

    [Test]
    public void DocxFootnotesAndEndnotesAreCheckedAndEachPlaceIsNamedAsWordShowsIt()
    {
        using var kit = new CliTestKit();
        var path = kit.PathOf("notes.docx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            static W.Paragraph P(string text, params OpenXmlElement[] more) =>
                new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }), new W.Run(more));
            var main = doc.AddMainDocumentPart();
            // The body refers to footnote 7 before footnote 3: Word numbers them 1 and 2 in that order.
            main.Document = new W.Document(new W.Body(
                P("Sports day news.", new W.FootnoteReference { Id = 7 }),
                P("Thanks to all.", new W.FootnoteReference { Id = 3 }, new W.EndnoteReference { Id = 1 }),
                new W.Paragraph(new W.Run(new W.Drawing(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
                    new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1U, Name = "Picture 1", Description = "Ben Smith at sports day" }))))));
            main.AddNewPart<HeaderPart>().Header = new W.Header(P("Call me: 07700 900123"));
            main.AddNewPart<FootnotesPart>().Footnotes = new W.Footnotes(
                new W.Footnote(P("")) { Type = W.FootnoteEndnoteValues.Separator, Id = -1 },
                new W.Footnote(P("A rubbish photo.")) { Id = 3 },
                new W.Footnote(P("Well done Amelia Jones.")) { Id = 7 });
            main.AddNewPart<EndnotesPart>().Endnotes = new W.Endnotes(
                new W.Endnote(P("")) { Type = W.FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
                new W.Endnote(P("Photos: useless camera.")) { Id = 1 });
        }
        var read = InputReader.Read(path, TextReader.Null);
        Check(read).Select(f => (f.Rule, f.Original)).Should().Equal(
            ("conduct-personal-contact", "07700 900123"),
            ("pupil-full-name", "Amelia Jones"),
            ("conduct-offensive-language", "rubbish"),
            ("conduct-offensive-language", "useless"),
            ("pupil-full-name", "Ben Smith"));
        var (_, output, err) = kit.Run("check", path, "--no-config");
        output.Should().Contain("(header, col 10)", err)
            .And.Contain("(footnote 1, col 11)")
            .And.Contain("(footnote 2, col 3)")
            .And.Contain("(endnote 1, col 9)")
            .And.Contain("(image description 1, col 1)");
    }

    [Test]
    public void PlainTextAndStandardInput()
    {
        using var kit = new CliTestKit();
        var (exit, output, _) = kit.RunWith("Line one\nWell done Amelia Jones!\n", null, "check", "-", "--no-config", "--format", "github");
        exit.Should().Be(1);
        output.Should().StartWith("::error file=<stdin>,line=2,col=11,endLine=2,endColumn=22,title=pupil-full-name::");
        var md = kit.RunWith("`Amelia Jones` in code\n", null, "check", "-", "--no-config", "--stdin-format", "markdown");
        md.Exit.Should().Be(0);
    }

    [Test]
    public void FoldersAndGlobsRecurseAndSkipBuildFolders()
    {
        using var kit = new CliTestKit();
        kit.Write("site/a.md", "Amelia Jones");
        kit.Write("site/sub/b.html", "<p>Ben Smith</p>");
        kit.Write("site/sub/c.txt", "rubbish");
        kit.Write("site/sub/d.yaml", "Amelia Jones");
        kit.Write("site/node_modules/x.md", "Amelia Jones");
        kit.Write("site/bin/x.md", "Amelia Jones");
        kit.Write("site/.git/x.md", "Amelia Jones");
        var all = kit.Run("check", kit.PathOf("site"), "--no-config", "--format", "json");
        all.Err.Should().NotContain("error:");
        Files(all.Out).Should().BeEquivalentTo(["a.md", "b.html", "c.txt"]);
        var glob = kit.Run("check", kit.PathOf("site") + "/**/*.html", "--no-config", "--format", "json");
        Files(glob.Out).Should().BeEquivalentTo(["b.html"]);
        kit.Run("check", kit.PathOf("site") + "/*.nope", "--no-config").Exit.Should().Be(2);
    }

    /// <summary>Expected findings: the column is where the text first occurs on that line of the original.</summary>
    private static List<(string, string, int, int)> At(string original, params (string Rule, string Text, int Line)[] expected)
    {
        var lines = original.Replace("\r\n", "\n").Split('\n');
        return expected.Select(e =>
        {
            var col = lines[e.Line - 1].IndexOf(e.Text, StringComparison.Ordinal);
            col.Should().BeGreaterThanOrEqualTo(0, $"'{e.Text}' is on line {e.Line}");
            return (e.Rule, e.Text, e.Line, col + 1);
        }).ToList();
    }

    private static IEnumerable<string> Files(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("path").GetString()!));

    internal static void WriteDocx(string path)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        static W.Paragraph P(params string[] runs) => new(runs.Select(r => new W.Run(new W.Text(r) { Space = SpaceProcessingModeValues.Preserve })));
        var body = new W.Body(
            P("Week 12 ", "newsletter"),
            P("A ", "rub", "bish week."),
            new W.Table(new W.TableRow(new W.TableCell(P("Amelia Jones")))),
            P("Call me: 07700 900123"));
        // An image whose description names a pupil.
        var drawing = new W.Drawing(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1U, Name = "Picture 1", Description = "Photo: Ben Smith at sports day" }));
        body.Append(new W.Paragraph(new W.Run(drawing)));
        main.Document = new W.Document(body);
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new W.Footer(P("Footer cake"));
    }
}
