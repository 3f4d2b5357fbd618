using System.Buffers;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;
using PolicyRules.Text;

namespace PolicyRules.Recognizers.Url;

/// <summary>
/// Web addresses. Tags: the platform when the domain is a social network (<c>instagram</c>,
/// <c>tiktok</c>, <c>facebook</c>, <c>x</c>, <c>snapchat</c>, <c>whatsapp</c>, <c>youtube</c>,
/// <c>linkedin</c>), <c>school-own</c> for a school domain from the context or <c>.sch.uk</c>, and
/// <c>shortener</c> for link shorteners. Values: <c>domain</c>, <c>url</c>.
/// </summary>
internal sealed class UrlRecognizer : IRecognizer
{
    private static readonly SearchValues<char> Dot = SearchValues.Create(".:");

    private static readonly (string Domain, string Tag)[] Known =
    [
        ("instagram.com", "instagram"), ("instagr.am", "instagram"), ("tiktok.com", "tiktok"), ("facebook.com", "facebook"),
        ("fb.com", "facebook"), ("fb.me", "facebook"), ("x.com", "x"), ("twitter.com", "x"), ("t.co", "x"),
        ("snapchat.com", "snapchat"), ("wa.me", "whatsapp"), ("whatsapp.com", "whatsapp"), ("youtube.com", "youtube"),
        ("youtu.be", "youtube"), ("linkedin.com", "linkedin"), ("discord.gg", "discord"), ("discord.com", "discord"),
        ("bit.ly", "shortener"), ("tinyurl.com", "shortener"), ("ow.ly", "shortener"), ("buff.ly", "shortener"),
    ];

    public string Name => "url";
    public SearchValues<char>? Trigger => Dot;
    public IReadOnlyCollection<string> Placeholders => ["domain", "url"];
    public IReadOnlyCollection<string> PossibleTags { get; } = [.. Known.Select(k => k.Tag).Distinct(), "school-own"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        for (var i = input.NextToken(TokenKind.Url, 0); i >= 0; i = input.NextToken(TokenKind.Url, i + 1))
        {
            var (start, length) = input.TokenSpan(i);
            // The tokenizer already left out trailing punctuation, keeping a bracket the address opened ("Bee_(insect)").
            var url = input.Text.AsSpan(start, length).TrimEnd(".,!?").ToString();
            var domain = DomainOf(url);
            string? platform = null;
            foreach (var (d, tag) in Known)
                if (IsOrUnder(domain, d)) { platform = tag; break; }
            var own = domain.EndsWith(".sch.uk", StringComparison.OrdinalIgnoreCase) || IsSchoolDomain(domain, input.Context);
            results.Add(new Entity(Name, start, url.Length, 0.95, $"a web address at {domain}")
            {
                Tags = (platform, own) switch
                {
                    (null, false) => [],
                    (null, true) => ["school-own"],
                    (_, false) => [platform],
                    _ => [platform, "school-own"],
                },
                Values = new Dictionary<string, string> { ["domain"] = domain, ["url"] = url },
            });
        }
    }

    // The domain itself or a subdomain of it, without building ".domain" strings.
    private static bool IsOrUnder(string domain, string d) =>
        domain.EndsWith(d, StringComparison.OrdinalIgnoreCase) && (domain.Length == d.Length || domain[^(d.Length + 1)] == '.');

    private static bool IsSchoolDomain(string domain, PostContext context)
    {
        var domains = context.SchoolDomains; // indexed: foreach over the interface would allocate an enumerator
        for (var i = 0; i < domains.Count; i++)
            if (IsOrUnder(domain, domains[i])) return true;
        return false;
    }

    internal static string DomainOf(string url)
    {
        var s = url.AsSpan();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        var end = s.IndexOfAny('/', '?', '#');
        if (end >= 0) s = s[..end];
        var colon = s.IndexOf(':');
        if (colon >= 0) s = s[..colon];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        // Lower-cased on the way into the one string (ToString().ToLowerInvariant() built two).
        Span<char> lower = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        s.ToLowerInvariant(lower);
        return new string(lower);
    }
}
