using System.CommandLine;

namespace PolicyRules.Cli.Commands;

/// <summary><c>policyrules coverage</c>: each clause with the rules enforcing it, and each rule with the clauses citing it.</summary>
internal static class CoverageCommand
{
    public static Command Create(ConsoleIO io)
    {
        var engineOptions = new EngineOptions();
        var command = new Command("coverage", "Show which rules enforce each policy clause, and which clauses cite each rule.");
        engineOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var engine = engineOptions.Build(parse);
            var w = io.Out;
            foreach (var policy in engine.Policies)
            {
                w.WriteLine($"{policy.Id}: {policy.Title}");
                foreach (var clause in policy.Clauses)
                {
                    var how = clause.Checkable ? "enforced by " + string.Join(", ", clause.EnforcedBy) : "not checkable: " + clause.Reason;
                    w.WriteLine($"  {clause.Id,-28} {how}");
                }
                var checkable = policy.Clauses.Count(c => c.Checkable);
                w.WriteLine($"  {checkable} of {policy.Clauses.Count} clauses are checked by rules.");
                w.WriteLine();
            }
            var uncited = 0;
            w.WriteLine("Rules and the clauses that cite them:");
            foreach (var rule in engine.Rules)
            {
                var citations = engine.CitationsOf(rule.Id);
                if (citations.Count == 0) uncited++;
                w.WriteLine($"  {rule.Id,-32} {(citations.Count == 0 ? "NOT CITED by any active policy" : string.Join(", ", citations.Select(c => c.Address)))}");
            }
            if (uncited == 0) return CliApp.Clean;
            io.Error.WriteLine($"{uncited} rule(s) are cited by no clause of the active policies.");
            return CliApp.Findings;
        });
        return command;
    }
}
