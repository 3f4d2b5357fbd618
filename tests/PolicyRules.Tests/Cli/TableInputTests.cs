using System.Text.Json;
using PolicyRules.Cli.Inputs;

namespace PolicyRules.Tests.Cli;

/// <summary>
/// A table is read a row at a time, each row one sentence of its cells, each body cell after its column's header
/// ("Class: 3B, Star of the Week: Oliver Bennett"), so a table of pupils' full names is caught as the same words in a
/// sentence are, and tables of staff, clubs, fixtures and prices stay quiet as their sentences would.
/// </summary>
public class TableInputTests
{
    private static readonly PostContext Newsletter = PostContext.Default with { Channel = Channel.Newsletter, Author = AuthorRole.Staff };

    private const string StarsMarkdown = "## Stars of the Week\n\n| Class | Star of the Week |\n|---|---|\n| 3B | Oliver Bennett |\n| 4C | Isla Brown |\n";
    private const string StarsHtml = "<h2>Stars of the Week</h2><table><tr><th>Class</th><th>Star of the Week</th></tr><tr><td>3B</td><td>Oliver Bennett</td></tr><tr><td>4C</td><td>Isla Brown</td></tr></table>";

    private static List<(string Rule, string Original, int Line, int Column)> Check(string name, string text, InputKind kind)
    {
        var doc = InputReader.Parse(name, text, kind);
        return BundledRules.Engine.Check(doc.Checkable, Newsletter).Violations.Select(v =>
        {
            var (at, length) = doc.Reportable(v.Start, v.Length);
            var (s, l) = doc.ToOriginal(at, length);
            var (line, col) = doc.Lines.Position(s);
            return (v.Rule, doc.Original.Substring(s, l), line, col);
        }).ToList();
    }

    [Test]
    public void AMarkdownTableOfPupilsFullNamesIsFlaggedAtEachName() =>
        Check("t1.md", StarsMarkdown, InputKind.Markdown).Should().BeEquivalentTo([
            ("pupil-full-name", "Oliver Bennett", 5, 8),
            ("pupil-full-name", "Isla Brown", 6, 8),
        ]);

    [Test]
    public void AnHtmlTableOfPupilsFullNamesIsFlaggedAtEachName() =>
        Check("t1.html", StarsHtml, InputKind.Html).Should().BeEquivalentTo([
            ("pupil-full-name", "Oliver Bennett", 1, StarsHtml.IndexOf("Oliver", StringComparison.Ordinal) + 1),
            ("pupil-full-name", "Isla Brown", 1, StarsHtml.IndexOf("Isla", StringComparison.Ordinal) + 1),
        ]);

    [TestCase("| Class | Star of the Week |\n|---|---|\n| 3B | Oliver Bennett |\n| | Isla Brown |\n", "t.md")]
    [TestCase("<table><thead><tr><td>Class</td><td>Star of the Week</td></tr></thead><tr><td><p>3B</p></td><td><p>Oliver Bennett</p>\n</td></tr><tr><td> </td><td>Isla Brown</td></tr></table>", "t.html")]
    public void EachRowIsASentenceOfItsCellsAfterTheirHeaders(string table, string name) =>
        InputReader.Parse(name, table, InputReader.KindOf(name)).Checkable.Trim().Should().Be(
            "Class, Star of the Week\n\nClass: 3B, Star of the Week: Oliver Bennett\n\nStar of the Week: Isla Brown",
            "an empty cell adds nothing, and a cell written as a paragraph is still part of its row");

    [Test]
    public void HtmlCellsSpanningColumnsAndParagraphsInACellKeepTheirPlaces()
    {
        const string html = "<table><tr><th colspan=\"2\">Pupil</th><th>Award</th></tr>"
            + "<tr><td>Oliver</td><td>Bennett</td><td><p>Reading</p><p>Writing</p></td></tr></table>";
        InputReader.Parse("t.html", html, InputKind.Html).Checkable.Trim().Should().Be(
            "Pupil, Award\n\nPupil: Oliver, Pupil: Bennett, Award: Reading\n\nWriting");
    }

    [Test]
    public void ALayoutTableKeepsTheParagraphsOfItsCellsApart()
    {
        // E-mail newsletters lay out whole pages in tables: only the cells' edges join, not every paragraph in them.
        const string html = "<table><tr><td><h1>News</h1><p>Well done to our Year 5 team.</p><p>Sports day is on Friday.</p></td>"
            + "<td><p>Contact Sarah Patel in the office.</p></td></tr></table>";
        InputReader.Parse("t.html", html, InputKind.Html).Checkable.Trim().Should().Be(
            "News\n\nWell done to our Year 5 team.\n\nSports day is on Friday., Contact Sarah Patel in the office.");
        Check("t.html", html, InputKind.Html).Should().BeEmpty();
    }

    private const string QuietTables = """
        ## Meet the staff

        | Name | Role |
        |---|---|
        | Mrs Patel | Year 3 teacher |
        | Mr Jones | Year 5 teacher and PE lead |
        | Miss Khan | Reception |

        ## After-school clubs

        | Day | Club | Run by | Year groups |
        |---|---|---|---|
        | Monday | Football | Mr Smith | Years 5 and 6 |
        | Tuesday | Choir | Mrs Green | Years 3 to 6 |
        | Wednesday | Chess | Coach Dave | KS2 |

        ## Fixtures

        | Team | Opponent | Venue | Date |
        |---|---|---|---|
        | Year 5 | v Kingsway | Home | 12/03 |
        | Year 6 | v St Mary's | Away | 19/03 |

        ## Uniform prices

        | Item | Price |
        |---|---|
        | Sweatshirt | £12.50 |
        | PE bag | £5.00 |

        ## Governors

        | Name | Role |
        |---|---|
        | Sarah Ahmed | Chair of governors |
        | David Lee | Parent governor |

        | Class | Teacher |
        |---|---|
        | Year 3 | Sarah Patel |
        """;

    [Test]
    public void TablesOfStaffClubsFixturesAndPricesStayQuiet()
    {
        Check("quiet.md", QuietTables, InputKind.Markdown).Should().BeEmpty();
        Check("quiet.html", ToHtml(QuietTables), InputKind.Html).Should().BeEmpty();
    }

    // The same tables in HTML, each cell a paragraph as Word writes them.
    private static string ToHtml(string markdown)
    {
        var html = new System.Text.StringBuilder();
        var rows = new List<string>();
        void Flush()
        {
            if (rows.Count > 0) html.Append("<table>").Append(string.Concat(rows)).Append("</table>\n");
            rows.Clear();
        }
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) { Flush(); html.Append($"<h2>{line[3..]}</h2>\n"); }
            else if (line.Trim().Length == 0) Flush();
            else if (!line.Trim().All(c => c is '|' or '-'))
            {
                var tag = rows.Count == 0 ? "th" : "td";
                var cells = line.Trim().Trim('|').Split('|').Select(c => $"<{tag}><p>{System.Net.WebUtility.HtmlEncode(c.Trim())}</p></{tag}>");
                rows.Add($"<tr>{string.Concat(cells)}</tr>");
            }
        }
        Flush();
        return html.ToString();
    }

    [Test]
    public void TheCliReportsTheNameAloneAndAHeadersFindingOnce()
    {
        using var kit = new CliTestKit();
        // The test pack flags 'Amelia Jones' and 'Ben Smith' anywhere, and 'rubbish' (here in a header cell repeated before
        // each cell of its column).
        var file = kit.Write("t.md", "| Pupil | Rubbish collected |\n|---|---|\n| Amelia Jones | 3 bags |\n| Ben Smith | 2 bags |\n");
        var (exit, output, err) = kit.Run("check", file, "--no-config", "--format", "json");
        exit.Should().Be(1, err);
        var found = JsonDocument.Parse(output).RootElement.GetProperty("files")[0].GetProperty("violations").EnumerateArray()
            .Select(v => (v.GetProperty("rule").GetString(), v.GetProperty("excerpt").GetString(), v.GetProperty("line").GetInt32(), v.GetProperty("column").GetInt32()));
        found.Should().BeEquivalentTo([
            ("conduct-offensive-language", "Rubbish", 1, 11),
            ("pupil-full-name", "Amelia Jones", 3, 3),
            ("pupil-full-name", "Ben Smith", 4, 3),
        ]);
    }

    [Test]
    public void RepeatedHeadersCannotMultiplyAFilesSize()
    {
        // A long header over many tiny cells would be copied before each: copying stops at the file's length.
        var label = new string('H', TableRows.MaxLabel);
        var md = $"| {label} |\n|---|\n" + string.Concat(Enumerable.Repeat("| x |\n", 50_000));
        var doc = InputReader.Parse("big.md", md, InputKind.Markdown);
        doc.Checkable.Length.Should().BeLessThan(3 * md.Length);
        doc.Checkable.Should().Contain($"{label}: x\n\n");
        // A header cell longer than a label is not repeated at all.
        var longer = InputReader.Parse("long.md", $"| {label}H |\n|---|\n| x |\n", InputKind.Markdown);
        longer.Checkable.Trim().Should().Be($"{label}H\n\nx");
    }

    [Test]
    public void FixShortensANameInATableCellAndLeavesTheHeader()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("t.md", "| Pupil of the week | Class |\n|---|---|\n| Amelia Jones | 3B |\n");
        kit.Run("fix", file, "--no-config");
        File.ReadAllText(file).Should().Be("| Pupil of the week | Class |\n|---|---|\n| Amelia J. | 3B |\n");
        var html = kit.Write("t.html", "<table><tr><th>Pupil</th></tr><tr><td>Ben Smith</td></tr></table>\n");
        kit.Run("fix", html, "--no-config");
        File.ReadAllText(html).Should().Be("<table><tr><th>Pupil</th></tr><tr><td>Ben S.</td></tr></table>\n");
    }
}
