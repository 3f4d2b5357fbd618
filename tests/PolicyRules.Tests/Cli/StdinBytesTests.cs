using System.Text;
using System.Text.Json;
using PolicyRules.Cli.Batch;

namespace PolicyRules.Tests.Cli;

/// <summary>
/// Standard input and JSON Lines are read as bytes and decoded strictly: invalid UTF-8 is reported
/// with its byte offset (for <c>check -</c>) or as that line's error (for <c>--jsonl</c>), never
/// silently replaced by U+FFFD.
/// </summary>
public class StdinBytesTests
{
    private const string Good = """{"id":"ok","text":"Well done Amelia Jones","channel":"official","author":"staff"}""";

    private static byte[] Bytes(params object[] parts)
    {
        var ms = new MemoryStream();
        foreach (var p in parts)
            if (p is string s) ms.Write(Encoding.UTF8.GetBytes(s));
            else ms.Write((byte[])p);
        return ms.ToArray();
    }

    [Test]
    public void CheckStdinReportsInvalidUtf8WithItsByteOffset()
    {
        using var kit = new CliTestKit();
        // "café " is 6 bytes (é is two), so the lone continuation byte 0x80 is at byte 6.
        var (exit, output, error) = kit.RunWithBytes(Bytes("café ", new byte[] { 0x80 }, " Amelia Jones"), "check", "-", "--no-config");
        exit.Should().Be(2);
        error.Should().StartWith("error: <stdin>: invalid UTF-8 at byte 6", "standard input is '<stdin>' in errors as in reports");
        output.Should().NotContain("Amelia Jones");
    }

    [TestCase(new byte[] { 0xC3 }, 4, TestName = "truncated two-byte sequence at the end")]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, 4, TestName = "encoded surrogate")]
    [TestCase(new byte[] { 0xC0, 0xAF }, 4, TestName = "overlong encoding")]
    [TestCase(new byte[] { 0xFF }, 4, TestName = "byte that never occurs in UTF-8")]
    public void CheckStdinRefusesEveryKindOfInvalidUtf8(byte[] bad, int offset)
    {
        using var kit = new CliTestKit();
        var (exit, _, error) = kit.RunWithBytes(Bytes("abc ", bad), "check", "-", "--no-config");
        exit.Should().Be(2);
        error.Should().Contain($"invalid UTF-8 at byte {offset}");
    }

    // Word's "Save as Web Page" writes windows-1252 and says so in a meta tag: 0x92 is a right single quote, 0xA3 a pound sign.
    private static byte[] WordHtml(string meta) => Bytes(
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n", meta, "\r\n</head>\r\n<body lang=EN-GB>\r\n",
        "<p class=MsoNormal>Well done to Amelia Jones for the school", new byte[] { 0x92 }, "s top prize of ", new byte[] { 0xA3 }, "50!</p>\r\n</body>\r\n</html>\r\n");

    [TestCase("<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">")]
    [TestCase("<meta charset='ISO-8859-1'>")] // read as windows-1252, as the WHATWG Encoding Standard (and every browser) does
    public void AnHtmlFileThatIsNotUtf8IsReadInTheCharsetItDeclares(string meta)
    {
        using var kit = new CliTestKit();
        var file = kit.Write("word.htm", "");
        File.WriteAllBytes(file, WordHtml(meta));
        var (exit, output, error) = kit.Run("check", file, "--no-config");
        exit.Should().Be(1, error);
        output.Should().Contain($"{file}:6:33: error [pupil-full-name]")
            .And.Contain("Amelia Jones for the school\u2019s top prize of \u00A350!");

        var stdin = kit.RunWithBytes(WordHtml(meta), "check", "-", "--no-config", "--stdin-format", "html");
        stdin.Exit.Should().Be(1, stdin.Err);
        stdin.Out.Should().Contain("<stdin>:6:33: error [pupil-full-name]");

        // Only HTML reads the declaration, and only a declaration changes the encoding: these must still be UTF-8.
        var text = kit.Write("word.txt", "");
        File.WriteAllBytes(text, WordHtml(meta));
        var undeclared = kit.Write("plain.htm", "");
        File.WriteAllBytes(undeclared, Bytes("<p>The school", new byte[] { 0x92 }, "s prize</p>"));
        var refused = kit.Run("check", text, undeclared, "--no-config");
        refused.Exit.Should().Be(2);
        refused.Err.Should().Contain($"error: {text}: invalid UTF-8 at byte").And.Contain($"error: {undeclared}: invalid UTF-8 at byte 13");
    }

    [Test]
    public void FixWritesAFileBackInTheCharsetItDeclares()
    {
        using var kit = new CliTestKit();
        var file = kit.Write("word.htm", "");
        var original = WordHtml("<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">");
        File.WriteAllBytes(file, original);
        var (exit, _, error) = kit.Run("fix", file, "--no-config");
        exit.Should().Be(0, error);
        var expected = Encoding.Latin1.GetString(original).Replace("Amelia Jones", "Amelia J.");
        Encoding.Latin1.GetString(File.ReadAllBytes(file)).Should().Be(expected, "the quote and pound sign are still the single bytes 0x92 and 0xA3");
    }

    [Test]
    public void CheckStdinDecodesValidUtf8WithOrWithoutAByteOrderMark()
    {
        using var kit = new CliTestKit();
        var (exit, output, _) = kit.RunWithBytes(Bytes("Line one — ok\nWell done Amelia Jones!\n"), "check", "-", "--no-config", "--format", "github");
        exit.Should().Be(1);
        output.Should().StartWith("::error file=<stdin>,line=2,col=11,");
        kit.RunWithBytes(Bytes(new byte[] { 0xEF, 0xBB, 0xBF }, "Amelia Jones"), "check", "-", "--no-config").Exit.Should().Be(1);
    }

    [Test]
    public void JsonlStdinGivesAnInvalidLineItsOwnErrorAndChecksTheRest()
    {
        using var kit = new CliTestKit();
        var bad = Bytes("""{"id":"bad","text":"caf""", new byte[] { 0xE9 }, """ ok","channel":"official","author":"staff"}""");
        var (exit, output, error) = kit.RunWithBytes(Bytes(Good, "\n", bad, "\r\n", Good, "\n"), "check", "--jsonl", "-");
        exit.Should().Be(2, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(3);
        lines[1].GetProperty("error").GetString().Should().Be("invalid UTF-8 at byte 23 of the line");
        lines[1].GetProperty("id").GetString().Should().Be("bad", "the id is read from the line before its invalid byte");
        lines[1].GetProperty("line").GetInt64().Should().Be(2);
        lines[0].GetProperty("violations").GetArrayLength().Should().Be(1);
        lines[2].GetProperty("violations").GetArrayLength().Should().Be(1);
        output.Should().NotContain("\uFFFD");
    }

    [Test]
    public void JsonlFileGivesAnInvalidLineItsOwnError()
    {
        using var kit = new CliTestKit();
        var path = kit.PathOf("drafts.jsonl");
        File.WriteAllBytes(path, Bytes(new byte[] { 0xEF, 0xBB, 0xBF }, Good, "\n", new byte[] { 0xF0, 0x9F }, "\n", Good));
        var (exit, output, _) = kit.Run("check", "--jsonl", path);
        exit.Should().Be(2);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(3);
        lines[0].GetProperty("id").GetString().Should().Be("ok", "the byte order mark is dropped");
        lines[1].GetProperty("error").GetString().Should().Be("invalid UTF-8 at byte 0 of the line");
        lines[2].GetProperty("id").GetString().Should().Be("ok", "a last line without a newline is still a line");
    }

    [Test]
    public void ByteLineReaderSplitsOnNewlineBytesAndDecodesEachLineStrictly()
    {
        var input = Bytes(new byte[] { 0xEF, 0xBB, 0xBF }, "a\r\nb\rc\n\nlong line\nok é\n", new byte[] { 0x61, 0x80 }, "\n", "\uFEFFok", "\nlast");
        var reader = new BoundedLineReader(new MemoryStream(input), 5);
        var lines = new List<InputLine>();
        while (reader.TryRead(out var l)) lines.Add(l);
        lines.Select(l => l.Text).Should().Equal("a", "b\rc", "", null, "ok é", null, "\uFEFFok", "last");
        lines[3].TooLong.Should().BeTrue();
        lines[3].Length.Should().Be(9);
        lines[5].TooLong.Should().BeFalse();
        lines[5].Error.Should().Be("invalid UTF-8 at byte 1 of the line");
    }

    [Test]
    public void RandomBytesGiveOneOutputLinePerInputLine()
    {
        var random = new Random(5);
        var garbage = new byte[200_000];
        random.NextBytes(garbage);
        var input = Bytes(garbage, "\n", Good, "\n");
        var expected = garbage.Count(b => b == (byte)'\n') + 2;
        var runner = new BatchRunner(CliTestKit.Engine(), Severity.Warning);
        var output = new StringWriter();
        runner.Run(new MemoryStream(input), output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(expected);
        runner.Lines.Should().Be(expected);
        lines[^1].GetProperty("id").GetString().Should().Be("ok");
        lines.Count(l => l.TryGetProperty("error", out var e) && e.GetString()!.StartsWith("invalid UTF-8 at byte ", StringComparison.Ordinal))
            .Should().BeGreaterThan(expected / 2, "random bytes are almost never valid UTF-8");
        output.ToString().Should().NotContain("\uFFFD");
    }
}
