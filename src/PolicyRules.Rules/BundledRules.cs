using System.Reflection;
using PolicyRules.Classification;
using PolicyRules.Recognition;
using PolicyRules.Recognizers;

namespace PolicyRules;

/// <summary>
/// The rule packs, policies and recognizers that ship with PolicyRules, embedded in this assembly
/// so the package works with no files on disk.
/// </summary>
public static class BundledRules
{
    private static readonly Lazy<IReadOnlyList<RulePack>> LazyPacks = new(() => Load("PolicyRules.packs.", RuleFiles.LoadPack));
    private static readonly Lazy<IReadOnlyList<PolicyDocument>> LazyPolicies = new(() => Load("PolicyRules.policies.", RuleFiles.LoadPolicy));
    private static readonly Lazy<LinearClassifier> LazyClassifier = new(LoadDefaultClassifier);
    private static readonly Lazy<PolicyEngine> LazyEngine = new(() => new PolicyEngineBuilder().UseBundledRules().Build());

    /// <summary>The bundled rule packs, one per category.</summary>
    public static IReadOnlyList<RulePack> Packs => LazyPacks.Value;

    /// <summary>The bundled school policies.</summary>
    public static IReadOnlyList<PolicyDocument> Policies => LazyPolicies.Value;

    /// <summary>The bundled recognizers for UK personal data.</summary>
    public static IReadOnlyList<IRecognizer> Recognizers => RecognizerCatalog.All;

    /// <summary>An engine with every bundled pack, policy and recognizer, built once and shared.</summary>
    public static PolicyEngine Engine => LazyEngine.Value;

    /// <summary>
    /// The bundled text classifier (rules/models/default.prmodel): a hashed-feature linear model
    /// trained on data/classifier/train.jsonl. Loaded once, on first use; shared and thread-safe.
    /// </summary>
    /// <exception cref="RuleLoadException">The embedded model is damaged (a broken build).</exception>
    public static LinearClassifier DefaultClassifier => LazyClassifier.Value;

    /// <summary>The categories the bundled classifier reports. Not pupil-identification: whether a name may be
    /// used depends on the roster's consents and the channel, which the model does not see.</summary>
    public static IReadOnlyList<string> DefaultClassifierCategories { get; } = ["confidentiality", "defamation", "disclaimers", "conduct"];

    /// <summary>Runs the bundled classifier after the rules (see <see cref="DefaultClassifier"/>), for
    /// <see cref="DefaultClassifierCategories"/>.</summary>
    public static PolicyEngineBuilder UseDefaultClassifier(this PolicyEngineBuilder builder) =>
        builder.UseClassifier(DefaultClassifier, DefaultClassifierCategories);

    /// <summary>Adds the bundled recognizers, packs and policies to the builder.</summary>
    public static PolicyEngineBuilder UseBundledRules(this PolicyEngineBuilder builder)
    {
        builder.UseBundledRecognizers();
        foreach (var pack in Packs) builder.AddPack(pack);
        foreach (var policy in Policies) builder.AddPolicy(policy);
        return builder;
    }

    /// <summary>Adds only the bundled recognizers (for a school that writes its own packs).</summary>
    public static PolicyEngineBuilder UseBundledRecognizers(this PolicyEngineBuilder builder)
    {
        foreach (var r in Recognizers) builder.AddRecognizer(r);
        return builder;
    }

    private static LinearClassifier LoadDefaultClassifier()
    {
        const string name = "PolicyRules.models.default.prmodel";
        using var stream = typeof(BundledRules).Assembly.GetManifestResourceStream(name)
            ?? throw new RuleLoadException(name, 0, 0, "the bundled model is missing from the assembly");
        return LinearClassifier.Load(stream, name, FeatureSettings.Default);
    }

    private static IReadOnlyList<T> Load<T>(string prefix, Func<string, string, T> load)
    {
        var assembly = typeof(BundledRules).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return load(reader.ReadToEnd(), n[prefix.Length..]);
            })
            .ToList();
    }
}
