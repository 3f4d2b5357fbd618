using System.Text;
using System.Text.RegularExpressions;
using PolicyRules.Cli.Inputs;
using PolicyRules.Cli.Output;
using PolicyRules.Recognition;

namespace PolicyRules.Cli.Fix;

/// <summary>One edit of the original text.</summary>
internal sealed record Edit(int Start, int Length, string Replacement);

/// <summary>One fix: the edits of the original it makes (a number split by a tag is removed in pieces, leaving the tag).</summary>
internal sealed record Fix(IReadOnlyList<Edit> Edits, string Rule, string Description);

/// <summary>
/// The fixes that are safe to apply without a person: a pupil's full name becomes first name and
/// initial, a phone number flagged as personal is removed, and a missing disclaimer is appended.
/// Only checked text that maps exactly to the file is edited, never markup or an attribute that is not checked;
/// everything else is left for a person (and still reported by <c>check</c>).
/// </summary>
internal static partial class Fixer
{
    public const string PupilFullName = "pupil-full-name";

    public static IReadOnlyList<Fix> Plan(FileResult file, PolicyEngine engine)
    {
        var doc = file.Document;
        var text = doc.Checkable;
        var fixes = new List<Fix>();
        foreach (var f in file.Findings)
        {
            var v = f.Violation;
            if (v.Category == "disclaimers" && v.Detector == "required" && Disclaimer(engine, v.Rule) is { } disclaimer)
            {
                var end = doc.Original.TrimEnd().Length;
                var html = doc.Kind == InputKind.Html;
                if (html && doc.Original.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase) is var body and >= 0) end = body;
                // In the file's own line breaks: a CRLF file stays CRLF.
                var nl = doc.Original.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
                var trailing = html ? "" : doc.Original[end..].Contains('\n') ? "" : nl;
                var appended = html ? $"{nl}<p>{disclaimer}</p>{nl}" : $"{nl}{nl}{disclaimer}{trailing}";
                fixes.Add(new Fix([new Edit(end, 0, appended)], v.Rule, $"appended '{disclaimer}'"));
            }
            else if (f.Checked is { Length: > 0 } at && at.Start + at.Length <= text.Length)
            {
                // The finding as the engine found it in the checked text: markup inside its span in the file (a link's
                // href) is not searched or edited.
                var found = text.Substring(at.Start, at.Length);
                if (v.Rule == PupilFullName && FirstAndInitial(found) is { } shortName)
                {
                    // The rule reports every other mention of the name too (every-mention), each fixed here.
                    if (ReplaceName(doc, at.Start, at.Length, shortName, v.Rule, $"'{found}' -> '{shortName}'") is { } fix)
                        fixes.Add(fix);
                }
                // Read as the recognizers read it (DraftView.Plain: full-width digits as ASCII, at the same offsets).
                else if (v.Category is "conduct" or "confidentiality" or "pupil-identification" && PhoneNumber().Match(DraftView.Plain(found)) is { Success: true } phone)
                {
                    // The number inside the finding ("text me on 07700 900123").
                    var (s, e) = PhoneRemoval(text, at.Start + phone.Index, phone.Length);
                    if (doc.OriginalPieces(s, e - s) is { } pieces && !MarkupHolds(doc.Original, pieces, phone.Value))
                        fixes.Add(new Fix([.. pieces.Select(p => new Edit(p.Start, p.Length, ""))], v.Rule, $"removed '{found.Substring(phone.Index, phone.Length)}'"));
                }
            }
        }
        // Overlapping fixes: keep the first.
        var kept = new List<Fix>();
        foreach (var fix in fixes.OrderBy(x => x.Edits[0].Start))
            if (!kept.SelectMany(k => k.Edits).Any(k => fix.Edits.Any(e => Overlap(k, e))))
                kept.Add(fix);
        return kept;
    }

    // Whether the markup between the pieces of a removal holds the number too: a link "tel:07700900123" around the
    // visible number would keep it published, so such a number is left for a person.
    private static bool MarkupHolds(string original, IReadOnlyList<(int Start, int Length)> pieces, string number)
    {
        var digits = string.Concat(DraftView.Plain(number).Where(char.IsAsciiDigit));
        for (var k = 1; k < pieces.Count; k++)
        {
            var gap = original.AsSpan(pieces[k - 1].Start + pieces[k - 1].Length, pieces[k].Start - pieces[k - 1].Start - pieces[k - 1].Length);
            if (string.Concat(DraftView.Plain(gap.ToString()).Where(char.IsAsciiDigit)).Contains(digits, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // Two edits overlap when they change the same characters, insert at the same place, or one inserts inside the other.
    private static bool Overlap(Edit a, Edit b)
    {
        if (a.Length == 0 && b.Length == 0) return a.Start == b.Start;
        if (a.Length == 0) return a.Start > b.Start && a.Start < b.Start + b.Length;
        if (b.Length == 0) return b.Start > a.Start && b.Start < a.Start + a.Length;
        return a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;
    }

    /// <summary>A name replaced where the checked text is the file's character for character; null (left for a person)
    /// where markup or an entity is inside it. Markup between the words ("&lt;b&gt;Amelia&lt;/b&gt; Jones") is kept when
    /// only the surname, written plainly, changes ("&lt;b&gt;Amelia&lt;/b&gt; J."). A full stop after it, as a reader sees
    /// it, is not doubled ("Amelia Jones." -> "Amelia J.").</summary>
    private static Fix? ReplaceName(SourceDocument doc, int start, int length, string shortName, string rule, string description)
    {
        // "Amelia Jones-Smith": the span is part of a longer surname, and "Amelia J.-Smith" would still name her.
        var end = start + length;
        if (end + 1 < doc.Checkable.Length && doc.Checkable[end] == '-' && char.IsLetter(doc.Checkable[end + 1])) return null;
        if (doc.ExactOriginal(start, length) is not { } at)
        {
            // The words before the surname stay as they are: only the surname is edited, where it is the file's own text.
            var kept = doc.Checkable.AsSpan(start, length).LastIndexOf(' ') + 1;
            if (kept == 0 || !shortName.AsSpan().StartsWith(doc.Checkable.AsSpan(start, kept), StringComparison.Ordinal)
                || doc.ExactOriginal(start + kept, length - kept) is not { } surname)
                return null;
            (at, length, shortName) = (surname, length - kept, shortName[kept..]);
        }
        // The full stop a reader sees after it, in the file's text or after a closing tag ("<em>Jones</em>.").
        if (shortName.EndsWith('.') && end < doc.Checkable.Length && doc.Checkable[end] == '.') shortName = shortName[..^1];
        return new Fix([new Edit(at, length, shortName)], rule, description);
    }

    /// <summary>The edits of all the fixes, in order.</summary>
    public static IReadOnlyList<Edit> EditsOf(IReadOnlyList<Fix> fixes) => [.. fixes.SelectMany(f => f.Edits).OrderBy(e => e.Start)];

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
    /// The span to remove: the number and the space before it, so "call 07700 900123 now" becomes "call now", and a preposition
    /// that only led to it, so "text me on 07700 900123 or email" becomes "text me or email", and the commas or
    /// brackets that set it off, so "ring me, 07700 900123, tonight" becomes "ring me, tonight".
    /// </summary>
    private static (int Start, int End) PhoneRemoval(string text, int start, int length)
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
        return (s, end);
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
