using System.Text;
using System.Text.Json;
using PolicyRules.Cli.Batch;

namespace PolicyRules.Tests.Hostile;

/// <summary>
/// JSON Lines batches: every input line gets exactly one output line, in order; a line that cannot
/// be checked gets an <c>error</c> field and every other line is checked.
/// </summary>
[Parallelizable(ParallelScope.None)]
public class BatchHostileTests
{
    private const string Good = """{"id":"ok","text":"what the shit","channel":"official","author":"staff"}""";

    private static (List<JsonElement> Lines, BatchRunner Runner) Run(string input)
    {
        var runner = new BatchRunner(Hostile.Engine.Value, Severity.Warning);
        var output = new StringWriter();
        runner.Run(new StringReader(input), output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (lines, runner);
    }

    private static string Good2(int i) => $$"""{"id":"g{{i}}","text":"line {{i}} crap","channel":"personal","author":"parent"}""";

    [Test]
    public void EveryKindOfBadLineGetsAnErrorAndTheRestAreChecked()
    {
        var bad = new (string Line, string Error)[]
        {
            ("{not json", "malformed JSON"),
            ("[1,2,3]", "must be a JSON object"),
            ("\"just a string\"", "must be a JSON object"),
            ("null", "must be a JSON object"),
            ("{}", "missing field 'id'"),
            ("""{"id":"a"}""", "missing field 'text'"),
            ("""{"id":"a","text":42,"channel":"official","author":"staff"}""", "'text' must be a string (found a number)"),
            ("""{"id":"a","text":"t"}""", "missing field 'channel'"),
            ("""{"id":"a","text":"t","channel":"twitter","author":"staff"}""", "unknown channel 'twitter'"),
            ("""{"id":"a","text":"t","channel":"official","author":"robot"}""", "unknown author 'robot'"),
            ("""{"id":"a","text":"t","channel":"official","author":"staff","roster":"x"}""", "'roster' must be a list"),
            ("""{"id":"a","text":"t","channel":"official","author":"staff","school":[1]}""", "'school' must be a string (found a list)"),
            ("""{"id":"a","text":"t","channel":"official","author":"staff","attachments":[1]}""", "each attachment must be an object"),
            ("""{"id":"a","text":"t","channel":"official","author":"staff"} trailing""", "malformed JSON"),
            (string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100)), "malformed JSON"),
            ("""{"id":"a","text":"x \uD800 y","channel":"official","author":"staff"}""", "invalid JSON string"), // System.Text.Json cannot read a lone surrogate
            ("", "empty line"),
            ("   ", "empty line"),
            ("\u0000\u0001\u00ff\ufffd\ufffd", "malformed JSON"),
            ("""{"id":"a","text":"t","channel":"official","author":"staff","id":"b"}""", "duplicate key 'id'"),
        };
        var input = new StringBuilder();
        for (var i = 0; i < bad.Length; i++) input.Append(Good2(i)).Append('\n').Append(bad[i].Line).Append('\n');
        var (lines, runner) = Run(input.ToString());
        lines.Should().HaveCount(bad.Length * 2);
        runner.Lines.Should().Be(bad.Length * 2);
        for (var i = 0; i < bad.Length; i++)
        {
            var good = lines[2 * i];
            good.GetProperty("id").GetString().Should().Be($"g{i}");
            good.GetProperty("violations").GetArrayLength().Should().Be(1);
            var b = lines[2 * i + 1];
            if (bad[i].Error.Length == 0) { b.TryGetProperty("error", out _).Should().BeFalse(bad[i].Line); continue; }
            b.GetProperty("error").GetString().Should().Contain(bad[i].Error, bad[i].Line);
        }
    }

    [TestCase("not json", "malformed JSON at column 1: unexpected 'not'", null)]
    [TestCase("{not json", "malformed JSON at column 2: unexpected 'not'", null)]
    [TestCase("""{"id":"c","text": "broken""", "malformed JSON at column 26: the line ends inside a string", "c")]
    [TestCase("{\"id\":\"c\",\"text\":\"t\"", "malformed JSON at column 21: the line ends before every object and array is closed", "c")]
    [TestCase("""{"id":"é" x}""", "malformed JSON at column 11: unexpected 'x'", "é")]
    [TestCase("""{"id":"a"} trailing""", "malformed JSON at column 12: unexpected 'trailing'", "a")]
    [TestCase("""{"id":1,}""", "malformed JSON at column 8: a comma with nothing after it", "1")]
    [TestCase("""{"id":"a\q"}""", "malformed JSON at column 9: '\\q' is not a JSON escape", null)]
    [TestCase("{\"id\":\"a\tb\"}", "malformed JSON at column 9: a control character (U+0009) must be escaped inside a string", null)]
    [TestCase("[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]", "malformed JSON at column 17: objects and arrays are nested more than 16 deep", null)]
    [TestCase("\u0000\u0001", "malformed JSON at column 1: unexpected U+0000", null, TestName = "{m}(NUL SOH)")]
    [TestCase("tru", "malformed JSON at column 4: the line ends before the JSON is complete", null)]
    public void MalformedJsonIsDescribedPlainlyWithItsColumn(string line, string error, string? id)
    {
        BatchInput.Parse(line).Error.Should().Be(error);
        // The batch contract: the line still gets an output line with an error field, and the run goes on.
        var (lines, runner) = Run(line + "\n" + Good);
        lines.Should().HaveCount(2);
        lines[0].GetProperty("error").GetString().Should().Be(error);
        // The id, when it was read before the JSON broke, ties the error to its line.
        if (id is null) lines[0].GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        else lines[0].GetProperty("id").GetString().Should().Be(id);
        lines[1].GetProperty("verdict").GetString().Should().Be("block");
        runner.Errors.Should().Be(1);
    }

    private const string Ctx = "\"channel\":\"official\",\"author\":\"staff\"";

    [TestCase("""{"id":"s1","text":"x \uD800 y","channel":"official","author":"staff"}""", "s1", "invalid JSON string in 'text': it holds half of a surrogate pair", TestName = "{m}(lone surrogate in the text)")]
    [TestCase("""{"id":"s2","text":"t","channel":"official","author":"staff",}""", "s2", "a comma with nothing after it", TestName = "{m}(trailing comma)")]
    [TestCase("""{"id":42,"text":"t" "channel":"official"}""", "42", "malformed JSON", TestName = "{m}(a number id, then a missing comma)")]
    [TestCase("""{"text":"t","roster":[{"id":"inner"}],"id":"s3",,}""", "s3", "malformed JSON", TestName = "{m}(the top-level id, not a nested one)")]
    [TestCase("""{"text":"t",,"id":"late"}""", null, "malformed JSON", TestName = "{m}(an id after the error is not read)")]
    [TestCase("""{"id":"a","id":"b",}""", null, "malformed JSON", TestName = "{m}(an id given twice is not trusted)")]
    [TestCase("""{"id":"\uD800","text":"t"}""", null, "invalid JSON string in 'id'", TestName = "{m}(an id that is itself broken)")]
    public void ALineBrokenAfterItsIdKeepsItsId(string line, string? id, string error)
    {
        var (lines, runner) = Run(line + "\n" + Good);
        runner.Errors.Should().Be(1);
        lines[0].GetProperty("error").GetString().Should().Contain(error);
        lines[0].GetProperty("line").GetInt64().Should().Be(1);
        if (id is null) lines[0].GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        else lines[0].GetProperty("id").GetString().Should().Be(id);
        lines[1].GetProperty("id").GetString().Should().Be("ok");
    }

    // Files joined together can carry a byte order mark inside: it is named, not printed as an invisible character.
    [Test]
    public void AByteOrderMarkInsideTheFileIsNamed()
    {
        var (lines, runner) = Run(Good + "\n\uFEFF" + Good);
        runner.Errors.Should().Be(1);
        lines[1].GetProperty("error").GetString().Should().Be("malformed JSON at column 1: unexpected U+FEFF (a byte order mark: save the file without one inside it)");
    }

    [TestCase("\"text\":123", "'text' must be a string (found a number)")]
    [TestCase("\"text\":null", "'text' must be a string (found null)")]
    [TestCase("\"text\":[\"a\"]", "'text' must be a string (found a list)")]
    [TestCase("\"text\":\"t\",\"channel\":5", "'channel' must be a string, one of: official, personal, newsletter, message (found a number)")]
    [TestCase("\"text\":\"t\",\"channel\":\"official\",\"author\":true", "'author' must be a string, one of: staff, governor, volunteer, parent, pupil (found true or false)")]
    [TestCase("\"text\":\"t\",\"school\":[\"a\",\"b\"]", "'school' must be a string (found a list)")]
    [TestCase("\"text\":\"t\",\"profile\":{\"bio\":\"x\"}", "'profile' must be a string (found an object)")]
    [TestCase("\"text\":\"t\",\"roster\":\"Amelia Jones\"", "'roster' must be a list (found a string)")]
    [TestCase("\"text\":\"t\",\"roster\":[\"A B\",7]", "roster entry 2 must be a name or {\"name\": ..., \"consent\": [...]} (found a number)")]
    [TestCase("\"text\":\"t\",\"roster\":[{\"consent\":[]}]", "roster entry 1 has no 'name'")]
    [TestCase("\"text\":\"t\",\"roster\":[{\"name\":[\"A\"]}]", "roster entry 1: 'name' must be a string (found a list)")]
    [TestCase("\"text\":\"t\",\"roster\":[{\"name\":\"A B\",\"consent\":\"photo\"}]", "roster entry 1: 'consent' must be a list of strings (found a string)")]
    [TestCase("\"text\":\"t\",\"roster\":[{\"name\":\"A B\",\"consent\":[\"photo\",1]}]", "roster entry 1: 'consent' must list strings (found a number)")]
    [TestCase("\"text\":\"t\",\"attachments\":{\"kind\":\"image\"}", "'attachments' must be a list (found an object)")]
    [TestCase("\"text\":\"t\",\"attachments\":[{\"kind\":1}]", "attachment 1: 'kind' must be a string (found a number)")]
    [TestCase("\"text\":\"t\",\"attachments\":[{\"showsPupils\":\"yes\"}]", "attachment 1: 'showsPupils' must be true or false (found a string)")]
    [TestCase("\"text\":\"t\",\"attachments\":[{},{\"consent\":1}]", "attachment 2: 'consent' must be true or false (found a number)")]
    public void AFieldOfTheWrongTypeSaysWhatItMustBeAndWhatWasFound(string fields, string error)
    {
        // The id is read, and kept, whatever is wrong later in the line; 'channel' and 'author' come last unless the case gives them.
        var line = "{\"id\":\"w\"," + fields + (fields.Contains("\"channel\"") || fields.Contains("\"author\"") ? "" : "," + Ctx) + "}";
        var input = BatchInput.Parse(line);
        input.Error.Should().Be(error, line);
        input.Id.Should().Be("w");
    }

    [TestCase("{\"id\":[1],\"text\":\"t\"}", "'id' must be a string or a number (found a list)")]
    [TestCase("{\"id\":null,\"text\":\"t\"}", "'id' must be a string or a number (found null)")]
    public void AnIdOfTheWrongTypeSaysSo(string line, string error) => BatchInput.Parse(line).Error.Should().Be(error);

    [Test]
    public void OptionalFieldsMayBeNullOrAbsent()
    {
        var input = BatchInput.Parse("{\"id\":\"n\",\"text\":\"t\"," + Ctx + ",\"school\":null,\"profile\":null,\"roster\":[{\"name\":\"Amelia Jones\",\"consent\":null}],\"attachments\":[{\"kind\":null,\"showsPupils\":true}]}");
        input.Error.Should().BeNull();
        input.Context!.SchoolNames.Should().BeEmpty();
        input.Context.Roster.Should().ContainSingle().Which.Consent.Should().BeEmpty();
        input.Context.Attachments.Should().ContainSingle().Which.Should().Be(new Attachment("image", ShowsPupils: true));
        BatchInput.Parse("{\"id\":\"n\",\"text\":\"t\"," + Ctx + ",\"school\":\"Stathern Primary\"}").Context!.SchoolNames.Should().Equal("Stathern Primary");
    }

    [TestCase("""{"id":"d","text":"a","text":"b","channel":"official","author":"staff"}""", "d", "duplicate key 'text'")]
    [TestCase("""{"id":"d","id":"e","text":"a","channel":"official","author":"staff"}""", null, "duplicate key 'id'")]
    [TestCase("""{"id":"d","text":"a","channel":"official","author":"staff","roster":[{"name":"A B","name":"C D"}]}""", "d", "duplicate key 'name' in 'roster'")]
    [TestCase("""{"id":"d","text":"a","channel":"official","author":"staff","extra":{"x":1,"x":2}}""", "d", "duplicate key 'x' in 'extra'")]
    public void ADuplicateKeyIsAnErrorNamingIt(string line, string? id, string error)
    {
        var (lines, runner) = Run(line + "\n" + Good);
        runner.Errors.Should().Be(1);
        lines[0].GetProperty("error").GetString().Should().Be(error);
        if (id is null) lines[0].GetProperty("id").ValueKind.Should().Be(JsonValueKind.Null);
        else lines[0].GetProperty("id").GetString().Should().Be(id);
    }

    [Test]
    public void TruncatedLastLineWithoutNewline()
    {
        var cut = Good[..(Good.Length / 2)];
        var (lines, runner) = Run(Good + "\n" + Good + "\n" + cut);
        lines.Should().HaveCount(3);
        runner.Errors.Should().Be(1);
        lines[2].GetProperty("error").GetString().Should().Contain("malformed JSON");
        // and a final good line without a newline is checked
        Run(Good + "\n" + Good).Lines.Should().HaveCount(2).And.OnlyContain(l => l.GetProperty("verdict").GetString() == "block");
    }

    [Test]
    public void AnErrorLineGivesItsLineNumberAcrossBlocks()
    {
        // More lines than one block holds (32 per core), a bad one in the second block: its number is its place in the input.
        var input = Enumerable.Repeat(Good, 300).ToArray();
        input[1] = "not json";
        input[250] = "{\"id\":\"x\"}";
        var (lines, _) = Run(string.Join("\n", input) + "\n");
        lines.Should().HaveCount(300);
        lines[1].GetProperty("line").GetInt64().Should().Be(2);
        lines[250].GetProperty("line").GetInt64().Should().Be(251);
        lines[250].GetProperty("id").GetString().Should().Be("x");
        lines.Where(l => l.TryGetProperty("line", out _)).Should().HaveCount(2, "a line that was checked carries no line number");
    }

    [Test]
    public void LineEndingsAreCountedLikeLines()
    {
        var (lines, _) = Run(Good + "\r\n" + Good + "\r\n\r\n" + Good + "\n");
        lines.Should().HaveCount(4);
        lines[2].GetProperty("error").GetString().Should().Be("empty line");
        Run("").Lines.Should().BeEmpty();
        Run("\n").Lines.Should().ContainSingle().Which.GetProperty("error").GetString().Should().Be("empty line");
    }

    [Test]
    public void BinaryGarbageLines()
    {
        var random = new Random(3);
        var bytes = new byte[200_000];
        random.NextBytes(bytes);
        // Text already decoded with replacement characters (a TextReader); the CLI reads bytes and
        // gives invalid UTF-8 lines an error instead (see Cli/StdinBytesTests).
        var garbage = Encoding.UTF8.GetString(bytes);
        var expected = garbage.Split('\n').Length;
        var input = garbage + "\n" + Good + "\n";
        var (lines, runner) = Run(input);
        lines.Should().HaveCount(expected + 1);
        lines[^1].GetProperty("verdict").GetString().Should().Be("block");
        runner.Errors.Should().Be(lines.Count(l => l.TryGetProperty("error", out _)));
    }

    [Test]
    public void HundredMegabyteLineIsRefusedWithoutStoppingTheRun()
    {
        // 100 MB of text in one JSON line: over the 64 MB line limit, so it gets an error line
        // (and is not held in memory past the limit); the lines around it are checked.
        var huge = new StringBuilder(100 * 1024 * 1024 + 200);
        huge.Append("{\"id\":\"huge\",\"text\":\"");
        huge.Append('a', 100 * 1024 * 1024);
        huge.Append("\",\"channel\":\"official\",\"author\":\"staff\"}");
        var input = Good + "\n" + huge + "\n" + Good + "\n";
        huge.Clear();
        var (lines, _) = Run(input);
        lines.Should().HaveCount(3);
        lines[1].GetProperty("error").GetString().Should().Contain("longer than 64 MB");
        lines[0].GetProperty("verdict").GetString().Should().Be("block");
        lines[2].GetProperty("verdict").GetString().Should().Be("block");
    }

    [Test]
    public void LargeLineUnderTheLimitIsChecked()
    {
        var text = Hostile.Repeat("fine words ", 20 * 1024 * 1024) + " shit";
        var line = JsonSerializer.Serialize(new { id = "big", text, channel = "official", author = "staff" });
        var (lines, _) = Run(line + "\n" + Good);
        lines.Should().HaveCount(2);
        lines[0].GetProperty("violations")[0].GetProperty("excerpt").GetString().Should().Be("shit");
    }

    [Test]
    public void ManyLinesKeepTheirOrderAcrossBlocks()
    {
        var input = new StringBuilder();
        for (var i = 0; i < 10_000; i++) input.Append(i % 7 == 0 ? "garbage" : Good2(i)).Append('\n');
        var (lines, runner) = Run(input.ToString());
        lines.Should().HaveCount(10_000);
        for (var i = 0; i < 10_000; i++)
            if (i % 7 != 0) lines[i].GetProperty("id").GetString().Should().Be($"g{i}");
        runner.Errors.Should().Be(Enumerable.Range(0, 10_000).Count(i => i % 7 == 0));
    }

    [Test]
    public void BoundedLineReaderSplitsOnlyOnNewlines()
    {
        var reader = new BoundedLineReader(new StringReader("a\r\nb\rc\n\nlong line\nlast"), 5);
        var lines = new List<InputLine>();
        while (reader.TryRead(out var l)) lines.Add(l);
        lines.Select(l => l.Text).Should().Equal("a", "b\rc", "", null, "last");
        lines[3].Length.Should().Be(9);
    }
}
