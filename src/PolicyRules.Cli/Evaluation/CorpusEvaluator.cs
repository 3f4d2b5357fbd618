using System.Globalization;
using System.Text;
using System.Text.Json;
using Humanizer;
using PolicyRules.Cli.Batch;
using PolicyRules.Classification;

namespace PolicyRules.Cli.Evaluation;

/// <summary>One labelled draft: a batch line plus the categories it must raise.</summary>
internal sealed record LabelledDraft(string Id, string Text, PostContext Context, IReadOnlySet<string> Expected, string? Note);

/// <summary>How one draft fared.</summary>
internal sealed record DraftOutcome(LabelledDraft Draft, IReadOnlySet<string> Raised, CheckResult Result)
{
    public IEnumerable<string> Missed => Draft.Expected.Except(Raised);
    public IEnumerable<string> Unexpected => Raised.Except(Draft.Expected);
    public bool Correct => !Missed.Any() && !Unexpected.Any();
}

/// <summary>Per-category precision and recall, and the false-alarm rate on clean drafts.</summary>
internal sealed record EvaluationReport(IReadOnlyList<DraftOutcome> Outcomes)
{
    public (int TruePositives, int FalsePositives, int FalseNegatives) Counts(string category)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var o in Outcomes)
        {
            var expected = o.Draft.Expected.Contains(category);
            var raised = o.Raised.Contains(category);
            if (expected && raised) tp++;
            else if (raised) fp++;
            else if (expected) fn++;
        }
        return (tp, fp, fn);
    }

    /// <summary>TP / (TP + FP); null when nothing was raised in the category, so there is nothing to measure.</summary>
    public double? Precision(string category)
    {
        var (tp, fp, _) = Counts(category);
        return tp + fp == 0 ? null : (double)tp / (tp + fp);
    }

    /// <summary>TP / (TP + FN); null when no draft is labelled with the category.</summary>
    public double? Recall(string category)
    {
        var (tp, _, fn) = Counts(category);
        return tp + fn == 0 ? null : (double)tp / (tp + fn);
    }

    public int CleanDrafts => Outcomes.Count(o => o.Draft.Expected.Count == 0);
    public int CleanFlagged => Outcomes.Count(o => o.Draft.Expected.Count == 0 && o.Result.Violations.Count > 0);
    public double? CleanFalseAlarmRate => CleanDrafts == 0 ? null : (double)CleanFlagged / CleanDrafts;

    /// <summary>A ratio as the table shows it: "n/a" where there is nothing to measure.</summary>
    public static string Shown(double? ratio, string format) => ratio?.ToString(format, CultureInfo.InvariantCulture) ?? "n/a";

    /// <summary>A Markdown table, as shown in the README.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| category | drafts | precision | recall | TP | FP | FN |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var c in WireNames.Categories)
        {
            var (tp, fp, fn) = Counts(c);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {c} | {tp + fn} | {Shown(Precision(c), "0.000")} | {Shown(Recall(c), "0.000")} | {tp} | {fp} | {fn} |");
        }
        sb.AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"{"draft".ToQuantity(Outcomes.Count)}; clean drafts with any finding: {CleanFlagged} of {CleanDrafts} ({Shown(CleanFalseAlarmRate, "0.0%")}).");
        return sb.ToString();
    }
}

/// <summary>Reads a labelled corpus (JSON Lines: the batch fields plus <c>expect</c> or <c>labels</c>) and checks every draft.</summary>
internal static class CorpusEvaluator
{
    public static IReadOnlyList<LabelledDraft> Load(string path)
    {
        var drafts = new List<LabelledDraft>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var input = BatchInput.Parse(line);
            if (input.Error is not null) throw new UsageException($"{path}:{lineNumber}: {input.Error}");
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var expected = CorpusLabels.Read(root, WireNames.Categories, out var labelError)?.ToHashSet(StringComparer.Ordinal)
                ?? throw new UsageException($"{path}:{lineNumber}: {labelError}");
            var note = root.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            drafts.Add(new LabelledDraft(input.Id!, input.Text!, input.Context!, expected, note));
        }
        if (drafts.Count == 0) throw new UsageException($"{path}: the corpus holds no drafts (the file is empty or blank)");
        return drafts;
    }

    public static EvaluationReport Evaluate(PolicyEngine engine, IReadOnlyList<LabelledDraft> drafts)
    {
        var outcomes = new DraftOutcome[drafts.Count];
        Parallel.For(0, drafts.Count, i =>
        {
            var result = engine.Check(drafts[i].Text, drafts[i].Context);
            outcomes[i] = new DraftOutcome(drafts[i], result.Categories.ToHashSet(StringComparer.Ordinal), result);
        });
        return new EvaluationReport(outcomes);
    }
}
