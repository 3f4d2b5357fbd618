using System.CommandLine;
using Humanizer;
using PolicyRules.Loading;
using PolicyRules.Testing;

namespace PolicyRules.Cli.Commands;

/// <summary><c>policyrules validate [PATH]</c>: load packs and policies strictly and run every rule's examples.</summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleIO io)
    {
        var path = new Argument<string?>("path") { Description = "A pack or policy YAML file, or a folder of them. Default: the bundled rules.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Lint rule packs and policy files, and run each rule's examples.") { path };
        command.SetAction(parse => Run(io, parse.GetValue(path)));
        return command;
    }

    private static int Run(ConsoleIO io, string? path)
    {
        var packs = new List<RulePack>();
        var policies = new List<PolicyDocument>();
        var policyFiles = new Dictionary<PolicyDocument, (string File, int Line)>();
        var errors = 0;
        if (path is null)
        {
            packs.AddRange(BundledRules.Packs);
            policies.AddRange(BundledRules.Policies);
        }
        else
        {
            var files = YamlFiles(path).ToList();
            if (files.Count == 0) throw new UsageException($"no pack or policy files (*.yaml, *.yml) in {path}");
            foreach (var file in files)
            {
                try
                {
                    var text = RuleFiles.ReadFile(file);
                    if (IsPolicy(text))
                    {
                        var policy = RuleFiles.LoadPolicy(text, file);
                        policies.Add(policy);
                        policyFiles[policy] = (file, text.AsSpan(0, text.IndexOf("policy:", StringComparison.Ordinal)).Count('\n') + 1);
                    }
                    else packs.Add(RuleFiles.LoadPack(text, file));
                }
                catch (RuleLoadException e)
                {
                    io.Error.WriteLine($"error: {e.Message}");
                    errors++;
                }
            }
        }
        // 'check --pack' and '--policy-file' add to the bundled rules, where rule and policy ids must be unique: say so
        // now rather than there. A file holding every rule (or clause) of the bundled pack (or policy) of its name is
        // that pack or an edited copy of it, which replaces the bundled one here rather than clashing with it.
        var copies = packs.Where(IsBundledCopy).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var bundledOwner = BundledRules.Packs.Where(p => !copies.Contains(p.Name))
            .SelectMany(p => p.Rules.Select(r => (Rule: r, Pack: p))).ToDictionary(x => x.Rule.Id, StringComparer.Ordinal);
        foreach (var pack in packs.Where(p => !IsBundledCopy(p)))
            foreach (var rule in pack.Rules)
                if (bundledOwner.TryGetValue(rule.Id, out var owner))
                {
                    io.Error.WriteLine($"error: {rule.Source}:{rule.Line}:{rule.Column}: rule id '{rule.Id}' is already a bundled rule ({owner.Rule.Source}:{owner.Rule.Line}); 'check --pack' would refuse this pack, so rename the rule");
                    errors++;
                }
        var policyCopies = policies.Where(IsBundledCopy).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var policy in policies.Where(p => !policyCopies.Contains(p.Id)))
            if (BundledRules.Policies.Any(b => b.Id == policy.Id))
            {
                var (file, line) = policyFiles[policy];
                io.Error.WriteLine($"error: {file}:{line}:1: policy id '{policy.Id}' is already a bundled policy; '--policy-file' would refuse it, so rename the policy");
                errors++;
            }
        if (errors > 0) return CliApp.UsageError;

        // As 'check' sees them: the bundled packs (but those given in edited copies) and the packs given; the
        // policies given, else none.
        var builder = new PolicyEngineBuilder().UseBundledRecognizers();
        foreach (var p in BundledRules.Packs.Where(p => !copies.Contains(p.Name))) builder.AddPack(p);
        foreach (var p in packs) builder.AddPack(p);
        foreach (var p in policies) builder.AddPolicy(p);
        PolicyEngine engine;
        try
        {
            engine = builder.Build();
        }
        catch (RuleLoadException e)
        {
            io.Error.WriteLine($"error: {e.Message}");
            return CliApp.UsageError;
        }
        // The examples run are those of the packs given, or (for policies alone) of the bundled packs they are checked against.
        var examplePacks = packs.Count > 0 ? packs : engine.Packs;
        foreach (var dead in examplePacks.SelectMany(p => p.Rules).SelectMany(DeadPhrase.Of))
        {
            var (line, column) = dead.At.Line > 0 ? (dead.At.Line, dead.At.Column) : (dead.Rule.Line, dead.Rule.Column);
            io.Error.WriteLine($"warning: {dead.Rule.Source}:{line}:{column}: {dead}");
        }
        var failures = engine.VerifyExamples().Where(f => examplePacks.Any(p => p.Examples.ContainsKey(f.Rule))).ToList();
        foreach (var f in failures) io.Out.WriteLine($"example failed: {f}");
        var examples = examplePacks.Sum(p => p.Examples.Values.Sum(e => e.Count));
        io.Out.WriteLine($"{Loaded(packs, policies)}: {Outcome(failures.Count, examples)}");
        return failures.Count == 0 ? CliApp.Clean : CliApp.Findings;
    }

    /// <summary>"1 pack (1 rule)", "5 packs (33 rules), 5 policies (140 clauses)", or "1 policy (3 clauses), with the 5 bundled packs (33 rules)".</summary>
    internal static string Loaded(IReadOnlyList<RulePack> packs, IReadOnlyList<PolicyDocument> policies)
    {
        static string Rules(IReadOnlyList<RulePack> p) => "rule".ToQuantity(p.Sum(x => x.Rules.Count));
        var parts = new List<string>();
        if (packs.Count > 0) parts.Add($"{"pack".ToQuantity(packs.Count)} ({Rules(packs)})");
        if (policies.Count > 0) parts.Add($"{"policy".ToQuantity(policies.Count)} ({"clause".ToQuantity(policies.Sum(p => p.Clauses.Count))})");
        var bundled = BundledRules.Packs;
        if (packs.Count == 0) parts.Add($"with the {bundled.Count} bundled {"pack".ToQuantity(bundled.Count, ShowQuantityAs.None)} ({Rules(bundled)})");
        return string.Join(", ", parts);
    }

    /// <summary>"valid; all 12 examples pass", "valid; no examples to run", "1 of 12 examples fails".</summary>
    internal static string Outcome(int failures, int examples) =>
        failures > 0 ? $"{failures} of {"example".ToQuantity(examples)} {(failures == 1 ? "fails" : "fail")}."
        : examples == 0 ? "valid; no examples to run."
        : examples == 1 ? "valid; the 1 example passes."
        : $"valid; all {examples} examples pass.";

    private static bool IsBundledCopy(RulePack pack) =>
        BundledRules.Packs.FirstOrDefault(b => b.Name == pack.Name) is { } bundled
        && bundled.Rules.All(r => pack.Rules.Any(q => q.Id == r.Id));

    private static bool IsBundledCopy(PolicyDocument policy) =>
        BundledRules.Policies.FirstOrDefault(b => b.Id == policy.Id) is { } bundled
        && bundled.Clauses.All(c => policy.Clauses.Any(q => q.Id == c.Id));

    private static bool IsPolicy(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("---")) is { } first
        && first.StartsWith("policy:", StringComparison.Ordinal);

    private static IEnumerable<string> YamlFiles(string path)
    {
        if (File.Exists(path)) return [path];
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
        throw new UsageException($"no such file or folder: {path}");
    }
}
