using PolicyRules.Cli.Fix;

namespace PolicyRules.Tests.Cli;

/// <summary><c>policyrules fix</c>: the safe fixes and their diff.</summary>
public class FixTests
{
    [Test]
    public void DryRunShowsTheDiffAndLeavesTheFile()
    {
        using var kit = new CliTestKit();
        const string text = "# Week 12\n\nWell done Amelia Jones!\nCall me on 07700 900123 tonight.\nA rubbish day.\n";
        var file = kit.Write("news.md", text);
        var (exit, output, error) = kit.Run("fix", file, "--dry-run", "--no-config");
        exit.Should().Be(0, error);
        var path = file.Replace('\\', '/').TrimStart('/'); // "a/tmp/...", as git writes an absolute path
        output.Should().Be(string.Join('\n',
            $"--- a/{path}",
            $"+++ b/{path}",
            "@@ -1,5 +1,5 @@",
            " # Week 12",
            " ",
            "-Well done Amelia Jones!",
            "-Call me on 07700 900123 tonight.",
            "+Well done Amelia J.!",
            "+Call me tonight.",
            " A rubbish day.",
            ""));
        error.Should().Contain("Would apply 2 fixes in 1 file.");
        File.ReadAllText(file).Should().Be(text);
    }

    [Test]
    public void AFileThatCannotBeReadIsReportedAndTheOthersAreFixed()
    {
        using var kit = new CliTestKit();
        var bad = kit.Write("bad.txt", "");
        File.WriteAllBytes(bad, [0x61, 0xFF, 0x62]);
        var good = kit.Write("good.txt", "Call me on 07700 900123 tonight.\n");
        var (exit, output, error) = kit.Run("fix", bad, good, "--dry-run", "--no-config");
        error.Should().Contain($"error: {bad}: invalid UTF-8 at byte 1")
            .And.Contain("Would apply 1 fix in 1 file; 1 file could not be read.");
        output.Should().Contain("+Call me tonight.");
        exit.Should().Be(2);
    }

    [Test]
    public void FixWritesTheFileAndAppendsAMissingDisclaimer()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("post.txt", "Great day at school with my class, thanks Ben Smith!\n");
        var (exit, _, error) = kit.Run("fix", file, "--no-config", "--channel", "personal");
        exit.Should().Be(0, error);
        File.ReadAllText(file).Should().Be("Great day at school with my class, thanks Ben S.!\n\nViews are my own.\n");
        kit.Run("check", file, "--no-config", "--channel", "personal").Exit.Should().Be(0, "nothing is left to fix");
    }

    [Test]
    public void WhatFixCannotFixIsListedAtItsPlaceInTheFileAndFailsTheRun()
    {
        using var kit = new CliTestKit();
        kit.Write(".policyrules.yaml", "severity:\n  conduct-offensive-language: error\n");
        var file = kit.Write("news.txt", "Well done Amelia Jones, a rubbish day.\n");

        // A dry run leaves the file as it is, so the position is the file's as it is: column 27.
        var dry = kit.RunWith("", kit.Dir, "fix", file, "--dry-run");
        dry.Exit.Should().Be(1, dry.Err);
        dry.Err.Should().Contain("Would apply 1 fix in 1 file.")
            .And.Contain($"  {file}:1:27: error [conduct-offensive-language] 'rubbish' is unkind.")
            .And.Contain("1 error left in 1 file.");

        // Written, the name is shorter: column 24 of the fixed file.
        var run = kit.RunWith("", kit.Dir, "fix", file);
        run.Exit.Should().Be(1, run.Err);
        File.ReadAllText(file).Should().Be("Well done Amelia J., a rubbish day.\n");
        run.Err.Should().Contain($"  {file}:1:24: error [conduct-offensive-language] 'rubbish' is unkind.");

        var again = kit.RunWith("", kit.Dir, "fix", file);
        again.Exit.Should().Be(1, "running fix again does not make the error go away");
        again.Err.Should().Contain("Nothing to fix.").And.Contain($"  {file}:1:24: error [conduct-offensive-language]");
    }

    [Test]
    public void TheReadmeFixExampleReportsThePersonalEmailItLeaves()
    {
        var file = Path.Combine(Path.GetTempPath(), $"fix-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Any parents with questions can text me on 07700 900123 or email jo.teacher@gmail.com.\n");
        try
        {
            var (exit, _, error) = CliRunner.Run("fix", file, "--no-config", "--channel", "message");
            exit.Should().Be(1, error);
            File.ReadAllText(file).Should().Be("Any parents with questions can text me or email jo.teacher@gmail.com.\n");
            error.Should().Contain("Applied 1 fix in 1 file.")
                .And.Contain($"{file}:1:32: error [conduct-personal-contact] 'text me or email jo.teacher@gmail.com'")
                .And.Contain("1 error left in 1 file.");
        }
        finally { File.Delete(file); }
    }

    [TestCase("Amelia Jones", "Amelia J.")]
    [TestCase("Mary-Jane O'Neil", "Mary-Jane O.")]
    [TestCase("Amelia Rose Jones", "Amelia J.")]
    [TestCase("Zoë Jones", "Zoë J.")]
    [TestCase("Zoe\u0308 Jones", "Zoe\u0308 J.")]       // an accent as a combining mark after its letter
    [TestCase("Amelia E\u0301vans", "Amelia E\u0301.")]
    [TestCase("Amelia", null)]
    [TestCase("Amelia 5 Jones", null)]
    public void FirstNameAndInitial(string name, string? expected) => Fixer.FirstAndInitial(name).Should().Be(expected);

    // An accented first name is found, and shortened in its own spelling, precomposed or decomposed.
    [TestCase("Well done to Zoë Jones for coming first!", "Well done to Zoë J. for coming first!")]
    [TestCase("Well done to Chloé Martin for coming first!", "Well done to Chloé M. for coming first!")]
    [TestCase("Well done to Zoe\u0308 Jones for coming first!", "Well done to Zoe\u0308 J. for coming first!")]
    public void An_accented_pupils_full_name_becomes_first_name_and_initial(string text, string expected)
    {
        var (exit, fixedText) = Fix(text, "--channel", "newsletter", "--author", "staff");
        exit.Should().Be(0);
        fixedText.Should().Be(expected);
    }

    // The initial's full stop ends the sentence too: not "Amelia J..".
    [TestCase("Well done to Amelia Jones.", "Well done to Amelia J.")]
    [TestCase("Well done to Amelia Jones. She ran well.", "Well done to Amelia J. She ran well.")]
    public void A_full_stop_after_the_name_is_not_doubled(string text, string expected)
    {
        var (exit, fixedText) = Fix(text, "--channel", "newsletter", "--author", "staff");
        exit.Should().Be(0);
        fixedText.Should().Be(expected);
    }

    // The number goes, with the space before it, a preposition that only led to it and the commas or brackets that
    // set it off: the sentence still reads.
    [TestCase("Any parents can text me on 07700 900123 or email me.", "Any parents can text me or email me.")]
    [TestCase("Call me at 07700 900123!", "Call me!")]
    [TestCase("Please ring Mr Davies on his mobile, 07700 900123, any evening.", "Please ring Mr Davies on his mobile, any evening.")]
    [TestCase("Ring my mobile (07700 900123) after six.", "Ring my mobile after six.")]
    [TestCase("Any parents can text me on ０７７００ ９００１２３ or email me.", "Any parents can text me or email me.")]
    public void RemovingAPhoneNumberTakesItsLeadInPreposition(string text, string expected)
    {
        var (exit, fixedText) = Fix(text, "--channel", "message");
        exit.Should().BeOneOf(0, 1);
        fixedText.Should().Be(expected);
    }

    [Test]
    public void In_HTML_a_number_is_removed_around_markup_but_left_for_a_person_when_a_link_holds_it_too()
    {
        using var kit = new CliTestKit();
        // The finding's span in the file runs across the tags; only the text a reader sees is edited, never markup.
        var bold = kit.Write("bold.html", "<html><body>\n<p>Questions? Text me on <b>07700 900123</b> any time.</p>\n</body></html>\n");
        var (_, _, error) = kit.Run("fix", bold, "--no-config", "--channel", "personal", "--author", "staff");
        File.ReadAllText(bold).Should().Be("<html><body>\n<p>Questions? Text me<b></b> any time.</p>\n</body></html>\n");
        error.Should().Contain("[conduct-personal-contact] removed '07700 900123'");
        // A tel: link would keep the number published behind empty text: a person decides.
        const string link = "<html><body>\n<p>Questions? Text me on <a href=\"tel:07700900123\">07700 900123</a> any time.</p>\n</body></html>\n";
        var linked = kit.Write("link.html", link);
        (_, _, error) = kit.Run("fix", linked, "--no-config", "--channel", "personal", "--author", "staff");
        File.ReadAllText(linked).Should().Be(link);
        error.Should().Contain("Not fixed automatically").And.Contain("07700 900123");
    }

    [Test]
    public void A_Word_file_is_not_edited_but_its_findings_are_listed_and_its_errors_fail_the_run()
    {
        using var kit = new CliTestKit();
        var file = Path.Combine(kit.Dir, "news.docx");
        InputFormatTests.WriteDocx(file);
        var before = File.ReadAllBytes(file);
        var (exit, output, error) = kit.Run("fix", file, "--no-config");
        exit.Should().Be(1, "errors are left in the document: " + error);
        output.Should().BeEmpty();
        File.ReadAllBytes(file).Should().Equal(before);
        error.Should().Contain($"skipped {file}: fix does not edit .docx files")
            .And.Contain("Not fixed automatically (policyrules check explains each):")
            .And.Contain($"  {file}:3:1: error [pupil-full-name]")
            .And.MatchRegex(@"\d+ errors?.* left in 1 file\.");
    }

    [Test]
    public void Every_other_mention_of_a_shortened_full_name_is_shortened_too()
    {
        // The second sentence has no pupil cue: the rule reports it as another mention of the name (every-mention).
        var (exit, text, error) = FixFile(".txt", "Well done to Amelia Jones in Year 5! AMELIA JONES ran the fastest time in the county.\n");
        exit.Should().Be(0, error);
        text.Should().Be("Well done to Amelia J. in Year 5! AMELIA J. ran the fastest time in the county.\n");
        error.Should().Contain("[pupil-full-name] 'AMELIA JONES' -> 'AMELIA J.'")
            .And.Contain("Applied 2 fixes in 1 file.");
    }

    [Test]
    public void In_HTML_a_mention_in_a_checked_title_attribute_is_shortened_too()
    {
        var (exit, text, error) = FixFile(".html", "<p title=\"Photo of Amelia Jones\">Well done to Amelia Jones in Year 4!</p>\n");
        exit.Should().Be(0, error);
        text.Should().Be("<p title=\"Photo of Amelia J.\">Well done to Amelia J. in Year 4!</p>\n");
    }

    // Markup between a name's words stays: only the surname, written plainly, is edited, and a full stop after its
    // closing tag is not doubled. Markup inside the surname is left for a person.
    [TestCase(".html", "<p>Well done to <b>Amelia</b> Jones in Year 4!</p>\n", "<p>Well done to <b>Amelia</b> J. in Year 4!</p>\n")]
    [TestCase(".html", "<p>Well done to Am<i>elia</i> <em>Jones</em>.</p>\n", "<p>Well done to Am<i>elia</i> <em>J</em>.</p>\n")]
    [TestCase(".md", "Well done to **Amelia** Jones in Year 4!\n", "Well done to **Amelia** J. in Year 4!\n")]
    [TestCase(".html", "<p>Well done to <b>Amelia</b> Jo<i>nes</i> in Year 4!</p>\n", "<p>Well done to <b>Amelia</b> Jo<i>nes</i> in Year 4!</p>\n")]
    public void A_name_with_markup_between_its_words_has_its_surname_shortened(string extension, string text, string expected)
    {
        var (_, fixedText, error) = FixFile(extension, text);
        fixedText.Should().Be(expected, error);
    }

    [Test]
    public void A_name_found_at_the_start_of_a_double_barrelled_surname_is_left_for_a_person()
    {
        // The test pack's rule finds 'Amelia Jones' in 'Amelia Jones-Smith' (the bundled one finds the whole name).
        using var kit = new CliTestKit();
        var file = kit.Write("cousin.txt", "Well done to Amelia Jones-Smith in Year 5!\n");
        var (exit, _, error) = kit.Run("fix", file, "--no-config");
        // "Amelia J.-Smith" would still name her.
        exit.Should().Be(1, error);
        File.ReadAllText(file).Should().Be("Well done to Amelia Jones-Smith in Year 5!\n");
        error.Should().Contain($"{file}:1:14: error [pupil-full-name]");
    }

    // Runs fix with the bundled rules on a temporary file of the given extension; returns the exit code, the file after
    // and standard error.
    // Notepad and Word write byte order marks and CRLF: a fixed file keeps its encoding form and its line breaks.
    [TestCase("utf-8 with BOM")]
    [TestCase("utf-16le")]
    [TestCase("utf-16be")]
    public void A_fixed_file_keeps_its_byte_order_mark_and_encoding(string form)
    {
        using var kit = new CliTestKit();
        System.Text.Encoding encoding = form switch
        {
            "utf-16le" => new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            "utf-16be" => new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            _ => new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        };
        var file = Path.Combine(kit.Dir, "bom.txt");
        File.WriteAllText(file, "Well done to Amelia Jones in Year 4!\n", encoding);
        kit.Run("fix", file, "--no-config");
        var bytes = File.ReadAllBytes(file);
        bytes.Take(encoding.Preamble.Length).Should().Equal(encoding.Preamble.ToArray());
        encoding.GetString(bytes.AsSpan(encoding.Preamble.Length)).Should().Be("Well done to Amelia J. in Year 4!\n");
    }

    [Test]
    public void An_appended_disclaimer_uses_the_files_own_line_breaks()
    {
        using var kit = new CliTestKit();
        var file = Path.Combine(kit.Dir, "crlf.txt");
        File.WriteAllText(file, "Brilliant INSET day at school today.\r\nSLT have no idea what goes on in classrooms.\r\n");
        kit.Run("fix", file, "--no-config", "--channel", "personal", "--author", "staff");
        var fixedText = File.ReadAllText(file);
        fixedText.Replace("\r\n", "").Should().NotContain("\n", "every line break stays CRLF: " + fixedText);
        fixedText.Should().StartWith("Brilliant INSET day at school today.\r\n").And.EndWith("\r\n");
    }

    private static (int Exit, string Text, string Error) FixFile(string extension, string text, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"fix-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(file, text);
        try
        {
            var (exit, _, error) = CliRunner.Run(["fix", file, "--no-config", .. options]);
            return (exit, File.ReadAllText(file), error);
        }
        finally { File.Delete(file); }
    }

    // Runs fix with the bundled rules on a temporary file holding the text; returns the exit code and the file after.
    private static (int Exit, string Text) Fix(string text, params string[] options)
    {
        var file = Path.Combine(Path.GetTempPath(), $"fix-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, text);
        try
        {
            var exit = CliRunner.Run(["fix", file, "--no-config", .. options]).Exit;
            return (exit, File.ReadAllText(file));
        }
        finally { File.Delete(file); }
    }

    [Test]
    public void DiffOfIdenticalTextsIsEmpty() => UnifiedDiff.Create("a\n", "a\n", "a", "b").Should().BeEmpty();

    [Test]
    public void FixOnTheSampleNewsletterWithBundledRules()
    {
        var sample = Path.Combine(CliRunner.Root, "samples", "newsletter-week12.md");
        var copy = Path.Combine(Path.GetTempPath(), $"newsletter-{Guid.NewGuid():N}.md");
        File.Copy(sample, copy);
        try
        {
            var (exit, output, error) = CliRunner.Run("fix", copy, "--no-config");
            // With the number gone, "can text me." still asks parents to text a personal phone: left for a person.
            exit.Should().Be(1, error);
            error.Should().Contain($"{copy}:9:32: error [conduct-personal-contact] 'text me' gives pupils or parents a personal way to contact you.")
                .And.Contain("1 error left in 1 file.");
            output.Should().Contain("-What a week! **Year 5** smashed it at the county cross-country, and a huge well done to Amelia Jones for coming first.")
                .And.Contain("+What a week! **Year 5** smashed it at the county cross-country, and a huge well done to Amelia J. for coming first.")
                .And.Contain("+Any parents with questions can text me.");
            File.ReadAllText(copy).Should().Contain("Amelia J. for coming first").And.Contain("Code blocks like this one are not checked: Amelia Jones 07700 900123");
        }
        finally { File.Delete(copy); }
    }
}
