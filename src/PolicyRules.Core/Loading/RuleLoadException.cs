namespace PolicyRules;

/// <summary>
/// A rule pack, policy file or model could not be loaded. The message names the file, the 1-based
/// line and column, and what is wrong, in plain words.
/// </summary>
public sealed class RuleLoadException : Exception
{
    /// <summary>Creates the exception for a problem at a position in a file.</summary>
    public RuleLoadException(string file, int line, int column, string problem)
        : base(line > 0 ? $"{file}:{line}:{column}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The file (or resource) name.</summary>
    public string File { get; }
    /// <summary>1-based line, or 0 when the problem is about the whole file.</summary>
    public int Line { get; }
    /// <summary>1-based column, or 0 when the problem is about the whole file.</summary>
    public int Column { get; }
    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }
}
