using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PolicyRules.Cli.Inputs;

/// <summary>A 1-based line and column in a file.</summary>
internal readonly record struct FilePosition(int Line, int Column);

/// <summary>
/// What a Markdown file's front matter says about its context: <c>channel</c> and <c>author</c>, with where each
/// value is written, or the first problem that stops it being read. A problem is reported before the file is
/// checked, because a typo ('chanel: personal') would otherwise check a personal post as a newsletter.
/// </summary>
internal sealed record FrontMatter(string? Channel, FilePosition ChannelAt, string? Author, FilePosition AuthorAt)
{
    /// <summary>The keys that set the context.</summary>
    public static readonly string[] ContextKeys = ["channel", "author"];

    // Keys within two edits of a context key that blogs use for something else: Hugo's list of a post's writers.
    private static readonly HashSet<string> BlogKeys = new(["authors"], StringComparer.Ordinal);

    /// <summary>The first problem (YAML that does not parse, a misspelt context key, a list for a value), or null.</summary>
    public string? Problem { get; init; }
    public FilePosition ProblemAt { get; init; }

    /// <summary>
    /// Reads the YAML between the fences. Keys other than <c>channel</c> and <c>author</c> belong to the blog (title,
    /// date, tags, layout...) and are allowed, except a near miss of a context key, which is taken for a typo.
    /// </summary>
    public static FrontMatter Read(string text, YamlFrontMatterBlock block)
    {
        // The YAML lies between the opening fence's line and the closing fence's line.
        var end = Math.Min(text.Length, block.Span.End + 1);
        var firstLineEnd = text.IndexOf('\n', block.Span.Start);
        var yamlStart = firstLineEnd < 0 || firstLineEnd >= end ? end : firstLineEnd + 1;
        var closing = text.LastIndexOf('\n', Math.Max(yamlStart, end - 1), Math.Max(0, end - yamlStart));
        var yamlEnd = closing < yamlStart ? yamlStart : closing + 1;
        var lineOffset = text.AsSpan(0, yamlStart).Count('\n');

        var result = new FrontMatter(null, default, null, default);
        var scanner = new Scanner(new StringReader(text[yamlStart..yamlEnd]));
        var parser = new Parser(scanner);
        FilePosition At(Mark m) => new((int)m.Line + lineOffset, (int)m.Column);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return result; // empty front matter
            parser.Consume<DocumentStart>();
            if (!parser.TryConsume<MappingStart>(out _))
            {
                if (parser.Current is Scalar { Value: "" }) return result; // only comments
                return result with { Problem = "expected keys and values, such as 'channel: personal'", ProblemAt = At(parser.Current!.Start) };
            }
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.TryConsume<Scalar>(out var key))
                {
                    parser.SkipThisAndNestedEvents(); // a complex key: not one of ours
                    parser.SkipThisAndNestedEvents();
                    continue;
                }
                if (ContextKeys.Contains(key.Value))
                {
                    if (parser.Current is not Scalar value)
                    {
                        // Jekyll's `author:` with a name and an e-mail under it is the blog's, not a role.
                        if (key.Value == "author" && parser.Current is MappingStart) { parser.SkipThisAndNestedEvents(); continue; }
                        return result with { Problem = $"'{key.Value}' must be a single value", ProblemAt = At(parser.Current!.Start) };
                    }
                    result = key.Value == "channel"
                        ? result with { Channel = value.Value, ChannelAt = At(value.Start) }
                        : result with { Author = value.Value, AuthorAt = At(value.Start) };
                }
                else if (Typo(key.Value) is { } meant)
                    return result with { Problem = $"unknown key '{key.Value}'; did you mean '{meant}'?", ProblemAt = At(key.Start) };
                parser.SkipThisAndNestedEvents();
            }
            while (parser.MoveNext()) { } // the rest must parse too
            return result;
        }
        catch (YamlException e)
        {
            var (mark, problem) = Loading.YamlTree.Describe(e, scanner, text[yamlStart..yamlEnd]);
            return result with { Problem = problem, ProblemAt = At(mark) };
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some malformed input (see YamlTree): still bad YAML, not a crash.
            return result with { Problem = "invalid YAML", ProblemAt = At(scanner.CurrentPosition) };
        }
    }

    /// <summary>The context key <paramref name="key"/> is a near miss of (case aside, or one edit), or null.</summary>
    private static string? Typo(string key)
    {
        if (BlogKeys.Contains(key)) return null;
        var lower = key.ToLowerInvariant();
        // One edit: "chanel", "auther", "channels"; two would take "anchor" for "author".
        return ContextKeys.FirstOrDefault(k => Loading.YamlReader.Distance(k, lower) <= 1);
    }
}
