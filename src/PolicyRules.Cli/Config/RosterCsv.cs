using System.Text;

namespace PolicyRules.Cli.Config;

/// <summary>
/// A pupil roster as CSV with a header row: a name column (or <c>first</c> and <c>last</c> columns) and
/// an optional consent column whose flags are separated by ';', '|' or spaces (e.g. <c>full-name;photo</c>).
/// </summary>
internal static class RosterCsv
{
    /// <exception cref="FormatException">The header lacks the name column, or a quote is not closed.</exception>
    public static IReadOnlyList<RosterEntry> Read(string csv, string nameColumn = "name", string consentColumn = "consent")
    {
        var rows = Rows(csv).Where(r => r.Any(c => c.Length > 0)).ToList();
        if (rows.Count == 0) return [];
        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var name = header.IndexOf(nameColumn.ToLowerInvariant());
        var first = header.IndexOf("first");
        var last = header.IndexOf("last");
        if (name < 0 && (first < 0 || last < 0))
            throw new FormatException($"line 1: the roster needs a '{nameColumn}' column (or 'first' and 'last'); found: {string.Join(", ", header)}");
        var consent = header.IndexOf(consentColumn.ToLowerInvariant());
        var entries = new List<RosterEntry>();
        foreach (var row in rows.Skip(1))
        {
            string Cell(int i) => i >= 0 && i < row.Count ? row[i].Trim() : "";
            var full = name >= 0 ? Cell(name) : $"{Cell(first)} {Cell(last)}".Trim();
            if (full.Length == 0) continue;
            var flags = Cell(consent).Split([';', '|', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add(new RosterEntry(full, flags));
        }
        return entries;
    }

    private static IEnumerable<List<string>> Rows(string csv)
    {
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var line = 1;
        var lineStart = 0;
        (int Line, int Column) opened = default; // where the open quote is: the error points there, not at the file's end
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') { line++; lineStart = i + 1; } cell.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; opened = (line, i - lineStart + 1); break;
                case ',': row.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n':
                    line++;
                    lineStart = i + 1;
                    row.Add(cell.ToString()); cell.Clear();
                    yield return row;
                    row = [];
                    break;
                default: cell.Append(c); break;
            }
        }
        if (quoted) throw new FormatException($"line {opened.Line}, column {opened.Column}: this quote is not closed");
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); yield return row; }
    }
}
