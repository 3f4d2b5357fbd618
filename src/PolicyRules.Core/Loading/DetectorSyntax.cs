using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PolicyRules.Detection;

namespace PolicyRules.Loading;

/// <summary>
/// The YAML form of each detector kind, looked up by the kind's key in a table. A detector is a
/// mapping with exactly one kind key (<c>lexicon</c>, <c>pattern</c>, ...) and that kind's options;
/// a plain string in a list of parts is a one-phrase lexicon.
/// </summary>
internal static class DetectorSyntax
{
    private delegate DetectorSpec Parser(YamlReader map, YamlNode value);

    private static readonly Dictionary<string, Parser> Kinds = new(StringComparer.Ordinal)
    {
        ["lexicon"] = ParseLexicon,
        ["pattern"] = ParsePattern,
        ["recognizer"] = ParseRecognizer,
        ["combination"] = ParseCombination,
        ["required"] = ParseRequired,
        ["attachment"] = ParseAttachment,
    };

    public static IEnumerable<string> KindNames => Kinds.Keys;

    public static DetectorSpec Parse(YamlNode node, string file, string what)
    {
        if (node is YamlScalar s && !string.IsNullOrWhiteSpace(s.Value))
            return new LexiconSpec([s.Value]) { At = s.Position, PhraseAt = [s.Position] };
        var map = new YamlReader(node, file, what);
        var kinds = map.Keys.Where(Kinds.ContainsKey).ToList();
        if (kinds.Count != 1)
            throw map.Error(kinds.Count == 0
                ? $"{what} needs one detector kind: {string.Join(", ", Kinds.Keys)}"
                : $"{what} has more than one detector kind ({string.Join(", ", kinds)}); use a combination");
        var value = map.Required(kinds[0]);
        var spec = Kinds[kinds[0]](map, value) with { At = value.Position };
        map.EnsureNoUnknownKeys();
        return spec;
    }

    public static IReadOnlyList<DetectorSpec> ParseParts(YamlReader owner, YamlNode node, string key)
    {
        if (node is not YamlSequence seq)
            return [Parse(node, owner.File, $"'{key}'")];
        if (seq.Items.Count == 0) throw owner.Error(node, $"'{key}' must not be an empty list");
        return seq.Items.Select(item => Parse(item, owner.File, $"a part of '{key}'")).ToList();
    }

    private static DetectorSpec ParseLexicon(YamlReader map, YamlNode value)
    {
        var phrases = map.StringList(value, "lexicon");
        if (phrases.Count == 0) throw map.Error(value, "'lexicon' must list at least one phrase");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (value is YamlSequence seq)
            for (var i = 0; i < phrases.Count; i++)
                if (!seen.Add(phrases[i].Trim()))
                    throw map.Error(seq.Items[i], $"the phrase '{phrases[i]}' is listed twice");
        return new LexiconSpec(phrases, map.OptionalBool("inflect") ?? true, map.OptionalBool("evasions") ?? false)
        {
            PhraseAt = value is YamlSequence items ? [.. items.Items.Select(i => i.Position)] : [value.Position],
        };
    }

    private static DetectorSpec ParsePattern(YamlReader map, YamlNode value)
    {
        var pattern = map.AsString(value, "pattern");
        try
        {
            if (Patterns.Validate(pattern))
                throw map.Error(value, $"the pattern '{pattern}' matches empty text, so it would match everywhere");
        }
        catch (RegexParseException e)
        {
            throw map.Error(value, $"invalid regex '{pattern}': {Describe(e.Error)} at offset {e.Offset}");
        }
        catch (NotSupportedException e)
        {
            throw map.Error(value, $"the regex '{pattern}' cannot run in linear time ({e.Message.TrimEnd('.')}); rewrite it without backreferences, lookarounds, atomic groups or huge counts");
        }
        catch (ArgumentException e)
        {
            throw map.Error(value, $"invalid regex '{pattern}': {e.Message}");
        }
        return new PatternSpec(pattern);
    }

    private static string Describe(RegexParseError error) =>
        string.Concat(error.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString().ToLowerInvariant()));

    private static DetectorSpec ParseRecognizer(YamlReader map, YamlNode value)
    {
        var name = map.AsString(value, "recognizer");
        var tags = map.Optional("tags");
        var exclude = map.Optional("exclude-tags");
        return new RecognizerSpec(
            name,
            tags is null ? null : map.StringList(tags, "tags"),
            exclude is null ? null : map.StringList(exclude, "exclude-tags"),
            map.OptionalNumber("min-confidence", 0, 1) ?? 0)
        {
            // Kept so that a tag the recognizer never gives is reported where it is written, once the recognizer is known.
            TagAt = PositionsOf(tags),
            ExcludeTagAt = PositionsOf(exclude),
        };
    }

    private static IReadOnlyList<YamlPosition> PositionsOf(YamlNode? list) => list switch
    {
        null => [],
        YamlSequence seq => [.. seq.Items.Select(i => i.Position)],
        _ => [list.Position],
    };

    private static DetectorSpec ParseCombination(YamlReader map, YamlNode value)
    {
        var inner = new YamlReader(value, map.File, "'combination'");
        var all = inner.Optional("all") is { } a ? ParseParts(inner, a, "all") : [];
        var any = inner.Optional("any") is { } b ? ParseParts(inner, b, "any") : [];
        var within = inner.OptionalNumber("within", 1, 1000);
        inner.EnsureNoUnknownKeys();
        if (all.Count == 0 && any.Count == 0) throw inner.Error("a combination needs 'all' or 'any' parts");
        return new CombinationSpec(all, any, within is null ? null : (int)within);
    }

    private static DetectorSpec ParseRequired(YamlReader map, YamlNode value)
    {
        var inner = new YamlReader(value, map.File, "'required'");
        var any = ParseParts(inner, inner.Required("any"), "any");
        var inProfile = inner.OptionalBool("in-profile") ?? true;
        var trigger = inner.Optional("trigger") is { } t ? ParseParts(inner, t, "trigger") : null;
        inner.EnsureNoUnknownKeys();
        return new RequiredSpec(any, inProfile, trigger);
    }

    private static DetectorSpec ParseAttachment(YamlReader map, YamlNode value)
    {
        var inner = new YamlReader(value, map.File, "'attachment'");
        var spec = new AttachmentSpec(inner.OptionalString("kind"), inner.OptionalBool("shows-pupils"), inner.OptionalBool("consent"));
        inner.EnsureNoUnknownKeys();
        return spec;
    }
}

/// <summary>Validates pack patterns at load and compiles them once, in linear-time mode, on first use.</summary>
internal static class Patterns
{
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PatternFacts?> Facts = new(StringComparer.Ordinal);

    /// <summary>What a reading of the pattern proves (null: nothing), computed once per pattern text.</summary>
    public static PatternFacts? FactsOf(string pattern) => Facts.GetOrAdd(pattern, PatternFacts.Of);

    /// <summary>
    /// Throws what constructing the pattern in linear-time mode would throw (<see cref="RegexParseException"/>,
    /// <see cref="NotSupportedException"/>), and says whether it matches empty text. The backtracking engine's
    /// parser (the same parser, a fraction of the cost) reports syntax errors; the linear-time engine itself is
    /// constructed now unless the facts prove it supports the pattern (no unsupported construct, size well within
    /// its limit), because constructing it costs several milliseconds a pattern.
    /// </summary>
    public static bool Validate(string pattern) => Valid.TryGetValue(pattern, out var empty) ? empty : Valid.GetOrAdd(pattern, static p =>
    {
        var parsed = new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (FactsOf(p) is not { Deferrable: true }) Compile(p);
        return parsed.IsMatch("");
    });

    // Patterns validated in this process, and whether each matches empty text (a failure is not cached: it throws).
    private static readonly ConcurrentDictionary<string, bool> Valid = new(StringComparer.Ordinal);

    // NonBacktracking runs in time linear in the input whatever the pattern, so no pack can hang a check.
    public static Regex Compile(string pattern) =>
        Cache.TryGetValue(pattern, out var r) ? r : Cache.GetOrAdd(pattern, static p => new Regex(p, Linear));
}
