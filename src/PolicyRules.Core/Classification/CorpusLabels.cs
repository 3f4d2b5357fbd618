using System.Text.Json;

namespace PolicyRules.Classification;

/// <summary>
/// The categories a line of a labelled corpus breaks, under <c>expect</c> or <c>labels</c> (<c>policyrules evaluate</c>
/// and <c>policyrules train</c> read either name, so one corpus serves both); <c>[]</c> for a clean draft. A line that
/// gives both must give the same categories in each.
/// </summary>
internal static class CorpusLabels
{
    /// <summary>The two names of the field.</summary>
    public static readonly string[] Fields = ["expect", "labels"];

    /// <summary>The line's categories in the order written, without repeats; or null and why not.</summary>
    public static IReadOnlyList<string>? Read(JsonElement root, IReadOnlyCollection<string> known, out string? error)
    {
        error = null;
        IReadOnlyList<string>? found = null;
        string? foundIn = null;
        foreach (var field in Fields)
        {
            if (!root.TryGetProperty(field, out var array)) continue;
            var labels = ReadList(array, field, known, out error);
            if (labels is null) return null;
            if (found is not null && !found.ToHashSet(StringComparer.Ordinal).SetEquals(labels))
            {
                error = $"'{foundIn}' [{string.Join(", ", found)}] and '{field}' [{string.Join(", ", labels)}] differ; give one of them, or the same categories in both";
                return null;
            }
            (found, foundIn) = (labels, field);
        }
        if (found is null) error = "missing 'expect' (or 'labels'): the categories the draft breaks, [] for a clean draft";
        return found;
    }

    private static List<string>? ReadList(JsonElement array, string field, IReadOnlyCollection<string> known, out string? error)
    {
        error = null;
        if (array.ValueKind != JsonValueKind.Array)
        {
            error = $"'{field}' must be a list of categories, not {JsonKinds.Describe(array.ValueKind)}";
            return null;
        }
        var labels = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                error = $"'{field}' must list categories as strings, not {JsonKinds.Describe(item.ValueKind)}";
                return null;
            }
            var label = item.GetString()!;
            if (!known.Contains(label))
            {
                var hint = Loading.YamlReader.Closest(known, label, maxEdits: 3) is { } closest ? $"; did you mean '{closest}'?" : "";
                error = $"unknown category '{label}' in '{field}'{hint} (expected one of: {string.Join(", ", known)})";
                return null;
            }
            if (!labels.Contains(label)) labels.Add(label);
        }
        return labels;
    }
}

/// <summary>How errors name a JSON value's kind: "a number", "a list".</summary>
internal static class JsonKinds
{
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
