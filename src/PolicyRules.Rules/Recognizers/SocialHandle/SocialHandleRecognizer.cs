using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.SocialHandle;

/// <summary>
/// A social media handle given with its platform: "my snapchat is jess_b99", "add me on insta @x",
/// "sc: jess.b", "@jess_b on tiktok". Tags: the platform (<c>snapchat</c>, <c>instagram</c>,
/// <c>tiktok</c>, <c>facebook</c>, <c>whatsapp</c>, <c>x</c>, <c>discord</c>, <c>youtube</c>, ...), and
/// <c>school-own</c> when the handle is the school's own (<see cref="SchoolHandles"/>), so packs can exclude it.
/// The span is the handle. Values: <c>handle</c>, <c>platform</c>.
/// </summary>
internal sealed partial class SocialHandleRecognizer : IRecognizer
{
    private const string Platforms = "snapchat|snap|sc|instagram|insta|ig|tiktok|tik tok|tt|facebook|fb|whatsapp|whats app|wa|twitter|x|discord|kik|telegram|threads|twitch|youtube|yt|bereal|roblox|xbox|psn|steam";

    [GeneratedRegex(
        @"\b(?<p>" + Platforms + @")\b[ \t]*(?:(?:user ?name|handle|name|id|account|acc|is)[ \t]*)?(?<sep>is|=|:|-|–)?[ \t]*(?<h>@?[A-Za-z0-9][A-Za-z0-9_.]{1,29})" +
        @"|(?<h>@[A-Za-z0-9_.]{2,30})[ \t]+on[ \t]+(?<p>" + Platforms + @")\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();

    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase) { "sc", "ig", "x", "tt", "yt", "snap", "fb", "wa", "threads", "steam", "xbox", "psn" };

    private static readonly HashSet<string> NotHandles = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "me", "on", "at", "to", "the", "a", "an", "and", "or", "of", "in", "it", "my", "your", "our", "their", "his", "her", "for", "with", "from",
        "great", "down", "broken", "not", "private", "public", "new", "fun", "blocked", "banned", "gone", "cool", "here", "there", "open", "closed", "deleted",
        "same", "off", "full", "free", "also", "so", "very", "really", "always", "never", "still", "just", "now", "back", "up", "out", "over", "bad", "good",
        "fine", "ok", "okay", "amazing", "awesome", "mine", "yours", "dead", "boring", "working", "page", "account", "story", "stories", "post", "posts",
        "video", "videos", "live", "streak", "streaks", "group", "chat", "app", "messages", "message", "later", "tonight", "today", "please", "too", "if",
        "this", "that", "these", "those", "was", "are", "be", "been", "has", "have", "had", "can", "will", "do", "does", "did", "about", "by", "safety",
    };

    private static readonly ContextWords Invite = new("my", "add", "follow", "dm", "message", "find", "on", "hmu");

    public string Name => "social-handle";
    public SearchValues<char>? Trigger => null;
    public IReadOnlyCollection<string> Placeholders => ["handle", "platform"];

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        for (var m = Candidate().Match(text); m.Success; m = m.NextMatch())
        {
            var h = m.Groups["h"];
            var p = m.Groups["p"];
            var handle = h.Value.TrimEnd('.');
            var bare = handle.TrimStart('@');
            if (bare.Length < 2 || NotHandles.Contains(bare)) continue;
            if (h.Index + h.Length < text.Length && text[h.Index + h.Length] is '@' or '/') continue;
            var at = handle.StartsWith('@');
            var sep = m.Groups["sep"].Value;
            var looksLikeHandle = bare.AsSpan().IndexOfAny('_', '.') >= 0 || bare.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            var invited = Invite.Before(text, p.Index, 14);
            var ambiguous = Ambiguous.Contains(p.Value);
            // An all-lower platform word like "x" or "snap" needs a separator, an @, or "my"/"add me on" before it.
            if (ambiguous && !at && sep is not (":" or "=") && !invited) continue;
            if (!at && !looksLikeHandle && !(sep is ":" or "=" or "is" || invited && m.Value.Contains(" is ", StringComparison.OrdinalIgnoreCase))) continue;
            if (!at && !looksLikeHandle && !invited && sep != ":") continue;
            var platform = Platform(p.Value);
            var confidence = at || looksLikeHandle ? 0.9 : 0.7;
            var own = SchoolHandles.IsSchoolOwn(bare, input.Context);
            results.Add(new Entity(Name, h.Index, handle.Length, confidence, own ? $"the school's own {platform} handle" : $"a {platform} handle")
            {
                Tags = own ? [platform, "school-own"] : [platform],
                Values = new Dictionary<string, string> { ["handle"] = bare, ["platform"] = platform },
            });
        }
    }

    private static string Platform(string word) => word.ToLowerInvariant() switch
    {
        "snapchat" or "snap" or "sc" => "snapchat",
        "instagram" or "insta" or "ig" => "instagram",
        "tiktok" or "tik tok" or "tt" => "tiktok",
        "facebook" or "fb" => "facebook",
        "whatsapp" or "whats app" or "wa" => "whatsapp",
        "twitter" or "x" => "x",
        "youtube" or "yt" => "youtube",
        var w => w.Replace(" ", "", StringComparison.Ordinal),
    };
}
