using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyRules.Cli.Inputs;
using PolicyRules.Cli.Suppressions;
using PolicyRules.Engine;

namespace PolicyRules.Cli.Output;

/// <summary>
/// SARIF 2.1.0: one reportingDescriptor per rule of the engine (help text with the clauses that cite it,
/// helpUri from the citing policy's url), one result per finding with a region (line and column in
/// UTF-16 code units; char offset and length for text files). Suppressed findings are results with an
/// in-source suppression and its justification.
/// </summary>
internal static class SarifReport
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string InformationUri = "https://github.com/policyrules/policyrules";

    public static void Write(TextWriter w, RunReport report, string baseDirectory)
    {
        var engine = report.Engine;
        var rules = engine.Rules.Select(r => r.Id).ToList();
        var used = report.Files.SelectMany(f => f.Findings.Select(x => x.Violation).Concat(f.Suppressed.Select(s => s.Finding.Violation)));
        var extra = used.Where(v => !rules.Contains(v.Rule)).GroupBy(v => v.Rule).Select(g => g.First()).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);

        using var stream = new MemoryStream();
        using (var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            j.WriteStartObject();
            j.WriteString("$schema", Schema);
            j.WriteString("version", "2.1.0");
            j.WritePropertyName("runs");
            j.WriteStartArray();
            j.WriteStartObject();

            j.WritePropertyName("tool");
            j.WriteStartObject();
            j.WritePropertyName("driver");
            j.WriteStartObject();
            j.WriteString("name", "PolicyRules");
            j.WriteString("informationUri", InformationUri);
            j.WriteString("semanticVersion", Version());
            j.WritePropertyName("rules");
            j.WriteStartArray();
            foreach (var rule in engine.Rules)
            {
                index[rule.Id] = index.Count;
                var citations = engine.CitationsOf(rule.Id);
                var url = citations.Select(c => engine.Policies.FirstOrDefault(p => p.Id == c.Policy)?.Url).FirstOrDefault(u => u is not null);
                // A rule's help is not about one finding: its placeholders read as what they stand for ("<first> <initial>.").
                var suggestion = rule.Suggestion is null ? null : new MessageTemplate(rule.Suggestion).Fill(name => $"<{name}>");
                WriteRule(j, rule.Id, rule.Title, rule.Category, engine.SeverityOf(rule.Id), suggestion, citations, url);
            }
            foreach (var v in extra)
            {
                index[v.Rule] = index.Count;
                WriteRule(j, v.Rule, SuppressionSet.Title(v.Rule), v.Category, v.Severity, v.Suggestion, v.Citations, null);
            }
            j.WriteEndArray();
            j.WriteEndObject();
            j.WriteEndObject();

            j.WriteString("columnKind", "utf16CodeUnits");
            j.WritePropertyName("originalUriBaseIds");
            j.WriteStartObject();
            j.WritePropertyName("SRCROOT");
            j.WriteStartObject();
            j.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(baseDirectory)) + Path.DirectorySeparatorChar).AbsoluteUri);
            j.WriteEndObject();
            j.WriteEndObject();

            j.WritePropertyName("results");
            j.WriteStartArray();
            foreach (var file in report.Files)
            {
                var uri = RelativeUri(file.Document, baseDirectory);
                foreach (var f in file.Findings) WriteResult(j, file.Document, uri, f, index, null);
                foreach (var (s, f) in file.Suppressed) WriteResult(j, file.Document, uri, f, index, s);
            }
            j.WriteEndArray();
            j.WriteEndObject();
            j.WriteEndArray();
            j.WriteEndObject();
        }
        w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRule(Utf8JsonWriter j, string id, string title, string category, Severity severity, string? suggestion, IReadOnlyList<Citation> citations, string? url)
    {
        j.WriteStartObject();
        j.WriteString("id", id);
        j.WriteString("name", string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..])));
        j.WritePropertyName("shortDescription");
        j.WriteStartObject();
        j.WriteString("text", title);
        j.WriteEndObject();
        var clauses = citations.Select(c => $"{c.Address} ({c.Heading}): \"{c.Quote}\"").ToList();
        var help = (suggestion is null ? "" : $"{suggestion}\n") + (clauses.Count == 0 ? "" : "Policy clauses:\n" + string.Join("\n", clauses));
        j.WritePropertyName("fullDescription");
        j.WriteStartObject();
        j.WriteString("text", clauses.Count > 0 ? $"{title}. Enforces {string.Join(", ", citations.Select(c => c.Address))}." : $"{title}.");
        j.WriteEndObject();
        j.WritePropertyName("help");
        j.WriteStartObject();
        j.WriteString("text", help.Length == 0 ? title : help.TrimEnd());
        j.WriteString("markdown", (suggestion is null ? "" : $"{suggestion}\n\n") + string.Concat(citations.Select(c => $"**{c.Address}** ({c.Heading}):\n> {c.Quote}\n\n")).TrimEnd() is { Length: > 0 } md ? md : title);
        j.WriteEndObject();
        if (url is not null) j.WriteString("helpUri", url);
        j.WritePropertyName("defaultConfiguration");
        j.WriteStartObject();
        j.WriteString("level", Level(severity));
        j.WriteEndObject();
        j.WritePropertyName("properties");
        j.WriteStartObject();
        j.WriteString("category", category);
        j.WritePropertyName("tags");
        j.WriteStartArray();
        j.WriteStringValue("policy");
        j.WriteStringValue(category);
        j.WriteEndArray();
        j.WriteEndObject();
        j.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter j, SourceDocument doc, string uri, Finding f, Dictionary<string, int> index, Suppression? suppression)
    {
        var v = f.Violation;
        j.WriteStartObject();
        j.WriteString("ruleId", v.Rule);
        j.WriteNumber("ruleIndex", index[v.Rule]);
        j.WriteString("level", Level(v.Severity));
        j.WritePropertyName("message");
        j.WriteStartObject();
        j.WriteString("text", v.Suggestion is null ? v.Message : $"{v.Message} {v.Suggestion}");
        j.WriteEndObject();
        j.WritePropertyName("locations");
        j.WriteStartArray();
        j.WriteStartObject();
        j.WritePropertyName("physicalLocation");
        j.WriteStartObject();
        j.WritePropertyName("artifactLocation");
        j.WriteStartObject();
        j.WriteString("uri", uri);
        if (!uri.Contains(':')) j.WriteString("uriBaseId", "SRCROOT");
        j.WriteEndObject();
        j.WritePropertyName("region");
        j.WriteStartObject();
        j.WriteNumber("startLine", f.Line);
        j.WriteNumber("startColumn", f.Column);
        j.WriteNumber("endLine", f.EndLine);
        j.WriteNumber("endColumn", f.EndColumn);
        if (doc.Kind != InputKind.Docx)
        {
            j.WriteNumber("charOffset", v.Start);
            j.WriteNumber("charLength", v.Length);
        }
        j.WritePropertyName("snippet");
        j.WriteStartObject();
        j.WriteString("text", v.Excerpt);
        j.WriteEndObject();
        j.WriteEndObject();
        j.WriteEndObject();
        j.WriteEndObject();
        j.WriteEndArray();
        j.WritePropertyName("partialFingerprints");
        j.WriteStartObject();
        j.WriteString("policyRulesExcerpt/v1", $"{v.Rule}:{v.Excerpt}");
        j.WriteEndObject();
        if (suppression is not null)
        {
            j.WritePropertyName("suppressions");
            j.WriteStartArray();
            j.WriteStartObject();
            j.WriteString("kind", "inSource");
            if (suppression.Reason is not null) j.WriteString("justification", suppression.Reason);
            j.WriteEndObject();
            j.WriteEndArray();
        }
        if (v.Citations.Count > 0)
        {
            j.WritePropertyName("properties");
            j.WriteStartObject();
            j.WritePropertyName("citations");
            j.WriteStartArray();
            foreach (var c in v.Citations) j.WriteStringValue(c.Address);
            j.WriteEndArray();
            j.WriteEndObject();
        }
        j.WriteEndObject();
    }

    private static string RelativeUri(SourceDocument doc, string baseDirectory)
    {
        if (doc.Path == "-") return "stdin";
        var full = Path.GetFullPath(doc.Path);
        var rel = Path.GetRelativePath(baseDirectory, full);
        if (rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel)) return new Uri(full).AbsoluteUri;
        return string.Join('/', rel.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    private static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    private static string Version() =>
        (typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
