using System.Text.Json;

namespace PolicyRules.Cli.Batch;

/// <summary>One parsed input line of the batch contract (docs/DESIGN.md), or why it could not be parsed.</summary>
internal sealed record BatchInput(string? Id, string? Text, PostContext? Context, string? Error)
{
    /// <summary>Lines longer than this are refused with an error line rather than parsed.</summary>
    public const int MaxLineChars = 64 * 1024 * 1024;

    public static BatchInput Parse(string line)
    {
        try
        {
            return ParseLine(line);
        }
        catch (InvalidOperationException e)
        {
            // System.Text.Json refuses to read a string holding a lone surrogate escape ("\uD800").
            return Fail(null, $"invalid JSON string: {e.Message}");
        }
    }

    private static BatchInput ParseLine(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return Fail(null, "empty line");
        if (line.Length > MaxLineChars) return Fail(null, $"line is longer than {MaxLineChars / (1024 * 1024)} MB");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            return Fail(null, Malformed(line, e.BytePositionInLine ?? 0));
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail(null, "a line must be a JSON object");
            string? id = null;
            if (root.TryGetProperty("id", out var idEl))
                id = idEl.ValueKind switch
                {
                    JsonValueKind.String => idEl.GetString(),
                    JsonValueKind.Number => idEl.GetRawText(),
                    _ => null,
                };
            if (id is null) return Fail(null, "missing field 'id' (a string)");
            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
                return Fail(id, "missing field 'text' (a string)");
            if (!TryEnum<Channel>(root, "channel", out var channel, out var error)) return Fail(id, error!);
            if (!TryEnum<AuthorRole>(root, "author", out var author, out error)) return Fail(id, error!);
            try
            {
                var context = new PostContext
                {
                    Channel = channel,
                    Author = author,
                    SchoolNames = Strings(root, "school"),
                    StaffNames = Strings(root, "staff"),
                    SchoolContacts = Strings(root, "schoolContacts"),
                    SchoolDomains = Strings(root, "schoolDomains"),
                    Profile = root.TryGetProperty("profile", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null,
                    Roster = Roster(root),
                    Attachments = Attachments(root),
                };
                return new BatchInput(id, textEl.GetString()!, context, null);
            }
            catch (FormatException e)
            {
                return Fail(id, e.Message);
            }
        }
    }

    private static BatchInput Fail(string? id, string error) => new(id, null, null, error);

    /// <summary>
    /// "malformed JSON at column N: what is wrong there", in plain words: System.Text.Json's own message names reader
    /// options, payload depth and byte positions. <paramref name="bytePosition"/> is where the reader stopped, in UTF-8 bytes.
    /// </summary>
    internal static string Malformed(string line, long bytePosition)
    {
        // The reader's byte offset as a char index, and the nesting and string state of the line up to it.
        var at = 0;
        for (long bytes = 0; at < line.Length && bytes < bytePosition; at++)
            bytes += line[at] < 0x80 ? 1 : line[at] < 0x800 ? 2 : char.IsSurrogate(line[at]) ? 2 : 3;
        var (depth, inString, escaped) = (0, false, false);
        for (var i = 0; i < at; i++)
        {
            var c = line[i];
            if (inString) { if (escaped) escaped = false; else if (c == '\\') escaped = true; else if (c == '"') inString = false; }
            else if (c == '"') inString = true;
            else if (c is '{' or '[') depth++;
            else if (c is '}' or ']') depth--;
        }
        var end = line.AsSpan().TrimEnd().Length;
        if (at >= end)
            return $"malformed JSON at column {end + 1}: the line ends " + (inString ? "inside a string" : depth > 0 ? "before every object and array is closed" : "before the JSON is complete");
        var ch = line[at];
        string what;
        if (inString && escaped) { at--; what = $"'\\{ch}' is not a JSON escape"; }
        else if (inString && char.IsControl(ch)) what = $"a control character ({Shown(ch)}) must be escaped inside a string";
        else if (ch is '{' or '[' && depth >= MaxDepth) what = $"objects and arrays are nested more than {MaxDepth} deep";
        else if (ch is '}' or ']' && line.AsSpan(0, at).TrimEnd() is [.., ','] before) { at = before.Length - 1; what = "a comma with nothing after it"; }
        else if (char.IsLetterOrDigit(ch))
        {
            // A bare word or a bad number: show it whole, from its start.
            while (at > 0 && char.IsLetterOrDigit(line[at - 1])) at--;
            var length = 0;
            while (at + length < line.Length && (char.IsLetterOrDigit(line[at + length]) || line[at + length] is '.' or '-' or '+')) length++;
            what = $"unexpected '{(length > 20 ? line.Substring(at, 20) + "…" : line.Substring(at, length))}'";
        }
        else what = $"unexpected {Shown(ch)}";
        return $"malformed JSON at column {at + 1}: {what}";
    }

    private const int MaxDepth = 16;

    private static string Shown(char c) => char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : $"'{c}'";

    private static bool TryEnum<T>(JsonElement root, string name, out T value, out string? error) where T : struct, Enum
    {
        value = default;
        error = null;
        if (!root.TryGetProperty(name, out var el) || el.ValueKind != JsonValueKind.String)
        {
            error = $"missing field '{name}' (one of: {WireNames.List<T>()})";
            return false;
        }
        if (WireNames.TryParse(el.GetString(), out value)) return true;
        error = $"unknown {name} '{el.GetString()}'; expected one of: {WireNames.List<T>()}";
        return false;
    }

    // "school" may be one string or a list of strings.
    private static IReadOnlyList<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind == JsonValueKind.String) return [el.GetString()!];
        if (el.ValueKind != JsonValueKind.Array) throw new FormatException($"'{name}' must be a string or a list of strings");
        return el.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new FormatException($"'{name}' must list strings")).ToList();
    }

    private static IReadOnlyList<RosterEntry> Roster(JsonElement root)
    {
        if (!root.TryGetProperty("roster", out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind != JsonValueKind.Array) throw new FormatException("'roster' must be a list");
        var list = new List<RosterEntry>();
        foreach (var item in el.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String) { list.Add(new RosterEntry(item.GetString()!)); continue; }
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                throw new FormatException("each roster entry must be a name or {\"name\": ..., \"consent\": [...]}");
            var consent = item.TryGetProperty("consent", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                : [];
            list.Add(new RosterEntry(name.GetString()!, consent));
        }
        return list;
    }

    private static IReadOnlyList<Attachment> Attachments(JsonElement root)
    {
        if (!root.TryGetProperty("attachments", out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind != JsonValueKind.Array) throw new FormatException("'attachments' must be a list");
        var list = new List<Attachment>();
        foreach (var item in el.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) throw new FormatException("each attachment must be an object");
            var kind = item.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()! : "image";
            list.Add(new Attachment(kind, Bool(item, "showsPupils"), Bool(item, "consent")));
        }
        return list;
    }

    private static bool Bool(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
