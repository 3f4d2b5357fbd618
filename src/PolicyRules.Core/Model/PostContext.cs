namespace PolicyRules;

/// <summary>
/// What the text alone cannot say: where the draft goes, who wrote it, the school's names, the
/// pupil roster and its consents, the author's profile and any attachments.
/// </summary>
public sealed record PostContext
{
    /// <summary>The default context: a staff member posting on the school's official account.</summary>
    public static readonly PostContext Default = new();

    /// <summary>Where the draft will be published.</summary>
    public Channel Channel { get; init; } = Channel.Official;

    /// <summary>Who wrote it.</summary>
    public AuthorRole Author { get; init; } = AuthorRole.Staff;

    /// <summary>The school's (or trust's) own names, e.g. "Stathern Primary", "Stathern".</summary>
    public IReadOnlyList<string> SchoolNames { get; init; } = [];

    /// <summary>Names of staff, e.g. "Mrs Patel"; staff are not pupils.</summary>
    public IReadOnlyList<string> StaffNames { get; init; } = [];

    /// <summary>The school's own published phone numbers and email addresses (not personal ones).</summary>
    public IReadOnlyList<string> SchoolContacts { get; init; } = [];

    /// <summary>Email domains that belong to the school or trust, e.g. "stathern.leics.sch.uk".</summary>
    public IReadOnlyList<string> SchoolDomains { get; init; } = [];

    /// <summary>The pupil roster with consent flags, when the author has one.</summary>
    public IReadOnlyList<RosterEntry> Roster { get; init; } = [];

    /// <summary>The author's profile bio (where a "views are my own" disclaimer often lives).</summary>
    public string? Profile { get; init; }

    /// <summary>Images, videos or files attached to the draft.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
}

/// <summary>One pupil on the roster, with what their parents have consented to.</summary>
/// <param name="Name">The pupil's full name as the school records it, e.g. "Amelia Jones".</param>
/// <param name="Consent">Consent flags such as <c>full-name</c> and <c>photo</c>.</param>
public sealed record RosterEntry(string Name, IReadOnlyList<string> Consent)
{
    /// <summary>A roster entry with no consents.</summary>
    public RosterEntry(string name) : this(name, []) { }

    /// <summary>True when the flag (e.g. <c>full-name</c>) is among the consents.</summary>
    public bool HasConsent(string flag) =>
        Consent.Any(c => string.Equals(c, flag, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Something attached to the draft.</summary>
/// <param name="Kind">"image", "video" or "file".</param>
/// <param name="ShowsPupils">Whether it shows pupils.</param>
/// <param name="Consent">Whether consent for every pupil shown is on file.</param>
public sealed record Attachment(string Kind, bool ShowsPupils = false, bool Consent = false);
