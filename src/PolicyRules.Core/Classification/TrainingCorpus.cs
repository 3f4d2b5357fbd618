using System.Text.Json;

namespace PolicyRules.Classification;

/// <summary>
/// Reads a labelled corpus in JSON Lines: one object per line with <c>text</c>, optional <c>id</c>,
/// <c>channel</c> and <c>author</c> (wire names; default official and staff), and <c>labels</c> (or <c>expect</c>, as
/// <c>policyrules evaluate</c> names it; a line with both must give the same categories in each), an array of
/// categories (empty for a clean draft). Other fields are ignored. Blank lines are skipped.
/// </summary>
public static class TrainingCorpus
{
    /// <summary>Reads a corpus file.</summary>
    /// <exception cref="RuleLoadException">A line is not valid JSON or not a valid example; the message gives the line.</exception>
    public static IReadOnlyList<TrainingExample> Load(string path, IReadOnlyList<string>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RuleLoadException(path, 0, 0, $"cannot read the corpus: {e.Message}");
        }
        return Parse(text, path, categories);
    }

    /// <summary>Parses corpus text.</summary>
    /// <exception cref="RuleLoadException">A line is not valid JSON or not a valid example.</exception>
    public static IReadOnlyList<TrainingExample> Parse(string jsonl, string name = "corpus.jsonl", IReadOnlyList<string>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(jsonl);
        var known = new HashSet<string>(categories ?? WireNames.Categories, StringComparer.Ordinal);
        var examples = new List<TrainingExample>();
        var lineNumber = 0;
        foreach (var line in jsonl.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            RuleLoadException Fail(string problem) => new(name, lineNumber, 1, problem);
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(line);
                root = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw Fail($"not valid JSON: {e.Message}");
            }
            if (root.ValueKind != JsonValueKind.Object) throw Fail("each line must be a JSON object");
            string? Str(string property)
            {
                if (!root.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null) return null;
                return v.ValueKind == JsonValueKind.String ? v.GetString() : throw Fail($"'{property}' must be a string");
            }
            var text = Str("text") ?? throw Fail("missing 'text'");
            var id = Str("id") ?? $"line {lineNumber}";
            var context = PostContext.Default;
            if (Str("channel") is { } channelName)
                context = context with { Channel = WireNames.TryParse<Channel>(channelName, out var channel) ? channel : throw Fail($"unknown channel '{channelName}'; expected one of: {WireNames.List<Channel>()}") };
            if (Str("author") is { } authorName)
                context = context with { Author = WireNames.TryParse<AuthorRole>(authorName, out var author) ? author : throw Fail($"unknown author '{authorName}'; expected one of: {WireNames.List<AuthorRole>()}") };
            var labels = CorpusLabels.Read(root, known, out var labelError) ?? throw Fail(labelError!);
            examples.Add(new TrainingExample(id, text, context, labels));
        }
        return examples;
    }
}
