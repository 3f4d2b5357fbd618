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
                {
                    var v = f.Violation;
                    j.WriteStartObject();
                    j.WriteString("rule", v.Rule);
                    j.WriteString("category", v.Category);
                    j.WriteString("severity", WireNames.Of(v.Severity));
                    j.WriteNumber("start", v.Start);
                    j.WriteNumber("length", v.Length);
                    j.WriteNumber("line", f.Line);
                    j.WriteNumber("column", f.Column);
                    j.WriteNumber("endLine", f.EndLine);
                    j.WriteNumber("endColumn", f.EndColumn);
                    j.WriteString("excerpt", v.Excerpt);
                    j.WriteString("message", v.Message);
                    if (v.Suggestion is null) j.WriteNull("suggestion"); else j.WriteString("suggestion", v.Suggestion);
                    j.WriteNumber("confidence", v.Confidence);
                    j.WriteString("detector", v.Detector);
                    j.WriteString("evidence", v.Evidence);
                    j.WritePropertyName("citations");
                    j.WriteStartArray();
                    foreach (var c in v.Citations)
                    {
                        j.WriteStartObject();
                        j.WriteString("policy", c.Policy);
                        j.WriteString("clause", c.Clause);
                        j.WriteString("heading", c.Heading);
                        j.WriteString("quote", c.Quote);
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();
                    j.WriteEndObject();
                }
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
