using System.CommandLine;
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
        var errors = 0;
        if (path is null)
        {
            packs.AddRange(BundledRules.Packs);
            policies.AddRange(BundledRules.Policies);
        }
        else
        {
            foreach (var file in YamlFiles(path))
            {
                try
                {
                    var text = File.ReadAllText(file);
                    if (IsPolicy(text)) policies.Add(RuleFiles.LoadPolicy(text, file));
                    else packs.Add(RuleFiles.LoadPack(text, file));
                }
                catch (RuleLoadException e)
                {
                    io.Error.WriteLine($"error: {e.Message}");
                    errors++;
                }
            }
        }
        if (errors > 0) return CliApp.UsageError;

        // A policy alone is checked against the bundled packs; packs alone need no policy.
        var builder = new PolicyEngineBuilder().UseBundledRecognizers();
        foreach (var p in packs.Count > 0 ? packs : BundledRules.Packs) builder.AddPack(p);
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
        var failures = engine.VerifyExamples().Where(f => packs.Count == 0 || packs.Any(p => p.Examples.ContainsKey(f.Rule))).ToList();
        foreach (var f in failures) io.Out.WriteLine($"example failed: {f}");
        var examples = packs.Sum(p => p.Examples.Values.Sum(e => e.Count));
        io.Out.WriteLine($"{packs.Count} packs ({packs.Sum(p => p.Rules.Count)} rules), {policies.Count} policies ({policies.Sum(p => p.Clauses.Count)} clauses): " +
            (failures.Count == 0 ? $"valid; all {examples} examples pass." : $"{failures.Count} of {examples} examples fail."));
        return failures.Count == 0 ? CliApp.Clean : CliApp.Findings;
    }

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
