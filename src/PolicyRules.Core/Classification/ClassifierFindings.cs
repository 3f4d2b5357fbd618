using PolicyRules.Detection;
using PolicyRules.Engine;

namespace PolicyRules.Classification;

/// <summary>Turns classifier scores into findings for categories no rule raised. It never removes a rule's finding.</summary>
internal static class ClassifierFindings
{
    public static void Add(CompiledRule?[] categoryRules, IDraftClassifier classifier, CheckState state, List<Finding> findings)
    {
        Span<double> scores = stackalloc double[classifier.Categories.Count];
        classifier.Score(state.Input, scores);
        for (var c = 0; c < scores.Length; c++)
        {
            var rule = categoryRules[c];
            if (rule is null || scores[c] < classifier.Thresholds[c] || !rule.Applies(state)) continue;
            var raised = false;
            foreach (var f in findings) raised |= f.Rule.Definition.Category == rule.Definition.Category;
            if (raised) continue;
            var end = state.Text.Length;
            findings.Add(new Finding
            {
                Rule = rule, Start = 0, End = end, First = 0, Last = Math.Max(0, state.Tokens.Count - 1),
                Confidence = Math.Round(scores[c], 3), Source = new Occurrence(0, 0, 0, end, scores[c], -1, null),
                Evidence = $"the classifier scored {rule.Definition.Category} at {scores[c]:0.00} (threshold {classifier.Thresholds[c]:0.00})",
            });
        }
    }
}

/// <summary>The detector behind the classifier's per-category rules; it runs through <see cref="ClassifierFindings"/>.</summary>
internal sealed class ClassifierDetector() : Detector("classifier")
{
    public override void Detect(CheckState state, CompiledRule rule, List<Finding> findings) { }
}
