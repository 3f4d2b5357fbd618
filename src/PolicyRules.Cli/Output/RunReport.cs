using Humanizer;
using PolicyRules.Cli.Inputs;
using PolicyRules.Cli.Suppressions;

namespace PolicyRules.Cli.Output;

/// <summary>A finding with its span in the original file and its 1-based line and column (end exclusive).</summary>
internal sealed record Finding(Violation Violation, int Line, int Column, int EndLine, int EndColumn)
{
    public static Finding At(SourceDocument doc, Violation v)
    {
        var (line, column) = doc.Lines.Position(v.Start);
        var (endLine, endColumn) = v.Length == 0 ? (line, column) : doc.Lines.Position(v.End);
        // A span ending at a line break ends at the end of its line, not at column 1 of the next.
        if (endLine > line && endColumn == 1)
        {
            endLine--;
            endColumn = doc.Lines.Line(endLine).Length + 1;
        }
        return new Finding(v, line, column, endLine, endColumn);
    }

    /// <summary>The finding's span in the document's checkable text, where it was found; null when not known.</summary>
    public (int Start, int Length)? Checked { get; init; }
}

/// <summary>What one file produced.</summary>
internal sealed record FileResult(SourceDocument Document, IReadOnlyList<Finding> Findings, IReadOnlyList<(Suppression Suppression, Finding Finding)> Suppressed)
{
    public Verdict Verdict => new CheckResult(Findings.Select(f => f.Violation).ToList()).Verdict;
}

/// <summary>Everything a run produced, for any output format.</summary>
internal sealed class RunReport(PolicyEngine engine, IReadOnlyList<FileResult> files, Severity threshold, int unreadable = 0, int unreadableFolders = 0)
{
    public PolicyEngine Engine { get; } = engine;
    /// <summary>The files that were read and checked.</summary>
    public IReadOnlyList<FileResult> Files { get; } = files;
    public Severity Threshold { get; } = threshold;
    /// <summary>Files that could not be checked and folders that could not be read (each already reported on standard
    /// error): the run exits 2.</summary>
    public int Unreadable { get; } = unreadable + unreadableFolders;
    /// <summary>Of <see cref="Unreadable"/>, the folders.</summary>
    public int UnreadableFolders { get; } = unreadableFolders;

    public int Count(Severity s) => Files.Sum(f => f.Findings.Count(x => x.Violation.Severity == s));

    public int Failing => Files.Sum(f => f.Findings.Count(x => x.Violation.Severity >= Threshold));

    public int FilesWithFindings => Files.Count(f => f.Findings.Count > 0);

    /// <summary>"1 error, 3 warnings in 2 files", "No violations in 4 files", or "1 file could not be checked".</summary>
    public string Summary => SummaryOf(Count(Severity.Error), Count(Severity.Warning), Count(Severity.Info), FilesWithFindings, Files.Count, Unreadable - UnreadableFolders, UnreadableFolders);

    /// <summary>The summary line. It never reads as a clean run when a file could not be checked.</summary>
    public static string SummaryOf(int errors, int warnings, int infos, int filesWithFindings, int files, int unreadable = 0, int unreadableFolders = 0)
    {
        var failed = (unreadable, unreadableFolders) switch
        {
            (0, 0) => null,
            (_, 0) => $"{"file".ToQuantity(unreadable)} could not be checked",
            (0, _) => $"{"folder".ToQuantity(unreadableFolders)} could not be read",
            _ => $"{"file".ToQuantity(unreadable)} could not be checked and {"folder".ToQuantity(unreadableFolders)} could not be read",
        };
        if (errors + warnings + infos == 0)
        {
            if (files == 0) return failed is null ? "No files to check." : $"{failed}.";
            var clean = failed is null ? $"No violations in {"file".ToQuantity(files)}" : $"No violations in the {"file".ToQuantity(files)} checked";
            return failed is null ? $"{clean}." : $"{clean}; {failed}.";
        }
        var parts = new List<string>();
        if (errors > 0) parts.Add("error".ToQuantity(errors));
        if (warnings > 0) parts.Add("warning".ToQuantity(warnings));
        if (infos > 0) parts.Add($"{infos} info");
        var found = $"{string.Join(", ", parts)} in {"file".ToQuantity(filesWithFindings)}";
        return failed is null ? $"{found}." : $"{found}; {failed}.";
    }

    /// <summary>One line per suppression that silenced something, for the summary.</summary>
    public IEnumerable<string> SuppressionLines()
    {
        foreach (var file in Files)
            foreach (var group in file.Suppressed.GroupBy(s => s.Suppression))
            {
                var s = group.Key;
                var (line, _) = file.Document.Lines.Position(s.Start);
                var rules = string.Join(", ", group.Select(g => g.Finding.Violation.Rule).Distinct());
                yield return $"{file.Document.DisplayPath}:{line}: {rules} suppressed ({"finding".ToQuantity(group.Count())}); reason: {s.Reason ?? "none given"}";
            }
    }

    public int SuppressedCount => Files.Sum(f => f.Suppressed.Count);
}
