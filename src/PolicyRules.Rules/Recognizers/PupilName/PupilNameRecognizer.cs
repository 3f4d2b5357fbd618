using System.Buffers;
using System.Runtime.CompilerServices;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.PersonName;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.PupilName;

/// <summary>
/// Pupils from the context roster: the full name ("Amelia Jones", middle names allowed), first name
/// and surname initial ("Amelia J", "Amelia J."), and the first name alone; case, accents and
/// apostrophes do not matter ("zoe o'neill" finds "Zoë O’Neill"). Tags: <c>full-name</c>,
/// <c>first-initial</c> or <c>first-name</c>, plus <c>consent:&lt;flag&gt;</c> for each of the
/// pupil's consent flags. Values: <c>first</c>, <c>last</c>, <c>initial</c>, <c>name</c>.
/// </summary>
internal sealed class PupilNameRecognizer : IRecognizer
{
    private sealed record Pupil(string First, string Last, string[] Middle, RosterEntry Entry, string[] Tags);

    private readonly ConditionalWeakTable<PostContext, Dictionary<string, List<Pupil>>> _byFirst = new();

    public string Name => "pupil-name";
    public SearchValues<char>? Trigger => null;
    public IReadOnlyCollection<string> Placeholders => ["first", "last", "initial", "name"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["full-name", "first-initial", "first-name", "consent:*"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var roster = input.Context.Roster;
        if (roster.Count == 0) return;
        var byFirst = _byFirst.GetValue(input.Context, Build);
        var lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = input.Folded;
        var text = input.Text;
        Span<char> key = stackalloc char[64];
        var pos = 0;
        while (NextWord(folded, pos, out var s, out var e))
        {
            pos = e;
            var k = Key(folded[s..e], key, out var possessive);
            if (!lookup.TryGetValue(k, out var pupils)) continue;
            Entity? best = null;
            var bestRank = 0;
            var bestEnd = e;
            foreach (var p in pupils)
            {
                var (rank, end, kind) = MatchAfterFirst(folded, e, p, possessive);
                if (rank <= bestRank) continue;
                var (os, ol) = input.ToOriginal(s, end - s);
                if (kind == "first-name" && !FirstNameAloneCounts(text, os, ol, p)) continue;
                bestRank = rank;
                bestEnd = end;
                var tags = new List<string>(p.Tags.Length + 1) { kind };
                tags.AddRange(p.Tags);
                var confidence = kind switch { "full-name" => 0.97, "first-initial" => 0.9, _ => NameData.IsCommonWord(p.First) ? 0.6 : 0.85 };
                best = new Entity(Name, os, ol, confidence, $"{kind.Replace('-', ' ')} of a pupil on the roster")
                {
                    Tags = tags,
                    Values = new Dictionary<string, string>
                    {
                        ["first"] = FirstOf(InNameOrder(p.Entry.Name)),
                        ["last"] = LastOf(InNameOrder(p.Entry.Name)),
                        ["initial"] = p.Last.Length > 0 ? LastOf(InNameOrder(p.Entry.Name))[..1] : "",
                        ["name"] = InNameOrder(p.Entry.Name),
                    },
                };
            }
            if (best is null) continue;
            results.Add(best);
            pos = bestEnd;
        }
    }

    // After the first name at [.., e): rank 3 full name, 2 first + initial, 1 first name alone.
    private static (int Rank, int End, string Kind) MatchAfterFirst(ReadOnlySpan<char> folded, int e, Pupil p, bool possessive)
    {
        if (possessive) return (1, e - 2, "first-name");
        if (p.Last.Length == 0) return (1, e, "first-name");
        Span<char> key = stackalloc char[64];
        var at = e;
        // Skip middle names in order when present.
        var mi = 0;
        while (true)
        {
            if (!NextAdjacent(folded, at, out var s, out var end)) break;
            var k = Key(folded[s..end], key, out _);
            if (k.SequenceEqual(p.Last)) return (3, end - (folded[s..end].Length - WithoutPossessiveLength(folded[s..end])), "full-name");
            if (mi < p.Middle.Length && k.SequenceEqual(p.Middle[mi])) { mi++; at = end; continue; }
            if (mi == 0 && k.Length == 1 && k[0] == p.Last[0])
            {
                var initialEnd = end < folded.Length && folded[end] == '.' ? end + 1 : end;
                return (2, initialEnd, "first-initial");
            }
            break;
        }
        return (1, e, "first-name");
    }

    // A common-word first name alone ("Will", "Grace") counts only capitalised and not opening a sentence.
    private static bool FirstNameAloneCounts(string text, int start, int length, Pupil p)
    {
        if (!NameData.IsCommonWord(p.First)) return true;
        if (!char.IsUpper(text[start])) return false;
        return !Words.AtSentenceStart(text, start);
    }

    private static bool NextWord(ReadOnlySpan<char> s, int from, out int start, out int end)
    {
        var i = from;
        while (i < s.Length && !char.IsLetter(s[i])) i++;
        start = i;
        while (i < s.Length && (char.IsLetter(s[i]) || s[i] is '\'' or '-' && i + 1 < s.Length && char.IsLetter(s[i + 1]) && i > start)) i++;
        end = i;
        return end > start;
    }

    private static bool NextAdjacent(ReadOnlySpan<char> s, int from, out int start, out int end)
    {
        start = end = from;
        var i = from;
        var spaces = 0;
        while (i < s.Length && s[i] == ' ') { i++; spaces++; }
        if (spaces is 0 or > 2) return false;
        return NextWord(s, i, out start, out end) && start == i;
    }

    private static int WithoutPossessiveLength(ReadOnlySpan<char> w) => w.Length > 2 && w[^1] == 's' && w[^2] == '\'' ? w.Length - 2 : w.Length;

    // The word with apostrophes and a possessive 's removed, into the buffer.
    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> word, Span<char> buffer, out bool possessive)
    {
        possessive = WithoutPossessiveLength(word) != word.Length;
        if (possessive) word = word[..^2];
        var n = 0;
        foreach (var c in word)
        {
            if (c == '\'') continue;
            if (n == buffer.Length) break;
            buffer[n++] = c;
        }
        return buffer[..n];
    }

    private static Dictionary<string, List<Pupil>> Build(PostContext context)
    {
        var map = new Dictionary<string, List<Pupil>>(StringComparer.Ordinal);
        foreach (var entry in context.Roster)
        {
            var parts = Fold(InNameOrder(entry.Name)).Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Replace("'", "", StringComparison.Ordinal)).Where(w => w.Length > 0).ToArray();
            if (parts.Length == 0) continue;
            var pupil = new Pupil(parts[0], parts.Length > 1 ? parts[^1] : "", parts.Length > 2 ? parts[1..^1] : [], entry,
                entry.Consent.Select(c => "consent:" + c.Trim().ToLowerInvariant()).ToArray());
            if (!map.TryGetValue(pupil.First, out var list)) map[pupil.First] = list = [];
            list.Add(pupil);
        }
        return map;
    }

    // School information systems export "Surname, Forename(s)" ("Quonk, Zephyrine"): read it as the draft writes it.
    internal static string InNameOrder(string name) =>
        name.IndexOf(',') is var comma and > 0 && name.LastIndexOf(',') == comma && name.AsSpan(comma + 1).Trim().Length > 0
            ? $"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}"
            : name;

    private static string FirstOf(string name) => name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var f, ..] ? f : "";
    private static string LastOf(string name) => name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, .., var l] ? l : "";

    // Folded as the draft is (DraftView.Folded: case, accents, full-width and look-alike letters), so a roster name and
    // the draft match whichever of them has the accents. No character folds to more than four.
    private static string Fold(string name)
    {
        var trimmed = name.AsSpan().Trim();
        var buffer = new char[trimmed.Length * 4];
        return DraftView.TryFold(trimmed, buffer, out var written) ? new string(buffer, 0, written) : "";
    }
}
