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

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        for (var i = 0; i < input.TokenCount; i++)
        {
            if (input.TokenKind(i) != TokenKind.Email) continue;
            var text = input.TokenText(i);
            var domain = text[(text.LastIndexOf('@') + 1)..].ToString();
            var (start, length) = input.TokenSpan(i);
            var (tag, evidence, confidence) = Classify(text.ToString(), domain, input.Context);
            results.Add(new Entity(Name, start, length, confidence, evidence)
            {
                Tags = [tag],
                Values = new Dictionary<string, string> { ["domain"] = domain },
            });
        }
    }

    private static (string Tag, string Evidence, double Confidence) Classify(string address, string domain, PostContext context)
    {
        foreach (var own in context.SchoolDomains)
            if (domain.Equals(own, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + own, StringComparison.OrdinalIgnoreCase))
                return ("school-own", $"email at the school's own domain {domain}", 0.95);
        var freeMail = FreeMail.Contains(domain, StringComparer.OrdinalIgnoreCase);
        foreach (var contact in context.SchoolContacts)
        {
            if (!contact.Contains('@')) continue;
            // A school that publishes a free mail address (stathernpta@gmail.com) owns that address, not the provider.
            if (contact.Trim().Equals(address, StringComparison.OrdinalIgnoreCase))
                return ("school-own", $"the school's published address {address}", 0.95);
            if (!freeMail && contact.EndsWith("@" + domain, StringComparison.OrdinalIgnoreCase))
                return ("school-own", $"email at the school's published domain {domain}", 0.95);
        }
        foreach (var suffix in InstitutionSuffixes)
            if (domain.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return ("school-own", $"email at an institutional domain {domain}", 0.9);
        if (freeMail)
            return ("personal", $"email at a free mail provider {domain}", 0.95);
        return ("other", $"email at {domain}", 0.7);
    }
}
