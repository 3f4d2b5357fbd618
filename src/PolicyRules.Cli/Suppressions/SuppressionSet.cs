using System.Text.RegularExpressions;
using PolicyRules.Cli.Inputs;

namespace PolicyRules.Cli.Suppressions;

/// <summary>One suppression comment in a document.</summary>
/// <param name="Rules">The rule ids it silences; empty for every rule.</param>
/// <param name="Reason">Why, or null when the comment gives no reason.</param>
/// <param name="Start">Offset of the comment in the original text.</param>
/// <param name="Length">Length of the comment.</param>
/// <param name="From">First original offset it covers.</param>
/// <param name="To">End (exclusive) of what it covers.</param>
/// <param name="NextLine">True for a disable-next-line comment.</param>
internal sealed record Suppression(IReadOnlyList<string> Rules, string? Reason, int Start, int Length, int From, int To, bool NextLine)
{
    public bool Covers(Violation v) =>
        (Rules.Count == 0 || Rules.Contains(v.Rule, StringComparer.Ordinal)) && v.Start >= From && v.Start < To;

    /// <summary>How many findings it silenced.</summary>
    public int Used { get; set; }
}

/// <summary>
/// Suppression comments: <c>&lt;!-- policyrules-disable RULE-ID reason="..." --&gt;</c> up to
/// <c>&lt;!-- policyrules-enable --&gt;</c> (or the end of the file), and
/// <c>&lt;!-- policyrules-disable-next-line RULE-ID reason="..." --&gt;</c> for the next line. They are read only in
/// Markdown and HTML, where a comment is hidden from readers; in plain text or a Word document such a line would be
/// published as it is, so it is not read and is reported (<see cref="NotRead"/>).
/// </summary>
internal static partial class SuppressionSet
{
    /// <summary>The pseudo-rule reported for a suppression that gives no reason.</summary>
    public const string WithoutReason = "suppression-without-reason";

    /// <summary>The pseudo-rule reported for a suppression that names a rule the engine does not have (a typo keeps the finding).</summary>
    public const string UnknownRule = "suppression-unknown-rule";

    /// <summary>The pseudo-rule reported for a suppression that silenced nothing (misplaced, or left behind).</summary>
    public const string Unused = "suppression-unused";

    /// <summary>The pseudo-rule reported for a suppression in a document whose text is all published (plain text, Word),
    /// which is not read.</summary>
    public const string NotRead = "suppression-not-read";

    /// <summary>The title of a suppression pseudo-rule, for reports that list rules.</summary>
    public static string Title(string rule) => rule switch
    {
        WithoutReason => "Suppression without a reason",
        UnknownRule => "Suppression naming an unknown rule",
        Unused => "Suppression that silences nothing",
        NotRead => "Suppression in text that is published",
        _ => rule,
    };

    /// <summary>Whether suppression comments are read in a document of this kind: only where a comment is hidden from readers.</summary>
    public static bool ReadsComments(InputKind kind) => kind is InputKind.Markdown or InputKind.Html;

    /// <summary>The suppression comments of a Markdown or HTML document; none for any other kind.</summary>
    public static IReadOnlyList<Suppression> Find(SourceDocument doc)
    {
        if (!ReadsComments(doc.Kind)) return [];
        var text = doc.Original;
        var list = new List<Suppression>();
        var open = new List<(IReadOnlyList<string> Rules, string? Reason, int Start, int Length)>();
        foreach (Match m in Comment().Matches(text))
        {
            var kind = m.Groups["kind"].Value;
            var rules = m.Groups["rules"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var reason = m.Groups["reason"].Success && m.Groups["reason"].Value.Trim().Length > 0 ? m.Groups["reason"].Value.Trim() : null;
            switch (kind)
            {
                case "disable-next-line":
                {
                    var lineEnd = text.IndexOf('\n', m.Index + m.Length);
                    var from = lineEnd < 0 ? text.Length : lineEnd + 1;
                    var to = text.IndexOf('\n', from);
                    list.Add(new Suppression(rules, reason, m.Index, m.Length, from, to < 0 ? text.Length : to + 1, NextLine: true));
                    break;
                }
                case "disable":
                    open.Add((rules, reason, m.Index, m.Length));
                    break;
                case "enable":
                    // Enables the named rules (or all open suppressions when none is named).
                    for (var i = open.Count - 1; i >= 0; i--)
                    {
                        var o = open[i];
                        if (rules.Length > 0 && !o.Rules.Intersect(rules).Any()) continue;
                        list.Add(new Suppression(o.Rules, o.Reason, o.Start, o.Length, o.Start + o.Length, m.Index, NextLine: false));
                        open.RemoveAt(i);
                    }
                    break;
            }
        }
        foreach (var o in open) list.Add(new Suppression(o.Rules, o.Reason, o.Start, o.Length, o.Start + o.Length, text.Length, NextLine: false));
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return list;
    }

    /// <summary>The finding that reports a suppression without a reason.</summary>
    public static Violation MissingReason(Suppression s, string original) =>
        Warning(WithoutReason, s, original, $"This suppression of {Named(s)} gives no reason.",
            "Say why the finding does not apply, e.g. reason=\"parents consented to full names\".",
            "a policyrules-disable comment without reason=\"...\"");

    /// <summary>The finding that reports a rule id the engine does not know, with the closest known id when one is near.</summary>
    public static Violation Unknown(Suppression s, string original, string id, IReadOnlyCollection<string> known)
    {
        var hint = Loading.YamlReader.Closest(known, id) is { } closest ? $"; did you mean '{closest}'?" : ".";
        return Warning(UnknownRule, s, original, $"This suppression names '{id}', which is not a loaded rule{hint}",
            "Correct the rule id (policyrules explain RULE-ID shows a rule), or remove the suppression.",
            "a policyrules-disable comment naming an unknown rule");
    }

    /// <summary>The finding that reports a suppression that silenced nothing, or nothing of some of the rules it names
    /// (<paramref name="idle"/>).</summary>
    public static Violation NothingSilenced(Suppression s, string original, IReadOnlyList<string>? idle = null) =>
        Warning(Unused, s, original,
            $"This suppression of {Named(s)} silences nothing{(idle is null ? "" : " of " + string.Join(", ", idle))}: {(s.NextLine ? "the line after it has no such finding" : "there is no such finding in its range")}.",
            s.NextLine ? "Put it on the line just above the finding, or remove it." : "Remove it if the finding has gone.",
            "a policyrules-disable comment that silenced no finding");

    /// <summary>
    /// A warning for each suppression written in a document whose comments are not read (plain text, Word): with or
    /// without the comment's markers, it silences nothing and would be published as it is.
    /// </summary>
    public static IEnumerable<Violation> NotReadIn(SourceDocument doc)
    {
        if (ReadsComments(doc.Kind)) yield break;
        var where = doc.Kind == InputKind.Docx ? "a Word document" : "plain text";
        foreach (Match m in Unread().Matches(doc.Original))
            yield return Warning(NotRead, m.Index, m.Length, doc.Original,
                $"Suppression comments are read in Markdown and HTML comments; in {where} this line is published as text and silences nothing.",
                "Remove it before publishing. To keep a finding that does not apply, write the draft as Markdown or HTML with the suppression in an <!-- --> comment, or turn the rule off under disable: in .policyrules.yaml.",
                $"a policyrules-disable line in {where}");
    }

    private static string Named(Suppression s) => s.Rules.Count == 0 ? "every rule" : string.Join(", ", s.Rules);

    private static Violation Warning(string rule, Suppression s, string original, string message, string suggestion, string evidence) =>
        Warning(rule, s.Start, s.Length, original, message, suggestion, evidence);

    private static Violation Warning(string rule, int start, int length, string original, string message, string suggestion, string evidence) => new()
    {
        Rule = rule,
        Category = "suppression",
        Severity = Severity.Warning,
        Start = start,
        Length = length,
        Excerpt = original.Substring(start, length),
        Message = message,
        Suggestion = suggestion,
        Confidence = 1,
        Evidence = evidence,
        Detector = "suppression",
        Citations = [],
    };

    [GeneratedRegex("""<!--\s*policyrules-(?<kind>disable-next-line|disable|enable)\b(?<rules>(?:\s+(?!reason\s*=)[A-Za-z0-9_\-,]+)*)(?:\s+reason\s*=\s*(?:"(?<reason>[^"]*)"|'(?<reason>[^']*)'))?\s*-->""", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    // A suppression as a line of text: in its comment's markers or not, up to the end of the comment or of the line.
    [GeneratedRegex("""(?:<!--[ \t]*)?\bpolicyrules-(?:disable-next-line|disable|enable)\b(?:[^\r\n]*?-->|[^\r\n]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Unread();
}
