using PolicyRules.Cli.Config;
using PolicyRules.Cli.Inputs;
using PolicyRules.Cli.Output;
using PolicyRules.Cli.Suppressions;

namespace PolicyRules.Cli.Checking;

/// <summary>
/// Checks one document: builds its context (front matter, then command line, then the config's path
/// globs, then the config's defaults), checks the extracted text, maps every span back to the original,
/// and applies suppression comments.
/// </summary>
internal sealed class FileChecker(PolicyEngine engine, CliConfig config, ContextDefaults cli)
{
    // The ids a suppression may name: every loaded rule (a disabled one too, whose suppression is merely unused)
    // and the classifier's per-category ids.
    private readonly HashSet<string> _ruleIds =
    [
        .. engine.Packs.SelectMany(p => p.Rules).Select(r => r.Id),
        .. engine.Rules.Select(r => r.Id),
        .. WireNames.Categories.Select(PolicyEngine.ClassifierRuleId),
    ];

    // A role ("parent") or one word within two edits of one ("parnet", "Staf"), which is a typo to report.
    private static bool IsRoleOrTypo(string value) =>
        !value.Trim().Contains(' ') && Enum.GetValues<AuthorRole>().Any(r => Loading.YamlReader.Distance(WireNames.Of(r), value.Trim().ToLowerInvariant()) <= 2);

    public PostContext ContextFor(SourceDocument doc)
    {
        var fm = doc.FrontMatter;
        string Where(FilePosition at) => $"{doc.DisplayPath}:{at.Line}:{at.Column}: front matter: ";
        if (fm?.Problem is { } problem) throw new FrontMatterException(Where(fm.ProblemAt) + problem);
        var (cfgChannel, cfgAuthor) = config.ContextFor(doc.Path);
        var channel = fm?.Channel ?? cli.Channel ?? cfgChannel ?? "newsletter";
        // A blog's own `author: Mrs Patel` names a person, not a role: only a word that is, or nearly is, a role sets it.
        var fmAuthor = fm?.Author is { } named && IsRoleOrTypo(named) ? named : null;
        var author = fmAuthor ?? cli.Author ?? cfgAuthor ?? "staff";
        if (!WireNames.TryParse<Channel>(channel, out var c))
        {
            var message = $"unknown channel '{channel}'; expected one of: {WireNames.List<Channel>()}";
            throw fm?.Channel is null ? new UsageException(message) : new FrontMatterException(Where(fm.ChannelAt) + message);
        }
        if (!WireNames.TryParse<AuthorRole>(author, out var a))
        {
            var message = $"unknown author '{author}'; expected one of: {WireNames.List<AuthorRole>()}";
            throw fmAuthor is null ? new UsageException(message) : new FrontMatterException(Where(fm!.AuthorAt) + message);
        }
        return new PostContext
        {
            Channel = c,
            Author = a,
            SchoolNames = [.. config.SchoolNames, .. cli.SchoolNames],
            StaffNames = config.StaffNames,
            SchoolContacts = config.SchoolContacts,
            SchoolDomains = config.SchoolDomains,
            Roster = config.Roster,
            Profile = cli.Profile,
        };
    }

    public FileResult Check(SourceDocument doc)
    {
        var result = engine.Check(doc.Checkable, ContextFor(doc));
        var suppressions = SuppressionSet.Find(doc);
        var findings = new List<Finding>();
        var suppressed = new List<(Suppression, Finding)>();
        var reported = new HashSet<(string Rule, int Start, int Length)>();
        foreach (var found in result.Violations)
        {
            // Context repeated around a span (a table's header cell before a cell) is not part of what is reported.
            var (at, atLength) = doc.Reportable(found.Start, found.Length);
            var v = (at, atLength) == (found.Start, found.Length) ? found : found with { Start = at, Length = atLength, Excerpt = doc.Checkable.Substring(at, atLength) };
            var (start, length) = doc.ToOriginal(v.Start, v.Length);
            // The same finding at the same place, found again in a copy of its text: once is enough.
            if (length > 0 && !reported.Add((v.Rule, start, length))) continue;
            var mapped = v with { Start = start, Length = length };
            var finding = Finding.At(doc, mapped) with { Checked = (v.Start, v.Length) };
            var by = suppressions.FirstOrDefault(s => s.Covers(mapped));
            if (by is not null)
            {
                by.Used++;
                suppressed.Add((by, finding));
            }
            else findings.Add(finding);
        }
        foreach (var s in suppressions)
        {
            if (s.Reason is null) findings.Add(Finding.At(doc, SuppressionSet.MissingReason(s, doc.Original)));
            var unknown = s.Rules.Where(id => !_ruleIds.Contains(id)).ToList();
            foreach (var id in unknown) findings.Add(Finding.At(doc, SuppressionSet.Unknown(s, doc.Original, id, _ruleIds)));
            // A misspelt id is the problem to report, not that the suppression silenced nothing.
            if (unknown.Count > 0) continue;
            if (s.Used == 0) findings.Add(Finding.At(doc, SuppressionSet.NothingSilenced(s, doc.Original)));
            else if (s.Rules.Where(id => !suppressed.Any(x => ReferenceEquals(x.Item1, s) && x.Item2.Violation.Rule == id)).ToList() is { Count: > 0 } idle)
                findings.Add(Finding.At(doc, SuppressionSet.NothingSilenced(s, doc.Original, idle)));
        }
        foreach (var v in SuppressionSet.NotReadIn(doc)) findings.Add(Finding.At(doc, v));
        findings.Sort((x, y) => x.Violation.Start != y.Violation.Start
            ? x.Violation.Start.CompareTo(y.Violation.Start)
            : string.CompareOrdinal(x.Violation.Rule, y.Violation.Rule));
        return new FileResult(doc, findings, suppressed);
    }
}

/// <summary>
/// A file's own front matter cannot be read or sets an unknown context (with the file, line and column): that file is not
/// checked, as an unreadable file is not, and the others are.
/// </summary>
internal sealed class FrontMatterException(string message) : Exception(message);

/// <summary>What the command line says about context (null when not given).</summary>
internal sealed record ContextDefaults(string? Channel, string? Author, IReadOnlyList<string> SchoolNames, string? Profile);
