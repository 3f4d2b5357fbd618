namespace PolicyRules.Cli.Output;

/// <summary>Human-readable findings grouped by file: file:line:col, the line with the span marked, message, suggestion and the quoted clauses.</summary>
internal static class TextReport
{
    private const string Reset = "\e[0m", Bold = "\e[1m", Dim = "\e[2m", Red = "\e[31m", Yellow = "\e[33m", Cyan = "\e[36m";

    public static void Write(TextWriter w, RunReport report, bool colour)
    {
        string C(string code, string text) => colour ? code + text + Reset : text;
        foreach (var file in report.Files.Where(f => f.Findings.Count > 0))
        {
            w.WriteLine(C(Bold, file.Document.DisplayPath));
            foreach (var f in file.Findings)
            {
                var v = f.Violation;
                var sev = WireNames.Of(v.Severity);
                var sevColour = v.Severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };
                var where = file.Document.Kind == Inputs.InputKind.Docx ? $"paragraph {f.Line}, col {f.Column}" : $"{f.Line}:{f.Column}";
                w.WriteLine($"  {file.Document.DisplayPath}:{f.Line}:{f.Column}: {C(sevColour, sev)} [{v.Rule}] {v.Message}{(file.Document.Kind == Inputs.InputKind.Docx ? $" ({where})" : "")}");
                var lineText = file.Document.Lines.LineText(f.Line);
                if (v.Length > 0 && lineText.Length > 0 && lineText.Length <= 200)
                {
                    var shown = lineText.Replace('\t', ' ');
                    var start = f.Column - 1;
                    var end = f.EndLine == f.Line ? Math.Min(shown.Length, f.EndColumn - 1) : shown.Length;
                    var width = Math.Max(1, end - start);
                    if (colour) w.WriteLine($"    {shown[..start]}{C(sevColour + Bold, shown[start..Math.Max(start, end)])}{shown[Math.Max(start, end)..]}");
                    else w.WriteLine($"    {shown}");
                    w.WriteLine($"    {new string(' ', start)}{C(sevColour, new string('^', width))}");
                }
                if (v.Suggestion is not null) w.WriteLine($"    suggestion: {v.Suggestion}");
                foreach (var c in v.Citations) w.WriteLine(C(Dim, $"    {c.Address} ({c.Heading}): \"{c.Quote}\""));
            }
            w.WriteLine();
        }
        var suppressions = report.SuppressionLines().ToList();
        if (suppressions.Count > 0)
        {
            w.WriteLine($"Suppressions used ({suppressions.Count}):");
            foreach (var s in suppressions) w.WriteLine($"  {s}");
        }
        w.WriteLine(report.Summary);
    }
}
