using PolicyRules.Cli;

namespace PolicyRules.Tests.Cli;

/// <summary>Runs the CLI in-process with captured streams.</summary>
internal static class CliRunner
{
    /// <summary>Runs with <paramref name="stdin"/> as standard input. (Not an overload of Run: Run("check", path) would bind "check" as stdin.)</summary>
    public static (int Exit, string Out, string Err) Pipe(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, new StringReader(stdin), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => Pipe("", args);

    /// <summary>The repository root (where PolicyRules.sln is).</summary>
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PolicyRules.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
