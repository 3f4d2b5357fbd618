using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyRules.Cli.Output;

/// <summary>
/// One JSON document for a run over files: each file's verdict and violations (the batch contract's
/// violation fields, plus line, column, endLine and endColumn), the suppressions used, and the summary.
/// </summary>
internal static class JsonReport
{
    public static void Write(TextWriter w, RunReport report)
    {
        using var stream = new MemoryStream();
        using (var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            j.WriteStartObject();
            j.WritePropertyName("files");
            j.WriteStartArray();
            foreach (var file in report.Files)
            {
                j.WriteStartObject();
                j.WriteString("path", file.Document.DisplayPath);
                j.WriteString("format", file.Document.Kind.ToString().ToLowerInvariant());
                j.WriteString("verdict", WireNames.Of(file.Verdict));
                j.WritePropertyName("violations");
                j.WriteStartArray();
                foreach (var f in file.Findings)
                    ViolationJson.WriteViolation(j, f.Violation, p =>
                    {
                        p.WriteNumber("line", f.Line);
                        p.WriteNumber("column", f.Column);
                        p.WriteNumber("endLine", f.EndLine);
                        p.WriteNumber("endColumn", f.EndColumn);
                    });
                j.WriteEndArray();
                j.WritePropertyName("suppressed");
                j.WriteStartArray();
                foreach (var (s, f) in file.Suppressed)
                {
                    j.WriteStartObject();
                    j.WriteString("rule", f.Violation.Rule);
                    j.WriteNumber("line", f.Line);
                    j.WriteNumber("column", f.Column);
                    if (s.Reason is null) j.WriteNull("reason"); else j.WriteString("reason", s.Reason);
                    j.WriteEndObject();
                }
                j.WriteEndArray();
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WritePropertyName("summary");
            j.WriteStartObject();
            j.WriteNumber("files", report.Files.Count);
            j.WriteNumber("unreadable", report.Unreadable);
            j.WriteNumber("filesWithFindings", report.FilesWithFindings);
            j.WriteNumber("errors", report.Count(Severity.Error));
            j.WriteNumber("warnings", report.Count(Severity.Warning));
            j.WriteNumber("info", report.Count(Severity.Info));
            j.WriteNumber("suppressed", report.SuppressedCount);
            j.WriteString("failOn", WireNames.Of(report.Threshold));
            j.WriteString("text", report.Summary);
            j.WriteEndObject();
            j.WriteEndObject();
        }
        w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
