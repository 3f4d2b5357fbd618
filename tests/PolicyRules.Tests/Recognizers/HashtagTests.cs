using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// More table-driven cases for <c>hashtag</c> (with <see cref="UrlMentionHashtagTests"/>, at least 30
/// positive and 30 negative): #tags in punctuation, not "#1", "C#", numbers, HTML entities or headings.
/// </summary>
public class HashtagTests
{
    private const string R = "hashtag";

    [TestCase("[[#WorldBookDay2025]]", "WorldBookDay2025")]
    [TestCase("[[#STEM]]!", "STEM")]
    [TestCase("([[#team]])", "team")]
    [TestCase("[[#fun_day]]", "fun_day")]
    [TestCase("[[#café]] morning", "café")]
    [TestCase("[[#ks2]]", "ks2")]
    [TestCase("Go [[#TeamGB]],", "TeamGB")]
    [TestCase("[[#100DaysOfSchool]]", "100DaysOfSchool")]
    [TestCase("[[#2024Goals]]", "2024Goals")]
    [TestCase("[[#BeKind]].", "BeKind")]
    [TestCase("\"[[#PE]]\"", "PE")]
    [TestCase("[[#proud]]#happy", "proud")]
    [TestCase("[[#être]]", "être")]
    [TestCase("sports day [[#sportsday]]?", "sportsday")]
    [TestCase("[[#y6_leavers]]", "y6_leavers")]
    [TestCase("[[#Reading]]: a list", "Reading")]
    [TestCase("[[#ClassOf2025]]", "ClassOf2025")]
    [TestCase("[[#MathsWeek]];", "MathsWeek")]
    [TestCase("[[#anti_bullying]]", "anti_bullying")]
    [TestCase("[[#ThankYouNHS]]\n", "ThankYouNHS")]
    [TestCase("“[[#proud]]”", "proud")]
    [TestCase("great day! [[#SchoolTrip]] [[#fun]]", "SchoolTrip")]
    [TestCase("[[#Y6]]", "Y6")]
    [TestCase("[[#5aDay]]", "5aDay")]
    [TestCase("[[#ＳＣＨＯＯＬ]]", "SCHOOL")] // full-width letters read as ASCII ones, as full-width digits are
    [TestCase("[[#ｆｕｎ]]", "fun")]
    [TestCase("[[＃fun]]", "fun")]
    public void Finds(string marked, string tag)
    {
        var second = marked.IndexOf("[[", marked.IndexOf("]]", StringComparison.Ordinal), StringComparison.Ordinal);
        if (second >= 0) marked = marked[..second] + marked[(second + 2)..].Replace("]]", "", StringComparison.Ordinal);
        ExpectMarked(R, marked).Values["tag"].Should().Be(tag);
    }

    [TestCase("#1 school in Leics")]
    [TestCase("we're #1!")]
    [TestCase("ranked #10 in the county")]
    [TestCase("flat #4")]
    [TestCase("Issue #123 fixed")]
    [TestCase("F# and C#")]
    [TestCase("C#.")]
    [TestCase("learn C#, then F#")]
    [TestCase("#")]
    [TestCase("##")]
    [TestCase("# heading")]
    [TestCase("###")]
    [TestCase("don&#39;t")]
    [TestCase("don&#x27;t")]
    [TestCase("press # then 1")]
    [TestCase("ext #204")]
    [TestCase("#-")]
    [TestCase("#_")]
    [TestCase("a#b")]
    [TestCase("ticket#45")]
    [TestCase("#12:30")]
    [TestCase("#£5")]
    [TestCase("#.")]
    [TestCase("Q#3")]
    [TestCase("room #2, floor #3")]
    [TestCase("£5 #")]
    [TestCase("no. #7 bus")]
    public void Ignores(string text) => ExpectNone(R, text);
}
