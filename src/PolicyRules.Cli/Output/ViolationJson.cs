using System.Text.Json;

namespace PolicyRules.Cli.Output;

/// <summary>Writes results in the batch contract's JSON shape.</summary>
internal static class ViolationJson
{
    public static void WriteResult(Utf8JsonWriter w, string? id, CheckResult result)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("verdict", WireNames.Of(result.Verdict));
        w.WritePropertyName("violations");
        WriteViolations(w, result.Violations);
        w.WriteEndObject();
    }

    /// <summary>A batch line that could not be checked: its id (null when unreadable), its 1-based line number in the
    /// input, and what is wrong.</summary>
    public static void WriteError(Utf8JsonWriter w, string? id, long line, string error)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteNumber("line", line);
        w.WriteString("error", error);
        w.WriteEndObject();
    }

    public static void WriteViolations(Utf8JsonWriter w, IReadOnlyList<Violation> violations)
    {
        w.WriteStartArray();
        foreach (var v in violations) WriteViolation(w, v);
        w.WriteEndArray();
    }

    /// <summary>One violation in the contract's shape; <paramref name="position"/> adds fields after the span (a file report's line and column).</summary>
    public static void WriteViolation(Utf8JsonWriter w, Violation v, Action<Utf8JsonWriter>? position = null)
    {
        w.WriteStartObject();
        w.WriteString("rule", v.Rule);
        w.WriteString("category", v.Category);
        w.WriteString("severity", WireNames.Of(v.Severity));
        w.WriteNumber("start", v.Start);
        w.WriteNumber("length", v.Length);
        position?.Invoke(w);
        w.WriteString("excerpt", v.Excerpt);
        w.WriteString("message", v.Message);
        if (v.Suggestion is null) w.WriteNull("suggestion"); else w.WriteString("suggestion", v.Suggestion);
        w.WriteNumber("confidence", v.Confidence);
        w.WriteString("detector", v.Detector);
        w.WriteString("evidence", v.Evidence);
        w.WritePropertyName("citations");
        w.WriteStartArray();
        foreach (var c in v.Citations)
        {
            w.WriteStartObject();
            w.WriteString("policy", c.Policy);
            w.WriteString("clause", c.Clause);
            w.WriteString("heading", c.Heading);
            w.WriteString("quote", c.Quote);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
