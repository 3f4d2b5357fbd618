using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// More table-driven cases for <c>mention</c> (with <see cref="UrlMentionHashtagTests"/>, at least 30
/// positive and 30 negative): @handles in punctuation, not email addresses, times, prices or masked words.
/// </summary>
public class MentionTests
{
    private const string R = "mention";

    [TestCase("([[@stathernprimary]])", "stathernprimary")]
    [TestCase("[[@LeicsCC]], thank you", "LeicsCC")]
    [TestCase("hi [[@jess.b]].", "jess.b")]
    [TestCase("RT [[@BBCNews]]: great", "BBCNews")]
    [TestCase("well done [[@Year6]]!", "Year6")]
    [TestCase("\"[[@school]]\"", "school")]
    [TestCase("“[[@school]]”", "school")]
    [TestCase("[[@a_b_c]]", "a_b_c")]
    [TestCase("[[@jess]]'s post", "jess")]
    [TestCase("with [[@mrs_patel]] and friends", "mrs_patel")]
    [TestCase("[[@_jess]] said", "_jess")]
    [TestCase("[[@jess__b]]", "jess__b")]
    [TestCase("thanks to [[@PTA]]?", "PTA")]
    [TestCase("[[@école_stmarc]]", "école_stmarc")]
    [TestCase("[[@2Ladies1Van]] catering", "2Ladies1Van")]
    [TestCase("[[@the.school.uk]] page", "the.school.uk")]
    [TestCase("cc:[[@governors]]", "governors")]
    [TestCase("[[@jess]]\nnext line", "jess")]
    [TestCase("[[@Mr_Okoro]];", "Mr_Okoro")]
    [TestCase("follow [[@stathern_pri]] now", "stathern_pri")]
    [TestCase("([[@a1]])", "a1")]
    [TestCase("[[@EducationGovUK]]'", "EducationGovUK")]
    [TestCase("- [[@coach_k]]", "coach_k")]
    [TestCase("/[[@school]]", "school")]
    [TestCase("[[@Leics_Sport]]...", "Leics_Sport")]
    [TestCase("[[@y5]] and [[@y6]]", "y5")]
    [TestCase("[[@jess_b99]]#proud", "jess_b99")]
    public void Finds(string marked, string handle)
    {
        var second = marked.IndexOf("[[", marked.IndexOf("]]", StringComparison.Ordinal), StringComparison.Ordinal);
        if (second >= 0) marked = marked[..second] + marked[(second + 2)..].Replace("]]", "", StringComparison.Ordinal);
        ExpectMarked(R, marked).Values["handle"].Should().Be(handle);
    }

    [TestCase("see you @10")]
    [TestCase("doors open @7pm")]
    [TestCase("lunch @12:30")]
    [TestCase("2 @ £5")]
    [TestCase("£3 each @£1.50")]
    [TestCase("jess@")]
    [TestCase("@")]
    [TestCase("@@")]
    [TestCase("a@b")]
    [TestCase("user@localhost")]
    [TestCase("b@stard")]
    [TestCase("sh@t")]
    [TestCase("C@t")]
    [TestCase("@.")]
    [TestCase("@-")]
    [TestCase("@ school")]
    [TestCase("office@stathern.leics.sch.uk")]
    [TestCase("x@y.z")]
    [TestCase("the @ sign")]
    [TestCase("@!")]
    [TestCase("jess @ home")]
    [TestCase("(at) gmail")]
    [TestCase("mailto:jess@example.com")]
    [TestCase("email:jess@gmail.com")]
    [TestCase("100@")]
    [TestCase("meet @3")]
    [TestCase("@£5")]
    public void Ignores(string text) => ExpectNone(R, text);
}
