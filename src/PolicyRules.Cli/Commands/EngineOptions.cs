using System.CommandLine;
using PolicyRules.Classification;

namespace PolicyRules.Cli.Commands;

/// <summary>Options every command that builds an engine shares: which policies, extra packs and policy files.</summary>
internal sealed class EngineOptions
{
    public Option<string[]> Policy { get; } = new("--policy")
    {
        Description = "Cite only this policy (repeatable). Default: every bundled policy.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Pack { get; } = new("--pack") { Description = "An extra rule pack YAML file (repeatable)." };

    public Option<string[]> PolicyFile { get; } = new("--policy-file") { Description = "An extra policy YAML file (repeatable)." };

    /// <summary>Hidden: build from --pack files and the bundled recognizers only (for tests and schools with their own packs).</summary>
    public Option<bool> NoBundledRules { get; } = new("--no-bundled-rules") { Description = "Use only --pack and --policy-file rules.", Hidden = true };

    public Option<string?> Classifier { get; } = new("--classifier")
    {
        Description = "Also run a text classifier after the rules, for categories no rule raised: a model file from 'policyrules train', or 'default' for the bundled model.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(NoBundledRules);
        command.Options.Add(Classifier);
        command.Options.Add(Policy);
        command.Options.Add(Pack);
        command.Options.Add(PolicyFile);
    }

    /// <summary>Builds the engine: bundled rules, plus extra files, limited to the chosen policies.</summary>
    public PolicyEngine Build(ParseResult parse, Config.CliConfig? config = null, Action<PolicyEngineBuilder>? configure = null)
    {
        var builder = new PolicyEngineBuilder();
        if (parse.GetValue(NoBundledRules)) builder.UseBundledRecognizers();
        else builder.UseBundledRules();
        foreach (var pack in (config?.Packs ?? []).Concat(parse.GetValue(Pack) ?? [])) builder.AddPackFile(RequireFile(pack));
        foreach (var policy in (config?.PolicyFiles ?? []).Concat(parse.GetValue(PolicyFile) ?? [])) builder.AddPolicyFile(RequireFile(policy));
        if (parse.GetValue(Policy) is { Length: > 0 } ids)
        {
            // Checked here, not left to Build, so the error names --policy rather than the config file.
            if (ids.FirstOrDefault(id => !builder.Policies.Any(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))) is { } unknown)
                throw new UsageException($"--policy: unknown policy '{unknown}'; loaded policies: {string.Join(", ", builder.Policies.Select(p => p.Id))}");
            builder.UsePolicies(ids);
        }
        else if (config is { Policies.Count: > 0 })
        {
            foreach (var (id, at) in config.PolicyIds)
                if (!builder.Policies.Any(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)))
                    throw new RuleLoadException(config.File ?? Config.CliConfig.FileName, at.Line, at.Column,
                        $"unknown policy '{id}'; loaded policies: {string.Join(", ", builder.Policies.Select(p => p.Id))}");
            builder.UsePolicies(config.Policies);
        }
        foreach (var (rule, severity) in config?.Severity ?? new Dictionary<string, Severity>()) builder.OverrideSeverity(rule, severity);
        foreach (var rule in config?.Disable ?? []) builder.DisableRule(rule);
        if (parse.GetValue(Classifier) is { } model)
            if (model == "default") builder.UseDefaultClassifier();
            else builder.UseClassifier(LinearClassifier.Load(RequireFile(model)));
        configure?.Invoke(builder);
        if (config is { RuleIds.Count: > 0, File: { } configFile })
        {
            // Checked here, not left to Build, so the error names the config's line rather than just the file.
            var known = builder.Packs.SelectMany(p => p.Rules).Select(r => r.Id)
                .Concat(WireNames.Categories.Select(PolicyEngine.ClassifierRuleId)).ToHashSet(StringComparer.Ordinal);
            foreach (var (id, at) in config.RuleIds)
                if (!known.Contains(id))
                    throw new RuleLoadException(configFile, at.Line, at.Column,
                        $"unknown rule id '{id}'{(Loading.YamlReader.Closest(known, id) is { } closest ? $"; did you mean '{closest}'?" : "")}");
        }
        try
        {
            return builder.Build();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(config?.File is { } file ? $"{file}: {e.Message}" : e.Message);
        }
    }

    public static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new UsageException($"no such file: {path}");
}
