using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyRules.Loading;

/// <summary>A position in a YAML file (1-based).</summary>
internal readonly record struct YamlPosition(int Line, int Column);

/// <summary>A node of a YAML document as plain data: scalar, sequence or mapping.</summary>
internal abstract class YamlNode(YamlPosition position)
{
    public YamlPosition Position { get; } = position;
    public abstract string KindName { get; }
}

internal sealed class YamlScalar(YamlPosition position, string value, ScalarStyle style = ScalarStyle.Any, ReadOnlyMemory<char> source = default)
    : YamlNode(position)
{
    public string Value { get; } = value;
    public override string KindName => "a value";

    /// <summary>How the value is written: plain, in single or double quotes, or as a block.</summary>
    public ScalarStyle Style { get; } = style;

    /// <summary>The value as written in the file, quotes and escapes included (empty for a node not read from a file).</summary>
    public ReadOnlyMemory<char> Source { get; } = source;

    /// <summary>
    /// Where the value's character at <paramref name="offset"/> is written, when that can be told exactly: a value on
    /// one line, plain or quoted ('' in single quotes stands for one quote), with no backslash escape before it in
    /// double quotes (an escape's length in the file is not told by the value). Otherwise the value's start.
    /// </summary>
    public YamlPosition PositionOf(int offset)
    {
        var raw = Source.Span;
        if (offset < 0 || offset > Value.Length) return Position;
        var j = Style switch
        {
            ScalarStyle.Plain => 0,
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => 1,
            _ => -1, // a block scalar's value starts on a later line
        };
        if (j < 0) return Position;
        for (var i = 0; i < offset; i++, j++)
        {
            if (j >= raw.Length || raw[j] is '\n' or '\r') return Position; // folded from more than one line
            if (Style == ScalarStyle.DoubleQuoted && raw[j] == '\\') return Position;
            if (Style == ScalarStyle.SingleQuoted && raw[j] == '\'' && ++j >= raw.Length) return Position;
            if (raw[j] != Value[i]) return Position; // not the value as read: do not guess
        }
        return j < raw.Length && (offset == Value.Length || raw[j] == Value[offset])
            ? new YamlPosition(Position.Line, Position.Column + j)
            : Position;
    }
}

internal sealed class YamlSequence(YamlPosition position, List<YamlNode> items) : YamlNode(position)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;
    public override string KindName => "a list";
}

internal sealed class YamlMapping(YamlPosition position, List<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(position)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;
    public override string KindName => "a mapping";
}

/// <summary>
/// Parses YAML into a <see cref="YamlNode"/> tree from the parser's events, never into .NET
/// types: so a pack can neither name a type to create nor expand an alias bomb. Anchors, aliases
/// and tags are refused, duplicate keys are errors, depth and size are bounded.
/// </summary>
internal static partial class YamlTree
{
    public const int MaxDepth = 32;
    public const int MaxNodes = 2_000_000;

    public static YamlNode Parse(string text, string file)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var nodes = 0;
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
                throw new RuleLoadException(file, 1, 1, "the file is empty");
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, text, file, 0, ref nodes);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var extra = parser.Current!;
                throw new RuleLoadException(file, (int)extra.Start.Line, (int)extra.Start.Column, "only one YAML document is allowed per file");
            }
            return root;
        }
        catch (YamlException e)
        {
            var (at, problem) = Describe(e, scanner, text);
            throw new RuleLoadException(file, (int)at.Line, (int)at.Column, problem);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (found by fuzzing), most often a flow list or
            // mapping left open ("lexicon: [foo"): report the bracket when there is one, else bad YAML at the last
            // element read, not a crash.
            var at = parser.Current?.End ?? Mark.Empty;
            if (UnclosedBracket(text) is { } open)
                throw new RuleLoadException(file, open.Line, open.Column, $"'{open.Bracket}' is not closed with '{(open.Bracket == '[' ? ']' : '}')}'");
            throw new RuleLoadException(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), "invalid YAML after this point");
        }
    }

    // The innermost '[' or '{' never closed (outside quotes and comments), with its 1-based line and column.
    private static (int Line, int Column, char Bracket)? UnclosedBracket(string text)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        int line = 1, column = 1;
        char quote = '\0';
        var comment = false;
        for (var i = 0; i < text.Length; i++, column++)
        {
            var c = text[i];
            if (c == '\n') { line++; column = 0; comment = false; continue; }
            if (comment) continue;
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            switch (c)
            {
                case '\'' or '"' when i == 0 || text[i - 1] is ' ' or '[' or '{' or ',' or ':': quote = c; break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]): comment = true; break;
                case '[' or '{': open.Push((line, column, c)); break;
                case ']' or '}' when open.Count > 0: open.Pop(); break;
            }
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    private static ReadOnlyMemory<char> Slice(string text, Mark start, Mark end) =>
        start.Index >= 0 && end.Index >= start.Index && end.Index <= text.Length
            ? text.AsMemory((int)start.Index, (int)(end.Index - start.Index))
            : default;

    private static YamlNode ReadNode(IParser parser, string text, string file, int depth, ref int nodes)
    {
        var ev = parser.Current ?? throw new RuleLoadException(file, 0, 0, "unexpected end of file");
        var pos = new YamlPosition((int)ev.Start.Line, (int)ev.Start.Column);
        if (++nodes > MaxNodes)
            throw new RuleLoadException(file, pos.Line, pos.Column, $"the file has more than {MaxNodes:N0} YAML nodes");
        if (depth > MaxDepth)
            throw new RuleLoadException(file, pos.Line, pos.Column, $"nesting is deeper than {MaxDepth} levels");
        if (ev is AnchorAlias)
            throw new RuleLoadException(file, pos.Line, pos.Column, "aliases (*name) are not allowed in rule files");
        if (ev is NodeEvent { Anchor.IsEmpty: false })
            throw new RuleLoadException(file, pos.Line, pos.Column, "anchors (&name) are not allowed in rule files");
        if (ev is NodeEvent { Tag.IsEmpty: false } tagged && !IsPlainTag(tagged))
            throw new RuleLoadException(file, pos.Line, pos.Column, $"tags such as '{tagged.Tag.Value}' are not allowed in rule files");

        switch (ev)
        {
            case Scalar s:
                parser.MoveNext();
                return new YamlScalar(pos, s.Value, s.Style, Slice(text, s.Start, s.End));
            case SequenceStart:
            {
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                    items.Add(ReadNode(parser, text, file, depth + 1, ref nodes));
                return new YamlSequence(pos, items);
            }
            case MappingStart:
            {
                parser.MoveNext();
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, text, file, depth + 1, ref nodes);
                    if (keyNode is not YamlScalar key)
                        throw new RuleLoadException(file, keyNode.Position.Line, keyNode.Position.Column, "a key must be a plain value");
                    if (!seen.Add(key.Value))
                        throw new RuleLoadException(file, key.Position.Line, key.Position.Column, $"duplicate key '{key.Value}'");
                    entries.Add(new(key, ReadNode(parser, text, file, depth + 1, ref nodes)));
                }
                return new YamlMapping(pos, entries);
            }
            default:
                throw new RuleLoadException(file, pos.Line, pos.Column, $"unexpected YAML element {ev.GetType().Name}");
        }
    }

    // The non-specific tag '!' (from quoting) and the core schema's own tags are harmless; any
    // other tag (!!python/object, !System.IO.File) asks for a type, which a rule file never needs.
    private static bool IsPlainTag(NodeEvent ev) => ev.Tag.Value is "!"
        or "tag:yaml.org,2002:str" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:bool"
        or "tag:yaml.org,2002:null" or "tag:yaml.org,2002:seq" or "tag:yaml.org,2002:map";

    /// <summary>What a tab used as indentation is reported as, wherever YamlDotNet noticed it.</summary>
    internal const string TabProblem = "a tab is used for indentation; YAML indents with spaces";

    /// <summary>Where a YamlDotNet error is, and what it is in plain words.</summary>
    internal static (Mark At, string Problem) Describe(YamlException e, Scanner scanner, string yaml)
    {
        var (at, problem) = Describe(e, scanner);
        // A tab in a line's indentation before the error is nearly always its cause, whatever the scanner made of it
        // ("\tpack: conduct" on the first line fails only on the next).
        return problem != TabProblem && IndentingTab(yaml, (int)at.Line) is { } tab ? (tab, TabProblem) : (at, problem);
    }

    // The first tab in the indentation of a line up to lastLine (1-based) that has content after it.
    private static Mark? IndentingTab(string yaml, int lastLine)
    {
        var line = 1;
        for (var start = 0; start < yaml.Length && line <= lastLine; line++)
        {
            var end = yaml.IndexOf('\n', start);
            if (end < 0) end = yaml.Length;
            var i = start;
            while (i < end && yaml[i] is ' ' or '\t')
            {
                if (yaml[i] == '\t' && yaml.AsSpan(i, end - i).Trim().Length > 0) return new Mark(i, line, i - start + 1);
                i++;
            }
            start = end + 1;
        }
        return null;
    }

    private static (Mark At, string Problem) Describe(YamlException e, Scanner scanner)
    {
        // A tab indenting the line after a plain scalar ends that scalar's scan: the error starts at the scalar, on the
        // line before, and ends where the scanner stood, the tab itself.
        if (e.Message.Contains("found a tab character that violate indentation", StringComparison.Ordinal) && !e.End.Equals(Mark.Empty))
            return (e.End, TabProblem);
        // Some scanner errors ("found invalid tab as indentation") carry no position, only Mark.Empty (1:1):
        // the scanner stopped where the problem is.
        var at = e.Start.Equals(Mark.Empty) && e.End.Equals(Mark.Empty) ? scanner.CurrentPosition : e.Start;
        return (at, e.Message.Contains("found invalid tab as indentation", StringComparison.Ordinal) ? TabProblem : "invalid YAML: " + Plain(e.Message));
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; we print our own position.
    // A quoted scalar the scanner could not end is, in a hand-written file, nearly always a missing closing quote.
    internal static string Plain(string message)
    {
        var plain = PositionPrefix().Replace(message, "").Trim();
        return plain.Contains("quoted scalar", StringComparison.Ordinal) ? plain.TrimEnd('.') + "; is a quote left unclosed?" : plain;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
