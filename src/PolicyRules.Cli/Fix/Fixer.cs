using System.Text;
using System.Text.RegularExpressions;
using PolicyRules.Cli.Inputs;
using PolicyRules.Cli.Output;
using PolicyRules.Recognition;

namespace PolicyRules.Cli.Fix;

/// <summary>One edit of the original text.</summary>
internal sealed record Edit(int Start, int Length, string Replacement, string Rule, string Description);

/// <summary>
/// The fixes that are safe to apply without a person: a pupil's full name becomes first name and
/// initial, a phone number flagged as personal is removed, and a missing disclaimer is appended.
/// Everything else is left for a person (and still reported by <c>check</c>).
/// </summary>
internal static partial class Fixer
{
    public const string PupilFullName = "pupil-full-name";

    public static IReadOnlyList<Edit> Plan(FileResult file, PolicyEngine engine)
    {
        var doc = file.Document;
        var edits = new List<Edit>();
        foreach (var f in file.Findings)
        {
            var v = f.Violation;
            if (v.Category == "disclaimers" && v.Detector == "required" && Disclaimer(engine, v.Rule) is { } disclaimer)
            {
                var end = doc.Original.TrimEnd().Length;
                var html = doc.Kind == InputKind.Html;
                if (html && doc.Original.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase) is var body and >= 0) end = body;
                var trailing = html ? "" : doc.Original[end..].Contains('\n') ? "" : "\n";
                edits.Add(new Edit(end, 0, html ? $"\n<p>{disclaimer}</p>\n" : $"\n\n{disclaimer}{trailing}", v.Rule, $"appended '{disclaimer}'"));
            }
            else if (v.Length > 0 && v.End <= doc.Original.Length)
            {
                var original = doc.Original.Substring(v.Start, v.Length);
                if (v.Rule == PupilFullName && FirstAndInitial(original) is { } shortName)
                    edits.Add(new Edit(v.Start, v.Length, shortName, v.Rule, $"'{original}' -> '{shortName}'"));
                // Read as the recognizers read it (DraftView.Plain: full-width digits as ASCII, at the same offsets).
                else if (v.Category is "conduct" or "confidentiality" or "pupil-identification" && PhoneNumber().Match(DraftView.Plain(original)) is { Success: true } phone)
                    edits.Add(RemovePhone(doc.Original, v.Start + phone.Index, phone.Length, v.Rule)); // the number inside the finding ("text me on 07700 900123")
            }
        }
        // Overlapping edits: keep the first.
        var kept = new List<Edit>();
        foreach (var e in edits.OrderBy(e => e.Start))
            if (kept.Count == 0 || kept[^1].Start + kept[^1].Length <= e.Start || (e.Length == 0 && kept[^1].Length == 0 && kept[^1].Start != e.Start))
                kept.Add(e);
        return kept;
    }

    public static string Apply(string text, IReadOnlyList<Edit> edits)
    {
        var sb = new StringBuilder(text);
        foreach (var e in edits.OrderByDescending(e => e.Start))
        {
            sb.Remove(e.Start, e.Length);
            sb.Insert(e.Start, e.Replacement);
        }
        return sb.ToString();
    }

    /// <summary>Maps an offset in the text after <paramref name="edits"/> back to the original text (an offset inside a
    /// replacement maps to the start of what it replaced).</summary>
    public static int ToOriginal(int offset, IReadOnlyList<Edit> edits)
    {
        var shift = 0; // how much longer the fixed text is than the original, so far
        foreach (var e in edits.OrderBy(e => e.Start))
        {
            var startAfter = e.Start + shift;
            if (offset < startAfter) break;
            if (offset < startAfter + e.Replacement.Length) return e.Start;
            shift += e.Replacement.Length - e.Length;
        }
        return offset - shift;
    }

    /// <summary>"Amelia Jones" -> "Amelia J."; null unless the span is plainly two or three words of letters.</summary>
    public static string? FirstAndInitial(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 3 || name.Contains('\n') || words.Any(w => !w.All(c => char.IsLetter(c) || IsAccentMark(c) || c is '\'' or '-' or '\u2019')))
            return null;
        // The initial keeps an accent typed as a combining mark after it ("E\u0301vans" -> "E\u0301.").
        var last = words[^1];
        var marks = 1;
        while (marks < last.Length && IsAccentMark(last[marks])) marks++;
        return $"{words[0]} {char.ToUpperInvariant(last[0])}{last[1..marks]}.";
    }

    // Decomposed text writes an accent as a mark after its letter ("Zoe\u0308").
    private static bool IsAccentMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>
    /// Removes the number and the space before it, so "call 07700 900123 now" becomes "call now", and a preposition
    /// that only led to it, so "text me on 07700 900123 or email" becomes "text me or email", and the commas or
    /// brackets that set it off, so "ring me, 07700 900123, tonight" becomes "ring me, tonight".
    /// </summary>
    private static Edit RemovePhone(string text, int start, int length, string rule)
    {
        var s = SpacesBefore(text, start);
        if (s == 0 || text[s - 1] == '\n') s = start; // keep indentation at a line start
        else if (WordBefore(text, s) is var w and > 0 && IsLeadIn(text.AsSpan(w, s - w))
            && SpacesBefore(text, w) is var ws && ws < w && text[ws - 1] != '\n')
            s = ws;
        var end = start + length;
        // Set off by commas or brackets ("his mobile, 07700 900123, any evening"): the marks go with it.
        if (end < text.Length && text[end] == ')' && (text[start] == '(' || s > 0 && text[s - 1] == '('))
        {
            if (text[start] != '(') s = SpacesBefore(text, s - 1);
            end++;
        }
        else if (s > 0 && end < text.Length && text[s - 1] == ',' && text[end] == ',') s--;
        return new Edit(s, end - s, "", rule, $"removed '{text.Substring(start, length)}'");
    }

    private static bool IsLeadIn(ReadOnlySpan<char> word) =>
        word.Equals("on", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("via", StringComparison.OrdinalIgnoreCase);

    private static int SpacesBefore(string text, int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\t') i--;
        return i;
    }

    private static int WordBefore(string text, int end)
    {
        var i = end;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return i;
    }

    /// <summary>The disclaimer a required-phrase rule accepts first, as a sentence.</summary>
    private static string? Disclaimer(PolicyEngine engine, string ruleId)
    {
        var rule = engine.Rules.FirstOrDefault(r => r.Id == ruleId);
        if (rule?.Detect is not RequiredSpec required) return null;
        var phrase = required.Any.OfType<LexiconSpec>().SelectMany(l => l.Phrases).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(phrase)) return null;
        phrase = char.ToUpperInvariant(phrase[0]) + phrase[1..];
        return phrase.EndsWith('.') ? phrase : phrase + ".";
    }

    [GeneratedRegex(@"\(?(?:\+44\s?\(?0?\)?\s?|\b0)\d[\d\s()\-]{7,14}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
