namespace PolicyRules.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per finding:
/// <c>::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message</c>.
/// Errors are <c>error</c>, warnings <c>warning</c>, info <c>notice</c>; endColumn is the last column of the span.
/// </summary>
internal static class GitHubReport
{
    public static void Write(TextWriter w, RunReport report)
    {
        foreach (var file in report.Files)
            foreach (var f in file.Findings)
                w.WriteLine(Line(file.Document.DisplayPath, f));
        w.WriteLine(report.Summary);
    }

    public static string Line(string path, Finding f)
    {
        var v = f.Violation;
        var command = v.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
        var endColumn = Math.Max(f.Column, f.EndColumn - 1);
        var message = v.Suggestion is null ? v.Message : $"{v.Message} {v.Suggestion}";
        return $"::{command} file={Property(path.Replace('\\', '/'))},line={f.Line},col={f.Column},endLine={f.EndLine},endColumn={endColumn},title={Property(v.Rule)}::{Data(message)}";
    }

    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
