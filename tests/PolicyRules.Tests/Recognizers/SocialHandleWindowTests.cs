using System.Text;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.SocialHandle;

namespace PolicyRules.Tests.Recognizers;

/// <summary>The social-handle recognizer runs its regex only in token windows around platform words; seeded
/// random drafts, dense in platform words, separators and near misses, check it finds exactly what the regex
/// over the whole text finds.</summary>
public class SocialHandleWindowTests
{
    private static readonly string[] Words =
    [
        "snapchat", "Snap", "sc", "SC", "instagram", "insta", "ig", "tiktok", "tik", "tok", "tik tok", "tt", "facebook", "fb", "whatsapp", "whats", "app",
        "whats app", "wa", "twitter", "x", "X", "discord", "kik", "telegram", "threads", "twitch", "youtube", "yt", "bereal", "roblox", "xbox", "psn", "steam",
        "@jess", "@jess_b", "jess_b99", "jess.b", "@x", "user name", "username", "handle", "name", "id", "account", "acc", "is", "=", ":", "-", "–", "on",
        "my", "add", "me", "follow", "hmu", "school", "was", "little", "box", "next", "snapped", "Insta2", "sc_", "x1", "éx", "xé", "_ig",
        "great", "down", "private", "@", "/", "jess@", "the", "and",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "  ", "\t", " \t ", "", ", ", ". ", "\n", ": ", "(", ")", "-", "/", "@", "_", "1", "\u00A0", " is "];

    [Test]
    public void Platform_word_windows_find_what_the_whole_text_regex_finds()
    {
        var recognizer = new SocialHandleRecognizer();
        var random = new Random(7);
        var context = new PostContext { SchoolNames = ["Stathern Primary School"] };
        var found = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var sb = new StringBuilder();
            var n = random.Next(0, 30);
            for (var k = 0; k < n; k++)
            {
                sb.Append(Words[random.Next(Words.Length)]);
                sb.Append(Gaps[random.Next(Gaps.Length)]);
                if (random.Next(40) == 0) sb.Append(' ', random.Next(2, 20));
            }
            var view = DraftView.Create(sb.ToString(), context);
            var windowed = new List<Entity>();
            var whole = new List<Entity>();
            recognizer.Recognize(view, windowed);
            recognizer.RecognizeReference(view, whole);
            found += whole.Count;
            Assert.That(windowed.Select(Describe), Is.EqualTo(whole.Select(Describe)), sb.ToString());
        }
        found.Should().BeGreaterThan(2_000, "the random drafts should hold plenty of handles");
    }

    [TestCase("my tikto\u212A is jess_b99")]
    [TestCase("my \u212Aik is jess_b99")]
    public void Reads_a_Kelvin_sign_as_k_like_the_regex(string draft)
    {
        var results = new List<Entity>();
        new SocialHandleRecognizer().Recognize(DraftView.Create(draft), results);
        results.Should().ContainSingle().Which.Values["handle"].Should().Be("jess_b99");
    }

    private static string Describe(Entity e) =>
        $"{e.Type} {e.Start}+{e.Length} {e.Confidence} {e.Evidence} [{string.Join(",", e.Tags)}] {{{string.Join(",", e.Values.Select(kv => kv.Key + "=" + kv.Value))}}}";
}
