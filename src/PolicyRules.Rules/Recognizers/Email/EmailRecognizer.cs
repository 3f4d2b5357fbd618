using System.Buffers;
using PolicyRules.Recognition;
using PolicyRules.Text;

namespace PolicyRules.Recognizers.Email;

/// <summary>
/// Email addresses, tagged <c>school-own</c> (a domain of the school from the context, or any
/// <c>.sch.uk</c>/<c>.ac.uk</c>/<c>.gov.uk</c> address), <c>personal</c> (a free mail provider) or <c>other</c>.
/// </summary>
internal sealed class EmailRecognizer : IRecognizer
{
    private static readonly SearchValues<char> At = SearchValues.Create("@");

    private static readonly string[] FreeMail =
    [
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "live.com", "live.co.uk", "msn.com",
        "yahoo.com", "yahoo.co.uk", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "aol.co.uk", "btinternet.com",
        "sky.com", "virginmedia.com", "talktalk.net", "protonmail.com", "proton.me", "gmx.com", "gmx.co.uk", "mail.com",
        "tiscali.co.uk", "ntlworld.com", "blueyonder.co.uk", "zoho.com",
    ];

    private static readonly string[] InstitutionSuffixes = [".sch.uk", ".ac.uk", ".gov.uk", ".nhs.uk"];

    public string Name => "email";
    public SearchValues<char>? Trigger => At;
    public IReadOnlyCollection<string> Placeholders => ["domain"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["school-own", "personal", "other"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        for (var i = input.NextToken(TokenKind.Email, 0); i >= 0; i = input.NextToken(TokenKind.Email, i + 1))
        {
            var address = input.TokenText(i);
            var domain = address[(address.LastIndexOf('@') + 1)..];
            var (tag, why, confidence) = Classify(address, domain, input.Context);
            // An address no rule keeps (usually the school's own) costs no strings.
            if (!input.Wants([tag], confidence)) continue;
            var (start, length) = input.TokenSpan(i);
            var domainText = domain.ToString();
            results.Add(new Entity(Name, start, length, confidence, Evidence(why, address, domainText))
            {
                Tags = [tag],
                Values = new Dictionary<string, string> { ["domain"] = domainText },
            });
        }
    }

    private enum Why { OwnDomain, PublishedAddress, PublishedDomain, Institution, FreeMail, Other }

    // The address is made a string only in the one evidence that names it.
    private static string Evidence(Why why, ReadOnlySpan<char> address, string domain) => why switch
    {
        Why.OwnDomain => $"email at the school's own domain {domain}",
        Why.PublishedAddress => $"the school's published address {address}",
        Why.PublishedDomain => $"email at the school's published domain {domain}",
        Why.Institution => $"email at an institutional domain {domain}",
        Why.FreeMail => $"email at a free mail provider {domain}",
        _ => $"email at {domain}",
    };

    private static (string Tag, Why Why, double Confidence) Classify(ReadOnlySpan<char> address, ReadOnlySpan<char> domain, PostContext context)
    {
        // Indexed: foreach over the context's lists (interfaces) would allocate an enumerator per address, kept or not.
        var domains = context.SchoolDomains;
        for (var i = 0; i < domains.Count; i++)
            if (domain.Equals(domains[i], StringComparison.OrdinalIgnoreCase) || EndsWithAfter(domain, domains[i], '.'))
                return ("school-own", Why.OwnDomain, 0.95);
        var freeMail = false;
        foreach (var provider in FreeMail) freeMail |= domain.Equals(provider, StringComparison.OrdinalIgnoreCase);
        var contacts = context.SchoolContacts;
        for (var i = 0; i < contacts.Count; i++)
        {
            var contact = contacts[i];
            if (!contact.Contains('@')) continue;
            // A school that publishes a free mail address (stathernpta@gmail.com) owns that address, not the provider.
            if (contact.AsSpan().Trim().Equals(address, StringComparison.OrdinalIgnoreCase))
                return ("school-own", Why.PublishedAddress, 0.95);
            if (!freeMail && EndsWithAfter(contact, domain, '@'))
                return ("school-own", Why.PublishedDomain, 0.95);
        }
        foreach (var suffix in InstitutionSuffixes)
            if (domain.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return ("school-own", Why.Institution, 0.9);
        if (freeMail)
            return ("personal", Why.FreeMail, 0.95);
        return ("other", Why.Other, 0.7);
    }

    // True when text ends with separator + suffix ("mail.stmarys.org" ends with "." + "stmarys.org").
    private static bool EndsWithAfter(ReadOnlySpan<char> text, ReadOnlySpan<char> suffix, char separator) =>
        text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && text[^(suffix.Length + 1)] == separator;
}
