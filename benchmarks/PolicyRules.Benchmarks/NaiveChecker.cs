using System.Text.RegularExpressions;

namespace PolicyRules.Benchmarks;

/// <summary>
/// The naive design the issue compares against: one compiled <see cref="Regex"/> per rule, built from
/// the same rule definitions (lexicon: an alternation of its phrases between <c>\b</c>; pattern: its regex;
/// recognizer: an email regex; combination: the alternation of all its parts; required: its phrases).
/// It finds matches only (no exceptions, no normalisation), so it does less work than the engine.
/// </summary>
public sealed class NaiveChecker
{
    private readonly Regex[] _rules;

    public NaiveChecker(IEnumerable<RulePack> packs)
    {
        const RegexOptions options = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        _rules = packs.SelectMany(p => p.Rules).Select(r => new Regex(Source(r.Detect), options)).ToArray();
    }

    public int RuleCount => _rules.Length;

    private static string Source(DetectorSpec spec) => spec switch
    {
        LexiconSpec l => @"\b(?:" + string.Join("|", l.Phrases.Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+"))) + @")s?\b",
        PatternSpec p => p.Regex,
        RecognizerSpec => @"\b[\w.%+-]+@[\w-]+(?:\.[\w-]+)+\b",
        CombinationSpec c => string.Join("|", c.All.Concat(c.Any).Select(Source)),
        RequiredSpec r => string.Join("|", r.Any.Concat(r.Trigger ?? []).Select(Source)),
        _ => "(?!)",
    };

    /// <summary>The number of matches of every rule.</summary>
    public int Check(string text)
    {
        var n = 0;
        foreach (var r in _rules)
            foreach (var _ in r.EnumerateMatches(text)) n++;
        return n;
    }
}
