namespace PolicyRules.Cli;

/// <summary>The policyrules command line.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) => 2;
}
