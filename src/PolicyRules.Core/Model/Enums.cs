namespace PolicyRules;

/// <summary>How serious a violation is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; does not change the verdict.</summary>
    Info = 0,
    /// <summary>Needs a person to review the draft.</summary>
    Warning = 1,
    /// <summary>Must not be published as written.</summary>
    Error = 2,
}

/// <summary>The overall judgement on a draft.</summary>
public enum Verdict
{
    /// <summary>Nothing above info level was found.</summary>
    Pass,
    /// <summary>At least one warning: a person should look before publishing.</summary>
    Review,
    /// <summary>At least one error: do not publish as written.</summary>
    Block,
}

/// <summary>Where a draft will be published.</summary>
public enum Channel
{
    /// <summary>The school's or trust's own social media account.</summary>
    Official,
    /// <summary>A personal account of the author.</summary>
    Personal,
    /// <summary>A school newsletter.</summary>
    Newsletter,
    /// <summary>A direct or group message.</summary>
    Message,
}

/// <summary>Who wrote the draft.</summary>
public enum AuthorRole
{
    /// <summary>A member of school staff.</summary>
    Staff,
    /// <summary>A governor or trustee.</summary>
    Governor,
    /// <summary>A volunteer.</summary>
    Volunteer,
    /// <summary>A parent or carer.</summary>
    Parent,
    /// <summary>A pupil.</summary>
    Pupil,
}

/// <summary>The wire names of the enums, as used in YAML, JSON Lines and the CLI.</summary>
public static class WireNames
{
    /// <summary>The five rule categories (a contract: see docs/DESIGN.md).</summary>
    public static readonly IReadOnlyList<string> Categories =
        ["confidentiality", "pupil-identification", "defamation", "disclaimers", "conduct"];

    /// <summary>Lower-case wire name of a severity.</summary>
    public static string Of(Severity s) => s switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        _ => "error",
    };

    /// <summary>Lower-case wire name of a verdict.</summary>
    public static string Of(Verdict v) => v switch
    {
        Verdict.Pass => "pass",
        Verdict.Review => "review",
        _ => "block",
    };

    /// <summary>Lower-case wire name of a channel.</summary>
    public static string Of(Channel c) => c.ToString().ToLowerInvariant();

    /// <summary>Lower-case wire name of an author role.</summary>
    public static string Of(AuthorRole r) => r.ToString().ToLowerInvariant();

    /// <summary>Parses a wire name (case-insensitive) of an enum; false when it is not one.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null
            && !text.Any(char.IsDigit)
            && Enum.TryParse(text, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }

    /// <summary>The wire names of every value of an enum, for error messages.</summary>
    public static string List<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
}
