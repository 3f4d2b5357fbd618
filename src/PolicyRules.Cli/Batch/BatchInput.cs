using System.Text;
using System.Text.Json;
using PolicyRules.Classification;

namespace PolicyRules.Cli.Batch;

/// <summary>One parsed input line of the batch contract (docs/DESIGN.md), or why it could not be parsed.</summary>
internal sealed record BatchInput(string? Id, string? Text, PostContext? Context, string? Error)
{
    /// <summary>Lines longer than this are refused with an error line rather than parsed.</summary>
    public const int MaxLineChars = 64 * 1024 * 1024;

    public static BatchInput Parse(string line)
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
            // The id, when it is read before the error, still ties the error line to its input line.
            return Fail(LeadingId(line), Malformed(line, e.BytePositionInLine ?? 0));
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Fail(null, "a line must be a JSON object");
            string? id = null;
            try
            {
                // JsonDocument would keep the last of two values under one key: the line is ambiguous, so it is an error.
                if (DuplicateKey(root, null) is { } duplicate)
                    return Fail(duplicate == "'id'" ? null : ReadId(root), $"duplicate key {duplicate}");
                id = ReadId(root);
                var text = Required(root, "text");
                var channel = Enum<Channel>(root, "channel");
                var author = Enum<AuthorRole>(root, "author");
                var school = OptionalString(root, "school");
                var context = new PostContext
                {
                    Channel = channel,
                    Author = author,
                    SchoolNames = school is null ? [] : [school],
                    StaffNames = Strings(root, "staff"),
                    SchoolContacts = Strings(root, "schoolContacts"),
                    SchoolDomains = Strings(root, "schoolDomains"),
                    Profile = OptionalString(root, "profile"),
                    Roster = Roster(root),
                    Attachments = Attachments(root),
                };
                return new BatchInput(id, text, context, null);
            }
            catch (FormatException e)
            {
                return Fail(id, e.Message);
            }
            catch (InvalidOperationException e)
            {
                // A string System.Text.Json will not read (a lone surrogate escape) where none was expected.
                return Fail(id ?? LeadingId(line), $"invalid JSON string: {e.Message}");
            }
        }
    }

    /// <summary>
    /// The line's top-level <c>"id"</c> (a string, or a number as written) when it is read before the JSON breaks
    /// (a trailing comma, a bad escape, the line cut short); null when there is none, it comes after the error, or it
    /// is given twice. Used only for a line that cannot be parsed, so its error line can be matched to it.
    /// </summary>
    internal static string? LeadingId(string line)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line), new JsonReaderOptions { MaxDepth = MaxDepth });
        string? id = null;
        var ids = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0) break;
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1 || !reader.ValueTextEquals("id"u8)) continue;
                if (!reader.Read()) break;
                id = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                ids++;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The error is where reading stops: what was read before it stands.
        }
        return ids == 1 ? id : null;
    }

    /// <summary>The first key given twice in an object, quoted, with where it is (<c>'name' in 'roster'</c>); else null.</summary>
    private static string? DuplicateKey(JsonElement element, string? where)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (DuplicateKey(item, where) is { } found) return found;
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var name = Name(property);
            if (!seen.Add(name)) return where is null ? $"'{name}'" : $"'{name}' in '{where}'";
            if (DuplicateKey(property.Value, where ?? name) is { } found) return found;
        }
        return null;
    }

    private static string Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException($"invalid JSON string in a key: {e.Message}");
        }
    }

    // What a value is, for "'text' must be a string (found a number)".
    private static string Found(JsonElement value) => $"found {JsonKinds.Describe(value.ValueKind)}";

    private static string GetString(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to read a string holding a lone surrogate escape ("\uD800"); its own message names
            // no place, and the escape is half a character, which no text can hold.
            throw new FormatException($"invalid JSON string in '{name}': it holds half of a surrogate pair (a lone \\uD800-\\uDFFF escape)");
        }
    }

    private static string ReadId(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var value)) throw new FormatException("missing field 'id' (a string)");
        return value.ValueKind switch
        {
            JsonValueKind.String => GetString(value, "id"),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"'id' must be a string or a number ({Found(value)})"),
        };
    }

    private static string Required(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value)) throw new FormatException($"missing field '{name}' (a string)");
        return value.ValueKind == JsonValueKind.String ? GetString(value, name) : throw new FormatException($"'{name}' must be a string ({Found(value)})");
    }

    // An optional string: absent or null is none.
    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.String ? GetString(value, name) : throw new FormatException($"'{name}' must be a string ({Found(value)})");
    }

    private static T Enum<T>(JsonElement root, string name) where T : struct, Enum
    {
        if (!root.TryGetProperty(name, out var value)) throw new FormatException($"missing field '{name}' (one of: {WireNames.List<T>()})");
        if (value.ValueKind != JsonValueKind.String) throw new FormatException($"'{name}' must be a string, one of: {WireNames.List<T>()} ({Found(value)})");
        var text = GetString(value, name);
        return WireNames.TryParse(text, out T parsed) ? parsed : throw new FormatException($"unknown {name} '{text}'; expected one of: {WireNames.List<T>()}");
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

    // A character a terminal would not show (a control, a space, half a surrogate pair, a byte order mark or another
    // invisible format character) is named by its code point.
    private static string Shown(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
            ? c == '\uFEFF' ? "U+FEFF (a byte order mark: save the file without one inside it)" : $"U+{(int)c:X4}"
            : $"'{c}'";

    // Fields beyond the contract, for tools that know the school's staff and contacts: a string or a list of strings.
    private static IReadOnlyList<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind == JsonValueKind.String) return [GetString(el, name)];
        if (el.ValueKind != JsonValueKind.Array) throw new FormatException($"'{name}' must be a string or a list of strings ({Found(el)})");
        return el.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? GetString(e, name) : throw new FormatException($"'{name}' must list strings ({Found(e)})")).ToList();
    }

    private static IReadOnlyList<RosterEntry> Roster(JsonElement root)
    {
        if (!root.TryGetProperty("roster", out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind != JsonValueKind.Array) throw new FormatException($"'roster' must be a list ({Found(el)})");
        var list = new List<RosterEntry>();
        var n = 0;
        foreach (var item in el.EnumerateArray())
        {
            n++;
            if (item.ValueKind == JsonValueKind.String) { list.Add(new RosterEntry(GetString(item, "roster"))); continue; }
            if (item.ValueKind != JsonValueKind.Object)
                throw new FormatException($"roster entry {n} must be a name or {{\"name\": ..., \"consent\": [...]}} ({Found(item)})");
            if (!item.TryGetProperty("name", out var name)) throw new FormatException($"roster entry {n} has no 'name'");
            if (name.ValueKind != JsonValueKind.String) throw new FormatException($"roster entry {n}: 'name' must be a string ({Found(name)})");
            IReadOnlyList<string> consent = [];
            if (item.TryGetProperty("consent", out var c) && c.ValueKind != JsonValueKind.Null)
            {
                if (c.ValueKind != JsonValueKind.Array) throw new FormatException($"roster entry {n}: 'consent' must be a list of strings ({Found(c)})");
                consent = c.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? GetString(x, "consent") : throw new FormatException($"roster entry {n}: 'consent' must list strings ({Found(x)})")).ToList();
            }
            list.Add(new RosterEntry(GetString(name, "name"), consent));
        }
        return list;
    }

    private static IReadOnlyList<Attachment> Attachments(JsonElement root)
    {
        if (!root.TryGetProperty("attachments", out var el) || el.ValueKind == JsonValueKind.Null) return [];
        if (el.ValueKind != JsonValueKind.Array) throw new FormatException($"'attachments' must be a list ({Found(el)})");
        var list = new List<Attachment>();
        var n = 0;
        foreach (var item in el.EnumerateArray())
        {
            n++;
            if (item.ValueKind != JsonValueKind.Object) throw new FormatException($"each attachment must be an object (attachment {n}: {Found(item)})");
            var kind = "image";
            if (item.TryGetProperty("kind", out var k) && k.ValueKind != JsonValueKind.Null)
                kind = k.ValueKind == JsonValueKind.String ? GetString(k, "kind") : throw new FormatException($"attachment {n}: 'kind' must be a string ({Found(k)})");
            list.Add(new Attachment(kind, Bool(item, "showsPupils", n), Bool(item, "consent", n)));
        }
        return list;
    }

    // An optional true or false: absent or null is false.
    private static bool Bool(JsonElement item, string name, int n)
    {
        if (!item.TryGetProperty(name, out var v) || v.ValueKind is JsonValueKind.Null or JsonValueKind.False) return false;
        if (v.ValueKind == JsonValueKind.True) return true;
        throw new FormatException($"attachment {n}: '{name}' must be true or false ({Found(v)})");
    }
}
