using PolicyRules.Recognizers.Shared;
using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

public class SocialHandleTests
{
    private const string R = "social-handle";

    [TestCase("my snapchat is [[jess_b99]]", "snapchat")]
    [TestCase("add me on insta [[@jess.b]]", "instagram")]
    [TestCase("sc: [[jess_b99]]", "snapchat")]
    [TestCase("SC: [[jessb]]", "snapchat")]
    [TestCase("my snap is [[jessb]]", "snapchat")]
    [TestCase("follow me on tiktok [[@dancer_girl]]", "tiktok")]
    [TestCase("[[@dancer_girl]] on tiktok", "tiktok")]
    [TestCase("insta: [[jess.b.2012]]", "instagram")]
    [TestCase("my instagram is [[jess_b]]", "instagram")]
    [TestCase("ig [[@jessb]]", "instagram")]
    [TestCase("ig: [[jessb99]]", "instagram")]
    [TestCase("my tiktok username is [[jessb_2013]]", "tiktok")]
    [TestCase("facebook: [[jess.bloggs.5]]", "facebook")]
    [TestCase("my fb is [[jess.bloggs]]", "facebook")]
    [TestCase("find me on x [[@jessb]]", "x")]
    [TestCase("x: [[@jessb]]", "x")]
    [TestCase("twitter [[@jessb]]", "x")]
    [TestCase("whatsapp: [[07700900123]]", "whatsapp")]
    [TestCase("my discord is [[jessb#1234]]", "discord", IgnoreReason = "discriminators not handled")]
    [TestCase("discord: [[jess_b]]", "discord")]
    [TestCase("my snapchat: [[jess_b99]]", "snapchat")]
    [TestCase("Snapchat - [[jess_b99]]", "snapchat")]
    [TestCase("add my snap [[jess_b99]]", "snapchat")]
    [TestCase("my snapchat username is [[jessb99]]", "snapchat")]
    [TestCase("hmu on snap [[jess_b99]]", "snapchat")]
    [TestCase("dm me on insta [[@jess]]", "instagram")]
    [TestCase("youtube: [[@jessplays]]", "youtube")]
    [TestCase("my roblox is [[jess_gamer12]]", "roblox")]
    [TestCase("telegram [[@jessb]]", "telegram")]
    [TestCase("my insta handle is [[jess.b]]", "instagram")]
    [TestCase("[[@jess.b]] on insta", "instagram")]
    public void Finds(string marked, string platform) => ExpectMarked(R, marked).HasTag(platform).Should().BeTrue();

    [TestCase("my snapchat is great")]
    [TestCase("snapchat is down again")]
    [TestCase("Snapchat safety talk for parents")]
    [TestCase("we talked about TikTok and Instagram")]
    [TestCase("the x factor")]
    [TestCase("Year 5 made a snap decision")]
    [TestCase("sc 10:30")]
    [TestCase("Follow us on Facebook")]
    [TestCase("follow the school on instagram")]
    [TestCase("instagram is not for under 13s")]
    [TestCase("x marks the spot")]
    [TestCase("5 x 3 = 15")]
    [TestCase("tt results are in")]
    [TestCase("sc test 2024")]
    [TestCase("WhatsApp groups are not official")]
    [TestCase("my snapchat is private")]
    [TestCase("ig report")]
    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024")]
    [TestCase("the fb page")]
    [TestCase("snapping photos")]
    [TestCase("instagrammable")]
    [TestCase("a snap of the trip")]
    [TestCase("Instagram and TikTok and Snapchat")]
    [TestCase("email me at jess@example.com")]
    [TestCase("snap judgements")]
    [TestCase("youtube video of the play")]
    [TestCase("kik off at 3")]
    [TestCase("x 2")]
    [TestCase("no handle here")]
    public void Ignores(string text) => ExpectNone(R, text);

    [TestCase("snapchat ")]
    [TestCase("sc: ")]
    [TestCase("@a ")]
    [TestCase("my snapchat is a")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().BeGreaterThanOrEqualTo(0);
}

public class UrlMentionHashtagTests
{
    [TestCase("see [[https://www.instagram.com/jessb]]", "instagram")]
    [TestCase("[[https://tiktok.com/@jess]]", "tiktok")]
    [TestCase("[[www.facebook.com/school]].", "facebook")]
    [TestCase("[[https://x.com/school]]", "x")]
    [TestCase("[[https://twitter.com/school]]", "x")]
    [TestCase("[[https://wa.me/447700900123]]", "whatsapp")]
    [TestCase("[[https://youtu.be/abc]]", "youtube")]
    [TestCase("[[https://bit.ly/abc]]", "shortener")]
    [TestCase("[[https://www.stathern.leics.sch.uk/news]]", "school-own")]
    [TestCase("([[https://snapchat.com/add/jess]])", "snapchat")]
    public void FindsUrls(string marked, string tag) => ExpectMarked("url", marked).HasTag(tag).Should().BeTrue();

    [TestCase("read [[https://example.org/page?x=1]] now")]
    [TestCase("[[http://example.com]]")]
    [TestCase("[[www.example.co.uk]]")]
    [TestCase("[[https://bbc.co.uk/news]]!")]
    [TestCase("[[https://example.com/a/b/c]], then")]
    public void FindsOtherUrls(string marked) => ExpectMarked("url", marked).Tags.Should().BeEmpty();

    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("email jess@example.com")]
    [TestCase("end of sentence.Next one")]
    [TestCase("e.g. this")]
    public void IgnoresNonUrls(string text) => ExpectNone("url", text);

    [TestCase("thanks [[@stathernprimary]]!")]
    [TestCase("[[@jess_b]] said")]
    [TestCase("cc [[@PTA]]")]
    public void FindsMentions(string marked) => ExpectMarked("mention", marked);

    [TestCase("email jess@example.com")]
    [TestCase("meet @ 10")]
    [TestCase("no mention")]
    public void IgnoresNonMentions(string text) => ExpectNone("mention", text);

    [TestCase("[[#proud]] of everyone")]
    [TestCase("so [[#SchoolLife]]")]
    [TestCase("[[#Year5]]")]
    public void FindsHashtags(string marked) => ExpectMarked("hashtag", marked).Values["tag"].Should().NotBeEmpty();

    [TestCase("room # 5")]
    [TestCase("C# lessons")]
    [TestCase("no tag")]
    public void IgnoresNonHashtags(string text) => ExpectNone("hashtag", text);

    [TestCase("url", "https://a.b/")]
    [TestCase("url", "www.")]
    [TestCase("mention", "@a")]
    [TestCase("hashtag", "#a ")]
    public void FinishesOnAdversarialInput(string name, string unit) => Adversarial(name, unit).Should().BeGreaterThanOrEqualTo(0);
}

public class EmailTests
{
    private const string R = "email";

    [TestCase("mail [[jess@gmail.com]]", "personal")]
    [TestCase("[[office@stathern.leics.sch.uk]]", "school-own")]
    [TestCase("[[j.smith@hotmail.co.uk]]", "personal")]
    [TestCase("[[head@trust.org.uk]]", "school-own")]
    [TestCase("[[someone@company.com]]", "other")]
    [TestCase("[[admin@uni.ac.uk]].", "school-own")]
    public void Finds(string marked, string tag) =>
        ExpectMarked(R, marked, new PostContext { SchoolDomains = ["trust.org.uk"] }).HasTag(tag).Should().BeTrue();

    [TestCase("meet @ 10")]
    [TestCase("@mention only")]
    [TestCase("a@b")]
    public void Ignores(string text) => ExpectNone(R, text);

    [TestCase("a@")]
    [TestCase("a.a.a.a@b.")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().BeGreaterThanOrEqualTo(0);
}

public class ContextWordsTests
{
    private static readonly ContextWords Words = new("lic", "sort code", "s/c", "d.o.b");

    [TestCase("see lic here", true)]
    [TestCase("a duplicate", false)]
    [TestCase("LIC.", true)]
    [TestCase("the sort code is", true)]
    [TestCase("sorted code", false)]
    [TestCase("s/c 12", true)]
    [TestCase("d.o.b 1", true)]
    [TestCase("", false)]
    public void MatchesWholeWordsOnly(string text, bool expected) => Words.In(text).Should().Be(expected);

    [Test]
    public void WindowsDoNotCutWords()
    {
        // "duplicate" ends just inside the window; its tail "lic..." must not count.
        var text = "duplicate 12-34-56";
        Words.Before(text, text.IndexOf('1'), 8).Should().BeFalse();
        Words.Before("lic 12", 4, 10).Should().BeTrue();
        Words.After("12 lic", 2, 10).Should().BeTrue();
    }
}
