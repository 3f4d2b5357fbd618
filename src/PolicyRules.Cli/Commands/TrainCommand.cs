using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using PolicyRules.Classification;

namespace PolicyRules.Cli.Commands;

/// <summary>
/// <c>policyrules train --data CORPUS.jsonl --out MODEL [--folds 5] [--seed 1]</c>: trains the
/// linear classifier, prints k-fold cross-validated precision and recall per category, and writes
/// the model. The same corpus and options always give a byte-identical model.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(ConsoleIO io) => Create(io.Out, io.Error);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var defaults = new TrainerOptions();
        var data = new Option<string>("--data") { Description = "The labelled corpus, JSON Lines: {\"id\", \"text\", \"channel\", \"author\", \"labels\" (or \"expect\"): [categories]}.", Required = true };
        var outPath = new Option<string>("--out") { Description = "Where to write the model (conventionally *.prmodel).", Required = true };
        var folds = new Option<int>("--folds") { Description = "Folds of cross-validation (also used to choose thresholds).", DefaultValueFactory = _ => defaults.Folds };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffle that assigns examples to folds.", DefaultValueFactory = _ => defaults.Seed };
        var precision = new Option<double>("--target-precision") { Description = "Per category, the lowest threshold whose held-out precision reaches this is kept.", DefaultValueFactory = _ => defaults.TargetPrecision };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty on the weights.", DefaultValueFactory = _ => defaults.L2 };
        var bits = new Option<int>("--hash-bits") { Description = $"The feature space has 2^N buckets ({FeatureSettings.MinHashBits}..{FeatureSettings.MaxHashBits}).", DefaultValueFactory = _ => FeatureSettings.Default.HashBits };
        var command = new Command("train", "Train the optional text classifier on a labelled corpus and report k-fold cross-validated precision and recall per category.")
        {
            data, outPath, folds, seed, precision, l2, bits,
        };
        command.SetAction(parse =>
        {
            var options = new TrainerOptions
            {
                Folds = parse.GetValue(folds),
                Seed = parse.GetValue(seed),
                TargetPrecision = parse.GetValue(precision),
                L2 = parse.GetValue(l2),
                Features = FeatureSettings.Default with { HashBits = parse.GetValue(bits) },
            };
            return Run(parse.GetValue(data)!, parse.GetValue(outPath)!, options, output, error);
        });
        return command;
    }

    /// <summary>Trains, reports and writes; 0 on success, 2 on a usage or load error.</summary>
    public static int Run(string dataPath, string outPath, TrainerOptions options, TextWriter output, TextWriter error)
    {
        if (options.Features.Problem() is { } problem)
        {
            error.WriteLine($"error: {problem}");
            return 2;
        }
        IReadOnlyList<TrainingExample> examples;
        try
        {
            examples = TrainingCorpus.Load(dataPath, options.Categories);
        }
        catch (RuleLoadException e)
        {
            error.WriteLine($"error: {e.Message}");
            return 2;
        }
        if (examples.Count == 0)
        {
            error.WriteLine($"error: {dataPath}: the corpus holds no drafts (the file is empty or blank)");
            return 2;
        }
        TrainingReport report;
        try
        {
            report = ClassifierTrainer.Train(examples, options);
        }
        catch (ArgumentException e)
        {
            // The problem in plain words, without .NET's " (Parameter 'examples')".
            error.WriteLine($"error: {(e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal))}");
            return 2;
        }
        var bytes = report.Model.ToBytes();
        try
        {
            File.WriteAllBytes(outPath, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write {outPath}: {e.Message}");
            return 2;
        }
        Write(output, report, options, examples.Count(e => e.Labels.Count == 0));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {outPath}: {bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}"));
        return 0;
    }

    /// <summary>The cross-validation table.</summary>
    public static void Write(TextWriter output, TrainingReport report, TrainerOptions options, int cleanExamples)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{report.Examples} examples; features: {options.Features}"));
        output.WriteLine(string.Create(inv, $"{options.Folds}-fold cross-validation (seed {options.Seed}), thresholds for precision {options.TargetPrecision:0.00} chosen on the other folds:"));
        output.WriteLine();
        output.WriteLine($"{"category",-22} {"drafts",6} {"precision",9} {"recall",6} {"TP",5} {"FP",5} {"FN",5} {"threshold",9}");
        foreach (var c in report.Categories)
        {
            var threshold = double.IsPositiveInfinity(c.Threshold) ? "never" : c.Threshold.ToString("0.000", inv);
            // "n/a" where there is nothing to measure: no held-out draft flagged (precision), none labelled (recall).
            var precision = c.TruePositives + c.FalsePositives == 0 ? "n/a" : c.Precision.ToString("0.000", inv);
            var recall = c.TruePositives + c.FalseNegatives == 0 ? "n/a" : c.Recall.ToString("0.000", inv);
            output.WriteLine(string.Create(inv, $"{c.Category,-22} {c.Positives,6} {precision,9} {recall,6} {c.TruePositives,5} {c.FalsePositives,5} {c.FalseNegatives,5} {threshold,9}"));
        }
        output.WriteLine();
        output.WriteLine(cleanExamples == 0
            ? "clean drafts flagged in any category (held out): n/a (the corpus has no clean drafts)"
            : string.Create(inv, $"clean drafts flagged in any category (held out): {report.CleanFalseAlarmRate:P1}"));
    }
}
