namespace PolicyRules.Detection;

/// <summary>
/// What a conservative reading of a pattern's text proves about its matches, so a check can skip it cheaply:
/// <see cref="Leading"/> literals one of which starts every match, <see cref="Required"/> literals one of which
/// occurs in every match, and the linear-time engine's size estimate, which says whether constructing it can wait.
/// Literals are lower case and compared ignoring case. <see cref="Of"/> returns null for any construct the reader
/// does not understand (lookarounds, backreferences, inline options, class subtraction, unknown escapes): such a
/// pattern is constructed at load, so the regex engine itself reports what is wrong, and is never prefiltered.
/// </summary>
internal sealed record PatternFacts(string[]? Leading, string[]? Required, long NfaSize, MatchLength? Length)
{
    /// <summary>Literals one of which occurs in every match, however common (a lone digit, "y"), digits read as
    /// <see cref="AnyDigit"/>; null when the reader finds none. A stretch of text without any of them holds no match.</summary>
    public string[]? Contained { get; init; }

    /// <summary>How far a match reaches before the start of the <see cref="Required"/> literal it holds, and from that
    /// start on (null when unbounded): a window that wide around each occurrence holds every match.</summary>
    public MatchLength? RequiredBefore { get; init; }
    public MatchLength? RequiredAfter { get; init; }

    /// <summary>Whether a match can hold whitespace: when it cannot, no match spans a whitespace character.</summary>
    public Spacing Spacing { get; init; }

    /// <summary>The characters that end a clause or sentence in normalised text (dashes fold to '-', '\r' to '\n').</summary>
    public const string Breaks = ".!?;,\n";

    /// <summary>The <see cref="Breaks"/> no match can hold, a bit per character by its index there: every match
    /// lies within one stretch of text between two of them ("[^.!?]{0,70}" keeps a match inside one sentence).</summary>
    public int BreaksExcluded { get; init; }

    private const int AllBreaks = (1 << 6) - 1;

    // The bit of a character in Breaks, or 0.
    private static int BreakBit(char c) => Breaks.IndexOf(c) is >= 0 and var i ? 1 << i : 0;

    // The bits of the Breaks within lo..hi.
    private static int BreakBits(char lo, char hi)
    {
        var bits = 0;
        foreach (var c in Breaks) if (c >= lo && c <= hi) bits |= BreakBit(c);
        return bits;
    }

    /// <summary>True when the text has a character the prefilters cannot read as the regex does: one the
    /// case-insensitive regex engine may equate with an ASCII letter (Kelvin sign, long s, dotted and dotless i), or a
    /// digit beyond ASCII ("\d" matches it, the literal search reads only ASCII digits as digits). Such a text is
    /// not prefiltered. Only characters beyond ASCII are looked at, found a vector at a time.</summary>
    public static bool HasConfusable(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAnyExceptInRange('\0', '\u007F'); i >= 0;)
        {
            var c = text[i];
            if (c is '\u212A' or '\u017F' or '\u0130' or '\u0131' || char.IsDigit(c)) return true;
            var next = text[(i + 1)..].IndexOfAnyExceptInRange('\0', '\u007F');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>Stands for any digit in a literal ("year \u0001" for "year \d"): it never occurs in normalised
    /// text, and the literal search treats every digit as it.</summary>
    public const char AnyDigit = '\u0001';

    /// <summary>The linear-time engine's size limit (10,000 unless the host configures it): a pattern whose estimate
    /// is within it is accepted. <see cref="NfaSize"/> counts as .NET does before it simplifies the pattern, so it is
    /// never below .NET's own estimate (the tests check both claims on random patterns).</summary>
    public static long SizeLimit => AppContext.GetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE") is int n and > 0 ? n : 10_000;

    /// <summary>True when constructing the linear-time regex can wait for its first use: it will not be refused.</summary>
    public bool Deferrable => NfaSize <= SizeLimit;

    public static PatternFacts? Of(string pattern)
    {
        var parser = new Parser(pattern);
        var root = parser.Alternation();
        if (root is null || parser.Pos != pattern.Length) return null;
        // A leading literal is searched for as it is, so it ends before a stand-in for any digit ("year \d": "year ").
        var leading = Useful(root.Leading()?.Select(x => x.IndexOf(AnyDigit) is >= 0 and var d ? x[..d] : x).ToList(), prefixes: true);
        var anchored = root.Required();
        var contained = Useful(anchored?.Set, prefixes: false);
        var required = Best(contained, leading) is { } r && Rarity(r) >= 1 ? r : null;
        var size = Times(root.HasAnchor() ? 5 : 1, 1 + root.Singletons());
        var length = root.HasEdgeAnchor() ? null : root.Length();
        // A match reaches this far either side of a required literal's start. Leading literals start the match; a
        // member kept for a longer one it is part of ("the" for "these") may start later in it, by less than its length.
        var (before, after) = required is null || length is null ? default
            : ReferenceEquals(required, leading) ? (Zero, length)
            : (Plus(anchored!.Before, new MatchLength(anchored.Set.Max(x => x.Length), 0, 0)), anchored.After);
        return new PatternFacts(leading, required, size, length)
        {
            RequiredBefore = before,
            RequiredAfter = after,
            // A literal with a digit in it holds a digit: searched for as one, the set is short and simple to scan.
            Contained = Useful(contained?.Select(x => x.Contains(AnyDigit) ? AnyDigit.ToString() : x).ToList(), prefixes: false),
            Spacing = root.Spacing(),
            BreaksExcluded = AllBreaks & ~root.Breaks(),
        };
    }

    // A literal set helps only when it has no empty literal. Letters beyond ASCII are left out: the regex engine's
    // case-insensitive equivalences there (Greek sigmas, say) are wider than lower-casing. A literal that holds
    // another member (starts with one, for leading literals) adds nothing: where it occurs, so does the other.
    private static string[]? Useful(List<string>? set, bool prefixes)
    {
        if (set is null || set.Count == 0 || set.Any(s => s.Length == 0 || s.Any(c => c >= 128 && char.IsLetter(c)))) return null;
        var distinct = set.Distinct(StringComparer.Ordinal).ToList();
        return [.. distinct.Where(s => !distinct.Any(o => o.Length < s.Length && (prefixes ? s.StartsWith(o, StringComparison.Ordinal) : s.Contains(o, StringComparison.Ordinal))))];
    }

    private static string[]? Best(string[]? a, string[]? b) => a is null ? b : b is null ? a : Score(b) >= Score(a) ? b : a;

    // How rare a literal set is likely to be in school news: its weakest literal decides. Common words and single
    // letters are everywhere ("the ", "he", "s"), so they score below 1, too low to prefilter with (a hit on every
    // other word would cost more than it saves); a set of many literals scores a little lower than one.
    private static double Score(IReadOnlyList<string> set) => Rarity(set) - set.Count * 0.001;

    private static double Rarity(IReadOnlyList<string> set)
    {
        var min = double.MaxValue;
        foreach (var s in set)
        {
            var trimmed = s.Trim(' ', '\'', '-', ',');
            var score = 0.5 * (s.Length - trimmed.Length);
            foreach (var c in trimmed) score += Weight(c);
            // A lone common character counts as rare only between punctuation (", \u0001," or "(\u0001)").
            var lone = trimmed.Length == 1 && IsCommonCharacter(trimmed[0]) && !(s.IndexOf(trimmed[0]) is var at
                && s.AsSpan(0, at).ContainsAnyExcept(' ') && s.AsSpan(at + 1).ContainsAnyExcept(' '));
            if (CommonWords.Contains(trimmed) || lone) score = Math.Min(score, 0.5);
            min = Math.Min(min, score);
        }
        return min;
    }

    // Symbols are rarer in school news than letters: an emoji or "★" (beyond ASCII, not a letter) far more so, and
    // "@" or "£" more than a word ("@gmail." before " email", "🍑" before "https://").
    private static double Weight(char c) => c >= 128 && !char.IsLetter(c) ? 4 : c is '@' or '£' or '#' or '$' ? 3 : 1;

    // Letters, digits and sentence punctuation are everywhere; "@", "#", "/" or "❤" on their own are worth finding.
    private static bool IsCommonCharacter(char c) => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c == AnyDigit || ".,;:!?'\"()-".Contains(c);

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "is", "was", "are", "be",
        "been", "has", "have", "had", "it", "its", "he", "she", "we", "you", "they", "i", "my", "our", "your", "their",
        "his", "her", "this", "that", "all", "so", "not", "no", "as", "but", "will", "can", "do", "me", "us",
    };

    /// <summary>A literal set one of which occurs in every match, and bounds on how far such a match reaches before
    /// the literal's start and from its start on (null: unbounded).</summary>
    private sealed record Anchored(List<string> Set, MatchLength? Before, MatchLength? After);

    private static readonly MatchLength Zero = new(0, 0, 0);

    private static MatchLength? Plus(MatchLength? a, MatchLength? b) => a is { } x && b is { } y ? x + y : null;

    private static MatchLength? Sum(List<Node> items, int from, int to)
    {
        MatchLength? sum = Zero;
        for (var i = from; i < to; i++) sum = Plus(sum, items[i].Length());
        return sum;
    }

    // Bounds on literal sets: a cross product ("(a|b) (c|d)") and a union of alternatives.
    private const int MaxCross = 64;
    private const int MaxUnion = 512;

    private static long Times(long a, long b) => Math.Min((long)int.MaxValue, a * b);

    /// <summary>A node of the pattern: enough structure for literals and the size estimate.</summary>
    private abstract class Node
    {
        /// <summary>Every string the node can match, when that is a small finite set of literals; else null.</summary>
        public virtual List<string>? Exact() => null;
        /// <summary>Literals one of which starts every match (possibly "" when the node can match nothing).</summary>
        public virtual List<string>? Leading() => Exact();
        /// <summary>Literals one of which occurs in every match, with how far the match reaches around it.</summary>
        public virtual Anchored? Required() => Exact() is { } e ? new Anchored(e, Zero, Length()) : null;
        /// <summary>Characters and classes, counted as the linear-time engine does (loops multiply).</summary>
        public abstract long Singletons();
        public virtual bool HasAnchor() => false;
        /// <summary>True for ^, $, \A, \z or \Z: the match depends on where the text starts or ends.</summary>
        public virtual bool HasEdgeAnchor() => false;
        /// <summary>Zero-width: \b, ^, $ and the like.</summary>
        public virtual bool IsAssertion => false;
        /// <summary>The longest match, or null when it is unbounded in a way the text's runs cannot bound.</summary>
        public abstract MatchLength? Length();
        /// <summary>Whether the node's matches consist of whitespace, of anything but whitespace, or both.</summary>
        public abstract Spacing Spacing();
        /// <summary>The <see cref="Breaks"/> (bits by index) the node's matches may hold.</summary>
        public abstract int Breaks();
    }

    private sealed class Literal(char c) : Node
    {
        public override List<string> Exact() => [char.ToLowerInvariant(c).ToString()];
        public override long Singletons() => 1;
        public override MatchLength? Length() => new(1, 0, 0);
        public override Spacing Spacing() => char.IsWhiteSpace(c) ? Detection.Spacing.Space : Detection.Spacing.NonSpace;
        public override int Breaks() => BreakBit(c);
    }

    /// <summary>A class, a dot or a class escape: one character, pinned down only for a small class ("[.!]") or
    /// a digit (<see cref="AnyDigit"/>).</summary>
    private sealed class AnyOf(Spacing spacing, List<string>? exact = null, int breaks = AllBreaks) : Node
    {
        public override List<string>? Exact() => exact;
        public override long Singletons() => 1;
        public override MatchLength? Length() => new(1, 0, 0);
        public override Spacing Spacing() => spacing;
        public override int Breaks() => breaks;
    }

    private sealed class Assertion(bool edge) : Node
    {
        public override List<string> Exact() => [""];
        public override long Singletons() => 0;
        public override bool HasAnchor() => true;
        public override bool HasEdgeAnchor() => edge;
        public override bool IsAssertion => true;
        public override MatchLength? Length() => new(0, 0, 0);
        public override Spacing Spacing() => Detection.Spacing.None;
        public override int Breaks() => 0;
    }

    private sealed class Sequence(List<Node> items) : Node
    {
        public override List<string>? Exact()
        {
            List<string> result = [""];
            foreach (var item in items)
            {
                if (item.Exact() is not { } e || Cross(result, e) is not { } next) return null;
                result = next;
            }
            return result;
        }

        public override List<string>? Leading()
        {
            // The longest run of exact items from the start, as one set: "(the )?(head|deputy)" starts with
            // "the head", "the deputy", "head" or "deputy". A literal that may be empty continues into what follows.
            List<string> run = [""];
            foreach (var item in items)
            {
                if (item.IsAssertion) continue;
                if (item.Exact() is { } e && Cross(run, e) is { } next) { run = next; continue; }
                if (item is Repeat { FirstCopy: { } copy } && Cross(run, copy) is { } started) return started;
                if (!run.Contains("")) return run;
                var lead = item.Leading();
                if (lead is null) return null;
                // Items cut short: the run's literals stay (they start the match), the empty one takes this item's.
                var joined = run.Where(s => s.Length > 0).ToList();
                joined.AddRange(lead);
                return joined;
            }
            return run;
        }

        public override Anchored? Required()
        {
            // Candidates: each maximal run of exact items (concatenated) and each other item's own; the rarest wins.
            // A run's literal starts where its first item does; the match reaches back over the items before it.
            Anchored? best = null;
            List<string> run = [""];
            var runStart = 0;
            void Close(int end)
            {
                Consider(new Anchored(run, Zero, Sum(items, runStart, end)), runStart, end);
                run = [""];
            }
            void Consider(Anchored? found, int first, int end)
            {
                if (found is null || found.Set.Count == 0 || found.Set.Contains("")) return;
                if (best is not null && Score(found.Set) <= Score(best.Set)) return;
                best = new Anchored(found.Set, Plus(Sum(items, 0, first), found.Before), Plus(found.After, Sum(items, end, items.Count)));
            }
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item.IsAssertion) continue;
                if (item.Exact() is { } e)
                {
                    if (run is [""]) runStart = i;
                    if (Cross(run, e) is { } next) { run = next; continue; }
                    Close(i);
                    (run, runStart) = (e, i);
                    continue;
                }
                if (item is Repeat { FirstCopy: { } copy } && Cross(run, copy) is { } started)
                {
                    if (run is [""]) runStart = i;
                    run = started;
                    Close(i + 1);
                }
                else Close(i);
                Consider(item.Required(), i, i + 1);
            }
            Close(items.Count);
            return best;
        }

        public override long Singletons() => items.Aggregate(0L, (s, i) => Math.Min(int.MaxValue, s + i.Singletons()));
        public override bool HasAnchor() => items.Any(i => i.HasAnchor());
        public override bool HasEdgeAnchor() => items.Any(i => i.HasEdgeAnchor());
        public override MatchLength? Length() => items.Aggregate((MatchLength?)new MatchLength(0, 0, 0), (sum, i) => sum is { } a && i.Length() is { } b ? a + b : null);
        public override Spacing Spacing() => items.Aggregate(Detection.Spacing.None, (k, i) => k | i.Spacing());
        public override int Breaks() => items.Aggregate(0, (k, i) => k | i.Breaks());
    }

    private sealed class Alternatives(List<Node> branches) : Node
    {
        public override List<string>? Exact() => Union(b => b.Exact());
        public override List<string>? Leading() => Union(b => b.Leading());
        public override Anchored? Required()
        {
            // Any branch's literal may be the one: the reach is the widest of the branches'.
            var all = new List<string>();
            MatchLength? before = Zero, after = Zero;
            foreach (var b in branches)
            {
                if (b.Required() is not { } r) return null;
                all.AddRange(r.Set);
                if (all.Count > MaxUnion) return null;
                before = before is { } x && r.Before is { } y ? MatchLength.Max(x, y) : null;
                after = after is { } u && r.After is { } v ? MatchLength.Max(u, v) : null;
            }
            return new Anchored(all, before, after);
        }

        private List<string>? Union(Func<Node, List<string>?> of)
        {
            var all = new List<string>();
            foreach (var b in branches)
            {
                if (of(b) is not { } set) return null;
                all.AddRange(set);
                if (all.Count > MaxUnion) return null;
            }
            return all;
        }

        public override long Singletons() => branches.Aggregate(0L, (s, b) => Math.Min(int.MaxValue, s + b.Singletons()));
        public override bool HasAnchor() => branches.Any(b => b.HasAnchor());
        public override bool HasEdgeAnchor() => branches.Any(b => b.HasEdgeAnchor());
        public override MatchLength? Length() => branches.Aggregate((MatchLength?)new MatchLength(0, 0, 0), (max, b) => max is { } a && b.Length() is { } c ? MatchLength.Max(a, c) : null);
        public override Spacing Spacing() => branches.Aggregate(Detection.Spacing.None, (k, b) => k | b.Spacing());
        public override int Breaks() => branches.Aggregate(0, (k, b) => k | b.Breaks());
    }

    private sealed class Repeat(Node body, int min, int? max) : Node
    {
        /// <summary>The literals the loop starts with when it must run at least once ("xx+" starts "xx").</summary>
        public List<string>? FirstCopy => min >= 1 ? body.Exact() : null;

        // A short bounded loop of a literal set is the union of its powers: "\d{1,2}" is any digit once or twice.
        public override List<string>? Exact()
        {
            if (max is not { } m || m > MaxPower || body.Exact() is not { } e) return null;
            var result = new List<string>();
            List<string> power = [""];
            for (var k = 0; ; k++)
            {
                if (k >= min) result.AddRange(power);
                if (k == m) break;
                if (Cross(power, e) is not { } next) return null;
                power = next;
            }
            return result.Count <= MaxCross ? result : null;
        }

        private const int MaxPower = 3;

        public override List<string>? Leading() => min == 0 ? Exact() : body.Leading();
        // A literal of the body occurs in the first copy: the later copies follow it.
        public override Anchored? Required() => min == 0 ? base.Required()
            : body.Required() is { } r ? r with { After = Plus(r.After, Length()) } : null;

        // As System.Text.RegularExpressions' own estimate: a bounded loop counts its upper bound of copies, an
        // unbounded one its lower bound plus one (or one copy when that is zero).
        public override long Singletons() => max is { } m ? Times(m, body.Singletons()) : min == 0 ? body.Singletons() : Times(min + 1L, body.Singletons());
        public override bool HasAnchor() => body.HasAnchor();
        public override bool HasEdgeAnchor() => body.HasEdgeAnchor();

        // An unbounded loop of non-space characters ("\w+", "[a-z]*") stays inside one run of them in the text, and one
        // of spaces ("\s*") inside one run of spaces; a loop that may match both (".*", "\W+") is unbounded.
        public override MatchLength? Length() => max is { } m
            ? body.Length() * m
            : body.Spacing() switch
            {
                Detection.Spacing.None => new MatchLength(0, 0, 0),
                Detection.Spacing.NonSpace => new MatchLength(0, 1, 0),
                Detection.Spacing.Space => new MatchLength(0, 0, 1),
                _ => null,
            };

        public override Spacing Spacing() => body.Spacing();
        public override int Breaks() => body.Breaks();
    }

    // The cross product of two literal sets, or null when it would be larger than MaxCross.
    private static List<string>? Cross(List<string> a, List<string> b)
    {
        if ((long)a.Count * b.Count > MaxCross) return null;
        var result = new List<string>(a.Count * b.Count);
        foreach (var x in a) foreach (var y in b) result.Add(x + y);
        return result;
    }

    /// <summary>A recursive-descent reader of .NET regex syntax (default options); null for anything unknown.</summary>
    private sealed class Parser(string p)
    {
        public int Pos;

        public Node? Alternation()
        {
            var branches = new List<Node>();
            while (true)
            {
                var seq = Sequence();
                if (seq is null) return null;
                branches.Add(seq);
                if (Pos < p.Length && p[Pos] == '|') { Pos++; continue; }
                return branches.Count == 1 ? branches[0] : new Alternatives(branches);
            }
        }

        private Node? Sequence()
        {
            var items = new List<Node>();
            while (Pos < p.Length && p[Pos] is not ('|' or ')'))
            {
                var atom = Atom();
                if (atom is null) return null;
                if (Quantifier(out var min, out var max) is var q && q < 0) return null;
                else if (q > 0) atom = new Repeat(atom, min, max);
                items.Add(atom);
            }
            return new Sequence(items);
        }

        private Node? Atom()
        {
            var c = p[Pos++];
            switch (c)
            {
                case '(':
                    if (Pos < p.Length && p[Pos] == '?')
                    {
                        if (Pos + 1 < p.Length && p[Pos + 1] == ':') Pos += 2;
                        else if (Pos + 1 < p.Length && p[Pos + 1] is '<' or '\'')
                        {
                            // A named group; balancing groups ("<a-b>") and lookbehinds ("<=", "<!") are not names.
                            var close = p[Pos + 1] == '<' ? '>' : '\'';
                            var end = Pos + 2;
                            while (end < p.Length && (char.IsAsciiLetterOrDigit(p[end]) || p[end] == '_')) end++;
                            if (end == Pos + 2 || end >= p.Length || p[end] != close) return null;
                            Pos = end + 1;
                        }
                        else return null;
                    }
                    var inner = Alternation();
                    if (inner is null || Pos >= p.Length || p[Pos] != ')') return null;
                    Pos++;
                    return inner;
                case '[':
                    return Class(out var members, out var breaks) is { } spacing ? new AnyOf(spacing, members, breaks) : null;
                case '.':
                    return new AnyOf(Spacing.Both);
                case '^' or '$':
                    return new Assertion(edge: true);
                case '\\':
                    return Escape();
                case '*' or '+' or '?':
                    return null; // a quantifier with nothing to repeat
                case '{' when IsCount(Pos - 1, out _):
                    return null;
                default:
                    return new Literal(c);
            }
        }

        private Node? Escape()
        {
            if (Pos >= p.Length) return null;
            var c = p[Pos++];
            switch (c)
            {
                case 'b' or 'B':
                    return new Assertion(edge: false);
                case 'A' or 'z' or 'Z':
                    return new Assertion(edge: true);
                case 'd':
                    return new AnyOf(Spacing.NonSpace, [AnyDigit.ToString()], breaks: 0);
                case 'w':
                    return new AnyOf(Spacing.NonSpace, breaks: 0);
                case 'S':
                    return new AnyOf(Spacing.NonSpace, breaks: AllBreaks & ~BreakBit('\n'));
                case 's':
                    return new AnyOf(Spacing.Space, breaks: BreakBit('\n'));
                case 'W' or 'D':
                    return new AnyOf(Spacing.Both);
                case 'p' or 'P':
                    if (Pos >= p.Length || p[Pos] != '{') return null;
                    var close = p.IndexOf('}', Pos);
                    if (close < 0) return null;
                    Pos = close + 1;
                    return new AnyOf(Spacing.Both);
                case 'n':
                    return new AnyOf(Spacing.Space, breaks: BreakBit('\n')); // whitespace: never part of a literal worth searching for
                case 't' or 'r' or 'f' or 'v':
                    return new AnyOf(Spacing.Space, breaks: 0);
                case 'e' or 'a':
                    return new AnyOf(Spacing.NonSpace, breaks: 0); // a control character, likewise
                default:
                    // \G, backreferences, \k, octal, \x, \u, \c and unknown letters: give up.
                    if (char.IsAsciiLetterOrDigit(c) || c == '_') return null;
                    return new Literal(c);
            }
        }

        // Reads a character class (the '[' already read) for whether it can match whitespace; null for subtraction
        // or an unclosed class. Ranges and escapes the reader cannot place count as both. A small class of plain
        // characters ("[.!]", "[12]", "[0-9]") also gives its members, as literals.
        private Spacing? Class(out List<string>? members, out int breaks)
        {
            breaks = AllBreaks;
            var negated = Pos < p.Length && p[Pos] == '^';
            if (negated) Pos++;
            var spacing = Spacing.None;
            // The Breaks the class lists; a listing the reader cannot place counts as every one when the class
            // matches what it lists, and as none when it matches what it does not (negated).
            var listed = 0;
            var unplaced = 0;
            var excludesSpace = false; // [^\s...]
            var first = true;
            members = [];
            while (Pos < p.Length && (p[Pos] != ']' || first))
            {
                first = false;
                var c = p[Pos];
                if (c == '\\' && Pos + 1 < p.Length)
                {
                    var e = p[Pos + 1];
                    Pos += 2;
                    spacing |= e switch
                    {
                        'w' or 'd' or 'S' => Spacing.NonSpace,
                        's' => Spacing.Space,
                        'n' or 't' or 'r' or 'f' or 'v' => Spacing.Space,
                        _ when !char.IsAsciiLetterOrDigit(e) => char.IsWhiteSpace(e) ? Spacing.Space : Spacing.NonSpace,
                        _ => Spacing.Both, // \W, \D, \p{..}, \x41, \u0041 and the like
                    };
                    if (e == 's') excludesSpace = true;
                    var escaped = e switch
                    {
                        'w' or 'd' or 't' or 'r' or 'f' or 'v' => 0,
                        's' or 'n' => BreakBit('\n'),
                        'S' => AllBreaks & ~BreakBit('\n'),
                        'W' or 'D' => AllBreaks,
                        _ when !char.IsAsciiLetterOrDigit(e) => BreakBit(e),
                        _ => -1, // \p{..}, \x2C and the like
                    };
                    if (escaped < 0) unplaced = AllBreaks; else listed |= escaped;
                    if (e is 'p' or 'P' && Pos < p.Length && p[Pos] == '{') Pos = Math.Max(Pos, p.IndexOf('}', Pos) + 1);
                    if (e == 'd') members?.Add(AnyDigit.ToString());
                    else if (!char.IsAsciiLetterOrDigit(e) && !char.IsWhiteSpace(e)) members?.Add(e.ToString());
                    else members = null;
                    continue;
                }
                if (c == '-' && Pos + 1 < p.Length && p[Pos + 1] == '[') return null;
                if (c == '-' && Pos + 1 < p.Length && p[Pos + 1] != ']' && Pos > 0 && p[Pos - 1] != '[')
                {
                    // A range lo-hi (lo already counted): whitespace inside it makes it both.
                    var hi = p[Pos + 1] == '\\' ? '\uffff' : p[Pos + 1];
                    var lo = p[Pos - 1];
                    if (hi == '\uffff') unplaced = AllBreaks; else listed |= BreakBits(lo, hi);
                    for (var w = lo; w <= hi && w < '\uffff'; w++) if (char.IsWhiteSpace(w)) { spacing |= Spacing.Both; break; }
                    if (hi == '\uffff') spacing |= Spacing.Both;
                    // A range of digits ("0-9", "1-6") reads as any digit, a widening that keeps the literals sound;
                    // other ranges are too wide to list.
                    if (lo is >= '0' and <= '9' && hi is >= '0' and <= '9' && members is not null) { members.RemoveAt(members.Count - 1); members.Add(AnyDigit.ToString()); }
                    else members = null;
                    Pos += p[Pos + 1] == '\\' ? 3 : 2;
                    continue;
                }
                spacing |= char.IsWhiteSpace(c) ? Spacing.Space : Spacing.NonSpace;
                listed |= BreakBit(c);
                members?.Add(char.ToLowerInvariant(c).ToString());
                Pos++;
            }
            breaks = negated ? AllBreaks & ~listed : listed | unplaced;
            if (Pos >= p.Length) return null;
            Pos++;
            if (negated || members is { Count: > 8 }) members = null;
            // A negated class matches what it does not list: without whitespace listed, that includes both.
            if (negated) return excludesSpace ? Spacing.NonSpace : Spacing.Both;
            return spacing == Spacing.None ? Spacing.Both : spacing;
        }

        // 0: none; 1: read (min, max; max null for unbounded); -1: one the reader cannot follow.
        private int Quantifier(out int min, out int? max)
        {
            min = 1; max = 1;
            if (Pos >= p.Length) return 0;
            switch (p[Pos])
            {
                case '?': min = 0; max = 1; Pos++; break;
                case '*': min = 0; max = null; Pos++; break;
                case '+': min = 1; max = null; Pos++; break;
                case '{' when IsCount(Pos, out var end):
                    var body = p.AsSpan(Pos + 1, end - Pos - 1);
                    var comma = body.IndexOf(',');
                    if (!int.TryParse(comma < 0 ? body : body[..comma], out min)) return -1;
                    if (comma < 0) max = min;
                    else if (comma == body.Length - 1) max = null;
                    else if (int.TryParse(body[(comma + 1)..], out var m)) max = m;
                    else return -1;
                    Pos = end + 1;
                    break;
                default: return 0;
            }
            if (Pos < p.Length && p[Pos] == '?') Pos++; // lazy
            if (Pos < p.Length && p[Pos] is '?' or '*' or '+' || (Pos < p.Length && p[Pos] == '{' && IsCount(Pos, out _))) return -1; // nested quantifier: an error
            return 1;
        }

        // "{n}", "{n,}" or "{n,m}" at i (else the '{' is a literal, as in .NET).
        private bool IsCount(int i, out int end)
        {
            end = i + 1;
            var digits = 0;
            while (end < p.Length && char.IsAsciiDigit(p[end])) { end++; digits++; }
            if (digits == 0) return false;
            if (end < p.Length && p[end] == ',')
            {
                end++;
                while (end < p.Length && char.IsAsciiDigit(p[end])) end++;
            }
            return end < p.Length && p[end] == '}';
        }
    }
}

/// <summary>Which characters a part of a pattern can match: whitespace, anything else, or both (flags).</summary>
[Flags]
internal enum Spacing
{
    None = 0,
    NonSpace = 1,
    Space = 2,
    Both = NonSpace | Space,
}

/// <summary>
/// An upper bound on a match's length: <see cref="Chars"/> characters plus, for unbounded loops, whole runs of
/// non-space and of space characters, which a check bounds by the longest such runs of its text.
/// </summary>
internal readonly record struct MatchLength(long Chars, long NonSpaceRuns, long SpaceRuns)
{
    private const long Cap = int.MaxValue;

    public static MatchLength operator +(MatchLength a, MatchLength b) =>
        new(Math.Min(Cap, a.Chars + b.Chars), Math.Min(Cap, a.NonSpaceRuns + b.NonSpaceRuns), Math.Min(Cap, a.SpaceRuns + b.SpaceRuns));

    public static MatchLength? operator *(MatchLength? a, int times) => a is { } x
        ? new MatchLength(Math.Min(Cap, x.Chars * times), Math.Min(Cap, x.NonSpaceRuns * times), Math.Min(Cap, x.SpaceRuns * times))
        : null;

    public static MatchLength Max(MatchLength a, MatchLength b) =>
        new(Math.Max(a.Chars, b.Chars), Math.Max(a.NonSpaceRuns, b.NonSpaceRuns), Math.Max(a.SpaceRuns, b.SpaceRuns));

    /// <summary>The bound in characters for a text whose longest runs of non-space and space characters are given.</summary>
    public long In(int longestNonSpaceRun, int longestSpaceRun) =>
        Math.Min(Cap, Chars + NonSpaceRuns * longestNonSpaceRun + SpaceRuns * longestSpaceRun);
}
