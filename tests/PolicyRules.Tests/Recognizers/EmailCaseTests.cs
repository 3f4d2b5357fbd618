using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// More table-driven cases for <c>email</c> (with <see cref="EmailTests"/>, at least 30 positive and
/// 30 negative): addresses inside punctuation, personal (free mail) versus school-own (<c>.sch.uk</c>,
/// <see cref="PostContext.SchoolDomains"/>, <see cref="PostContext.SchoolContacts"/>), and things that are not addresses.
/// </summary>
public class EmailCaseTests
{
    private const string R = "email";

    private static readonly PostContext School = new()
    {
        SchoolDomains = ["stathernprimary.org.uk"],
        SchoolContacts = ["01949 860123", "office@stathern.leics.sch.uk", "stathernpta@gmail.com", "bursar@stathern-trust.co.uk"],
    };

    [TestCase("([[jess@gmail.com]])", "personal")]
    [TestCase("<[[jess@gmail.com]]>", "personal")]
    [TestCase("\"[[jess@gmail.com]]\"", "personal")]
    [TestCase("“[[jess@gmail.com]]”", "personal")]
    [TestCase("email: [[jess@gmail.com]].", "personal")]
    [TestCase("[[jess@gmail.com]], or call", "personal")]
    [TestCase("[[jess@gmail.com]]...", "personal")]
    [TestCase("[[Jess.Smith@Gmail.com]]", "personal")]
    [TestCase("[[JESS@GMAIL.COM]]!", "personal")]
    [TestCase("[[jess+school@gmail.com]]", "personal")]
    [TestCase("[[jess_b-99@hotmail.co.uk]]", "personal")]
    [TestCase("[[mr.okoro@outlook.com]];", "personal")]
    [TestCase("[[jess@yahoo.co.uk]]?", "personal")]
    [TestCase("[[jess99@live.co.uk]]", "personal")]
    [TestCase("mailto:[[jess@icloud.com]]", "personal")]
    [TestCase("[[sarah.o'neill@gmail.com]]", "personal")]
    [TestCase("[[mrs.patel.stathern@gmail.com]]", "personal")]
    [TestCase("[[office@stathern.leics.sch.uk]]!", "school-own")]
    [TestCase("[[JESS@SCHOOL.SCH.UK]]", "school-own")]
    [TestCase("[[head@stathernprimary.org.uk]]", "school-own")]
    [TestCase("[[head@mail.stathernprimary.org.uk]]", "school-own")]
    [TestCase("[[finance@stathern-trust.co.uk]]", "school-own")]
    [TestCase("([[stathernpta@gmail.com]])", "school-own")]
    [TestCase("[[someone@company.com]]", "other")]
    [TestCase("[[a@b.co]]", "other")]
    [TestCase("[[jess@notstathernprimary.org.uk]]", "other")]
    [TestCase("[[first.last@nhs.net]]", "other")]
    public void Finds(string marked, string tag) => ExpectMarked(R, marked, School).Tags.Should().Equal(tag);

    [TestCase("jess@")]
    [TestCase("@gmail.com")]
    [TestCase("jess@gmail")]
    [TestCase("jess@gmail.")]
    [TestCase("jess @ gmail.com")]
    [TestCase("jess@.com")]
    [TestCase("jess@gmail.c")]
    [TestCase("b@stard")]
    [TestCase("sh@t")]
    [TestCase("user@localhost")]
    [TestCase("£5 @ 3.50")]
    [TestCase("buy 2@3.50 each")]
    [TestCase("2@3.450")]
    [TestCase("jess at gmail dot com")]
    [TestCase("@school")]
    [TestCase("jess@@gmail.com")]
    [TestCase("x@y.z")]
    [TestCase("name@domain")]
    [TestCase("e-mail the office")]
    [TestCase("the @ sign")]
    [TestCase("@jess_b")]
    [TestCase("10@5.5")]
    [TestCase("meet@10.30")]
    [TestCase("https://example.com/@jess")]
    [TestCase("jess@gmail,com")]
    [TestCase("@@@")]
    [TestCase("#jess")]
    public void Ignores(string text) => ExpectNone(R, text, School);
}
