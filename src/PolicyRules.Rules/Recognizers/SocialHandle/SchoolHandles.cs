namespace PolicyRules.Recognizers.SocialHandle;

/// <summary>
/// Whether a social media handle is the school's own: one given in <see cref="PostContext.SchoolContacts"/>
/// ("@stathernpri", "instagram.com/stathernpri"), or one made from a name in <see cref="PostContext.SchoolNames"/>:
/// the whole name ("@stathernprimary", "@Stathern_Primary_School"), or its distinctive first word alone or
/// followed by an abbreviation of the rest ("@StathernPri") or a usual school suffix ("@StathernPTA", "@StathernSport").
/// Case, underscores, dots and hyphens are ignored. "@stathern_jess" is not the school's.
/// </summary>
internal static class SchoolHandles
{
    private static readonly string[] Suffixes =
    [
        "school", "sch", "primary", "prim", "pri", "academy", "acad", "college", "infants", "infant", "juniors", "junior", "jnr",
        "cofe", "ce", "ceprimary", "pta", "friends", "pe", "sport", "sports", "official", "news", "office", "head", "headteacher", "uk",
    ];

    /// <summary>
    /// Whether the handle starts the name of an institution's page ("Facebook: Friends of Brookside School (PTA)"):
    /// the rest of its line, read up to 60 characters, names a school, an academy, a trust or a PTA.
    /// </summary>
    public static bool StartsInstitutionPage(string text, int handleEnd)
    {
        var end = Math.Min(text.Length, handleEnd + 60);
        var newline = text.AsSpan(handleEnd, end - handleEnd).IndexOf('\n');
        var rest = text.AsSpan(handleEnd, newline < 0 ? end - handleEnd : newline);
        foreach (var word in InstitutionWords)
        {
            var at = rest.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(rest[at - 1])) && (at + word.Length == rest.Length || !char.IsLetter(rest[at + word.Length])))
                return true;
        }
        return false;
    }

    private static readonly string[] InstitutionWords =
        ["School", "Academy", "Primary", "College", "Nursery", "Infants", "Juniors", "Trust", "Federation", "PTA", "PTFA", "PFA"];

    public static bool IsSchoolOwn(string handle, PostContext context)
    {
        var h = Compact(handle);
        if (h.Length < 3) return false;
        foreach (var contact in context.SchoolContacts)
        {
            var c = contact.Trim().TrimEnd('/');
            var slash = c.LastIndexOf('/');
            if (slash >= 0) c = c[(slash + 1)..]; // a profile address: its last segment
            if (c.Contains('@') && !c.StartsWith('@')) continue; // an email address
            if (c.Length > 0 && Compact(c) == h) return true;
        }
        foreach (var name in context.SchoolNames)
        {
            var words = name.Split([' ', '\t', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => Compact(w)).Where(w => w.Length > 0).ToList();
            if (words.Count > 0 && words[0] == "the" && words.Count > 1) words.RemoveAt(0);
            var whole = string.Concat(words);
            if (whole.Length < 3) continue;
            if (h == whole || (h.StartsWith(whole, StringComparison.Ordinal) && IsSuffix(h[whole.Length..]))) return true;
            // The distinctive part: the first words that make at least four letters ("stathern", "stmarks").
            var first = "";
            var n = 0;
            while (n < words.Count && first.Length < 4) first += words[n++];
            if (first.Length < 4 || !h.StartsWith(first, StringComparison.Ordinal)) continue;
            var rest = h[first.Length..];
            var nameRest = whole[first.Length..];
            if (rest.Length == 0 || IsSuffix(rest) || (rest.Length >= 2 && nameRest.StartsWith(rest, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static bool IsSuffix(string rest)
    {
        if (rest.Length == 0) return true;
        foreach (var s in Suffixes)
            if (rest.StartsWith(s, StringComparison.Ordinal) && IsSuffix(rest[s.Length..])) return true;
        return false;
    }

    // Lower-case letters and digits only: "@Stathern_Pri." -> "stathernpri".
    private static string Compact(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) chars[n++] = char.ToLowerInvariant(c);
        return new string(chars, 0, n);
    }
}
