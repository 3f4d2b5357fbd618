using PolicyRules.Cli;

namespace PolicyRules.Tests.Cli;

/// <summary>Progress goes to standard error, only when it is a terminal and there is enough work.</summary>
public class ProgressTests
{
    private static string Run(string stdin, bool terminal, params string[] args)
    {
        var error = new StringWriter();
        CliApp.Run(args, new ConsoleIO(new StringReader(stdin), new StringWriter(), error) { ErrorIsTerminal = terminal });
        return error.ToString();
    }

    private static string[] Files(int count)
    {
        var dir = Directory.CreateTempSubdirectory("progress-").FullName;
        return Enumerable.Range(0, count).Select(i =>
        {
            var path = Path.Combine(dir, $"news-{i}.md");
            File.WriteAllText(path, "Lovely sunny sports day!");
            return path;
        }).ToArray();
    }

    [Test]
    public void FilesShowABarOnATerminal()
    {
        var files = Files(7);
        Run("", terminal: true, ["check", "--no-config", .. files]).Should().Contain("7/7 files");
        Run("", terminal: false, ["check", "--no-config", .. files]).Should().BeEmpty();
        Run("", terminal: true, ["check", "--no-config", .. files.Take(2)]).Should().BeEmpty("two files are not worth a bar");
    }

    [Test]
    public void BatchLinesShowARunningCountOnATerminal()
    {
        var lines = string.Join('\n', Enumerable.Range(0, 10).Select(i => $$"""{"id":"{{i}}","text":"Well done Year 6!","channel":"official","author":"staff"}"""));
        Run(lines, terminal: true, "check", "--jsonl", "-").Should().Contain("10 lines checked");
        Run(lines, terminal: false, "check", "--jsonl", "-").Should().BeEmpty();
    }
}
