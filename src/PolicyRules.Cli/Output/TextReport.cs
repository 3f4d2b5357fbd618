namespace PolicyRules.Cli.Output;

/// <summary>Human-readable findings grouped by file: file:line:col, the line with the span marked, message, suggestion and the quoted clauses.</summary>
internal static class TextReport
{
    private const int Context = 60;
    private const int MaxQuoted = 2;
    private const string Reset = "\e[0m", Bold = "\e[1m", Dim = "\e[2m", Red = "\e[31m", Yellow = "\e[33m", Cyan = "\e[36m";

    public static void Write(TextWriter w, RunReport report, bool colour)
    {
        string C(string code, string text) => colour ? code + text + Reset : text;
        foreach (var file in report.Files.Where(f => f.Findings.Count > 0))
        {
            w.WriteLine(C(Bold, file.Document.DisplayPath));
            var cited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in file.Findings)
            {
                var v = f.Violation;
                var sev = WireNames.Of(v.Severity);
                var sevColour = v.Severity switch { Severity.Error => Red, Severity.Warning => Yellow, _ => Cyan };
                var where = file.Document.Kind == Inputs.InputKind.Docx ? $"{file.Document.PlaceOfLine(f.Line) ?? $"paragraph {f.Line}"}, col {f.Column}" : $"{f.Line}:{f.Column}";
                w.WriteLine($"  {file.Document.DisplayPath}:{f.Line}:{f.Column}: {C(sevColour, sev)} [{v.Rule}] {v.Message}{(file.Document.Kind == Inputs.InputKind.Docx ? $" ({where})" : "")}");
                var line = file.Document.Lines.Line(f.Line);
                if (v.Length > 0 && line.Length > 0)
                {
                    // A window of the line around the span, so long paragraphs still show where the finding is. Only the
                    // window is copied (tabs shown as spaces): a long line with many findings is not copied once per finding.
                    var start = Math.Min(f.Column - 1, line.Length);
                    var end = f.EndLine == f.Line ? Math.Min(line.Length, f.EndColumn - 1) : line.Length;
                    end = Math.Max(end, Math.Min(line.Length, start + 1));
                    var from = Math.Max(0, start - Context);
                    var to = Math.Min(line.Length, end + Context);
                    var before = (from > 0 ? "..." : "") + Shown(line[from..start]);
                    var span = Shown(line[start..end]);
                    var after = Shown(line[end..to]) + (to < line.Length ? "..." : "");
                    w.WriteLine($"    {before}{C(sevColour + Bold, span)}{after}");
                    // Carets under the span as a terminal shows it: a full-width or CJK character takes two columns, a combining mark none.
                    var pad = DisplayWidth.Of(before);
                    var carets = Math.Max(1, DisplayWidth.Of(span));
                    w.WriteLine($"    {new string(' ', pad)}{C(sevColour, new string('^', carets))}");
                }
                if (v.Suggestion is not null) w.WriteLine($"    suggestion: {v.Suggestion}");
                // The clauses once per rule and file; the first two quoted, the rest counted.
                if (!cited.Add(v.Rule)) continue;
                foreach (var c in v.Citations.Take(MaxQuoted)) w.WriteLine(C(Dim, $"    {c.Address} ({c.Heading}): \"{c.Quote}\""));
                if (v.Citations.Count > MaxQuoted)
                    w.WriteLine(C(Dim, $"    and {v.Citations.Count - MaxQuoted} more clause{(v.Citations.Count - MaxQuoted == 1 ? "" : "s")}: {string.Join(", ", v.Citations.Skip(MaxQuoted).Select(c => c.Address))}"));
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

    private static string Shown(ReadOnlySpan<char> text) => text.ToString().Replace('\t', ' ');
}
