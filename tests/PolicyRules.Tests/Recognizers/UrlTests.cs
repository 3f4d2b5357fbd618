using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// More table-driven cases for <c>url</c> (with <see cref="UrlMentionHashtagTests"/>, at least 30
/// positive and 30 negative): trailing punctuation, brackets and quotes, ports, queries, fragments,
/// the platform and school-own tags, and things that only look like addresses.
/// </summary>
public class UrlTests
{
    private const string R = "url";
    private static readonly PostContext School = new() { SchoolDomains = ["stathernprimary.org.uk"] };

    [TestCase("Visit [[https://example.com/page]].", "")]
    [TestCase("Photos here: [[https://example.com/gallery]]!", "")]
    [TestCase("Is it [[https://example.com/page]]?", "")]
    [TestCase("See [[https://example.com/a]]; then [[b]]", "")]
    [TestCase("More at [[https://example.com/more]]...", "")]
    [TestCase("\"[[https://example.com/quoted]]\"", "")]
    [TestCase("“[[https://example.com/curly]]”", "")]
    [TestCase("<[[https://example.com/angle]]>", "")]
    [TestCase("'[[https://example.com/single]]'", "")]
    [TestCase("[[https://en.wikipedia.org/wiki/Bee_(disambiguation)]]", "")]
    [TestCase("(see [[https://en.wikipedia.org/wiki/Bee_(insect)]])", "")]
    [TestCase("[[https://example.com/search?q=year+5&page=2]]", "")]
    [TestCase("[[https://example.com/news#sports-day]]", "")]
    [TestCase("[[https://example.com:8443/x]]", "")]
    [TestCase("[[HTTPS://EXAMPLE.COM/PAGE]]", "")]
    [TestCase("[[https://m.facebook.com/stathern]]", "facebook")]
    [TestCase("[[https://vm.tiktok.com/ZMabc123/]]", "tiktok")]
    [TestCase("[[https://www.youtube.com/watch?v=dQw4w9WgXcQ]]", "youtube")]
    [TestCase("[[https://instagr.am/p/abc]]", "instagram")]
    [TestCase("[[https://t.co/abc123]]", "x")]
    [TestCase("[[https://www.linkedin.com/in/jess]]", "linkedin")]
    [TestCase("join [[https://discord.gg/abc]]", "discord")]
    [TestCase("[[https://tinyurl.com/y6trip]],", "shortener")]
    [TestCase("Link: [[https://bit.ly/3abcDEF]].", "shortener")]
    [TestCase("[[www.stathern.leics.sch.uk]],", "school-own")]
    [TestCase("[[https://stathernprimary.org.uk/term-dates]]", "school-own")]
    [TestCase("[[https://www.stathernprimary.org.uk/]]", "school-own")]
    public void Finds(string marked, string tag)
    {
        var e = ExpectMarked(R, marked.Replace("[[b]]", "b", StringComparison.Ordinal), School);
        if (tag == "") e.Tags.Should().BeEmpty();
        else e.Tags.Should().Contain(tag);
    }

    [Test]
    public void SchoolDomainNeedsAWholeLabel() =>
        ExpectMarked(R, "[[https://notstathernprimary.org.uk/]]", School).Tags.Should().NotContain("school-own");

    [TestCase("Tickets 3.50 each")]
    [TestCase("version 1.2.3")]
    [TestCase("Mr. Smith and Dr. Jones")]
    [TestCase("i.e. the hall")]
    [TestCase("etc. etc.")]
    [TestCase("starts at 9 a.m. sharp")]
    [TestCase("the U.K. team")]
    [TestCase("St. Mark's Church")]
    [TestCase("the www. prefix is optional")]
    [TestCase("type www. then the name")]
    [TestCase("http:// is not secure")]
    [TestCase("always use https://")]
    [TestCase("the httpd server")]
    [TestCase("www-data owns it")]
    [TestCase("HTTP 404 error")]
    [TestCase("homework.docx attached")]
    [TestCase("Score 3.5/5 stars")]
    [TestCase("call 0116.234.5678")]
    [TestCase("the words http and www")]
    [TestCase("see you at 10.30")]
    [TestCase("wait...what")]
    [TestCase("well.done everyone")]
    [TestCase("No. 5 bus")]
    [TestCase("office@stathern.leics.sch.uk")]
    [TestCase("#www")]
    public void Ignores(string text) => ExpectNone(R, text, School);

    [TestCase("url", "https://a.b/)")]
    [TestCase("url", "https://a.b/(")]
    [TestCase("url", "www.( ")]
    [TestCase("email", "a'a@")]
    [TestCase("email", "a@1.2")]
    [TestCase("mention", "@_")]
    [TestCase("hashtag", "&#1")]
    public void FinishesOnAdversarialInput(string name, string unit) => Adversarial(name, unit).Should().BeGreaterThanOrEqualTo(0);
}
