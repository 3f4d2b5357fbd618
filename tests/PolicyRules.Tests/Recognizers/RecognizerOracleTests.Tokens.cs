using System.Text;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Email;
using PolicyRules.Recognizers.Hashtag;
using PolicyRules.Recognizers.Mention;
using PolicyRules.Recognizers.PersonName;
using PolicyRules.Recognizers.SocialHandle;
using PolicyRules.Recognizers.Url;
using PolicyRules.Recognizers.YearGroup;
using PolicyRules.Tests.Reference;

namespace PolicyRules.Tests.Recognizers;

/// <summary>The recognizers that walk only the tokens of their kind, against their copies from before.</summary>
public partial class RecognizerOracleTests
{
    // Addresses, mentions and hashtags with their near misses: upper case, inner dots and underscores, trailing
    // punctuation, full-width marks, non-ASCII letters and digits, the Kelvin sign, emoji, and times after an '@'.
    private static readonly string[] TokenPieces =
    [
        "https://www.stathern.leics.sch.uk/news", "HTTP://WWW.Example.COM/A?b=1#c", "www.bit.ly/x", "http://instagram.com/jess_b", "https://m.facebook.com/x.",
        "www.", "https://", "http://x", "https://en.wikipedia.org/wiki/Bee_(insect))", "www.\u212Aelvin.com", "https://zoë.example/é", "WWW.YouTube.com:8080/v",
        "https://t.co/abc", "www.school.sch.uk?", "https://sub.tiktok.com/@jess", "http://1.2.3.4/", "www.x.com!",
        "jo.bloggs@gmail.com", "JO.BLOGGS@GMAIL.COM", "office@stathern.leics.sch.uk", "a_b@c.ac.uk", "x@y.z", "x@y.co", "me@123.45", "é@é.com", "o'neill@mail.com",
        "stathernpta@gmail.com", "pta@Stathern.leics.sch.uk", "a@b.gov.uk.", "a@@b.com", "a@b..com", "@jess", "@jess_b", "@_b", "@Jess.B", "@jess.", "@10", "@7pm",
        "@10AM", "@3x", "@é", "@١٢", "＠jess", "@@x", "a@", "#proud", "#ProudToBeUs", "#1", "#4a", "#_", "#é", "＃tag", "##two", "&#39;", "&#x41;", "#\u212A",
        "#🚀", "🚀", "😂", "⚽", "x#y", "x@y", "_", ".", "..", "/", "?", "!", ")", "(", "'", "\u200B", "\u00AD",
    ];

    [Test]
    public void Url_finds_what_the_previous_version_found() =>
        Compare(new UrlRecognizer(), new ReferenceUrlRecognizer(), TokenPieces, seed: 21, minimumFound: 5_000);

    [Test]
    public void Email_finds_what_the_previous_version_found() =>
        Compare(new EmailRecognizer(), new ReferenceEmailRecognizer(), TokenPieces, seed: 22, minimumFound: 5_000);

    [Test]
    public void Hashtag_finds_what_the_previous_version_found() =>
        Compare(new HashtagRecognizer(), new ReferenceHashtagRecognizer(), TokenPieces, seed: 23, minimumFound: 5_000);

    [Test]
    public void Mention_finds_what_the_previous_version_found() =>
        Compare(new MentionRecognizer(), new ReferenceMentionRecognizer(), TokenPieces, seed: 24, minimumFound: 5_000);

    private static IEnumerable<(IRecognizer Recognizer, IRecognizer Oracle)> Rewritten() =>
    [
        (new UrlRecognizer(), new ReferenceUrlRecognizer()),
        (new EmailRecognizer(), new ReferenceEmailRecognizer()),
        (new HashtagRecognizer(), new ReferenceHashtagRecognizer()),
        (new MentionRecognizer(), new ReferenceMentionRecognizer()),
        (new PersonNameRecognizer(), new ReferencePersonNameRecognizer()),
        (new SocialHandleRecognizer(), new ReferenceSocialHandleRecognizer()),
        (new YearGroupRecognizer(), new ReferenceYearGroupRecognizer()),
    ];

    [TestCase("")]
    [TestCase("@jess")]
    [TestCase("#proud")]
    [TestCase("www.x.com")]
    [TestCase("a@b.com")]
    [TestCase("Amelia Jones")]
    [TestCase("Year 5")]
    [TestCase("snap: jess_b")]
    [TestCase("🚀@jess🚀#tag🚀www.x.com🚀a@b.com🚀")]
    [TestCase("Amelia")]
    [TestCase("Mrs Patel")]
    [TestCase("\u212Aelly Jones on tiktoK @k_j")]
    [TestCase("ÉLOÏSE Ünal #été @zoë www.zoë.fr zoë@zoë.fr")]
    [TestCase("Year １ ٣B Class ٣ Amelia١ Jones")]
    public void Edge_inputs_give_what_the_previous_versions_gave(string text)
    {
        foreach (var (recognizer, oracle) in Rewritten())
            foreach (var draft in new[] { text, text.ToUpperInvariant(), text.ToLowerInvariant(), " " + text + ".", text + text })
                AssertSame(recognizer, oracle, draft);
    }

    [Test]
    public void A_100k_character_draft_gives_what_the_previous_versions_gave()
    {
        var random = new Random(25);
        var sb = new StringBuilder();
        while (sb.Length < 100_000) sb.Append(RandomDraft(random, TokenPieces)).Append(' ').Append(new PolicyRules.Benchmarks.InputGenerator(sb.Length).Text(2_000));
        foreach (var (recognizer, oracle) in Rewritten()) AssertSame(recognizer, oracle, sb.ToString());
    }

    [Test]
    public void Person_name_capital_search_finds_what_the_set_search_found()
    {
        // The search it replaced: every ASCII character but the capitals, skipped.
        var notCapital = System.Buffers.SearchValues.Create(string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not (>= 'A' and <= 'Z'))));
        char[] alphabet = ['a', 'z', 'A', 'Z', '@', '[', '`', '{', ' ', '\u007F', '\u0080', 'é', 'É', '\u212A', '\u0141', '\u0100', '\u0241', '\uD83D', '\uDE80', '1', '.'];
        var random = new Random(26);
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : 'a')]);
            for (var from = 0; from <= text.Length; from++)
            {
                var expected = text.AsSpan(from).IndexOfAnyExcept(notCapital);
                Assert.That(PersonNameRecognizer.NextCapitalOrNonAscii(text, from), Is.EqualTo(expected < 0 ? -1 : from + expected), $"from {from} in \"{text}\"");
            }
        }
    }

    [Test]
    public void Person_name_matches_staff_names_as_the_previous_version_did()
    {
        // Staff names with extra, leading and trailing spaces, dotted honorifics, one part, none, and other cases.
        var context = new PostContext
        {
            StaffNames = ["  Mrs   Patel  ", "Dr. Jones", "Smith", "", "   ", "amelia  JONES", "Mr.Brown", "Ms\tKhan", "Tom Brown-Smith", "Sir John Moore"],
        };
        var random = new Random(27);
        string[] pieces = ["Mrs", "Mr", "Dr", "Ms", "Sir", "Patel", "Jones", "Smith", "Brown", "Khan", "Brown-Smith", "Moore", "John", "Amelia", "Tom", "Harry", "Kane", "Potter",
            "Jude", "Bellingham", "Phil", "Foden", "Marie", "Curie", "JONES", "patel", "Patel's"];
        for (var i = 0; i < 5_000; i++) AssertSame(new PersonNameRecognizer(), new ReferencePersonNameRecognizer(), RandomDraft(random, pieces), context);
    }

    private static void AssertSame(IRecognizer recognizer, IRecognizer oracle, string text, PostContext? context = null)
    {
        context ??= new PostContext { SchoolNames = ["Stathern Primary School"], StaffNames = ["Mrs Patel"], SchoolContacts = ["office@stathern.leics.sch.uk", "stathernpta@gmail.com"], SchoolDomains = ["stathern.leics.sch.uk"] };
        var view = DraftView.Create(text, context);
        var actual = new List<Entity>();
        var expected = new List<Entity>();
        recognizer.Recognize(view, actual);
        oracle.Recognize(view, expected);
        Assert.That(actual.Select(Describe), Is.EqualTo(expected.Select(Describe)), $"{recognizer.Name}: {text[..Math.Min(200, text.Length)]}");
    }
}
