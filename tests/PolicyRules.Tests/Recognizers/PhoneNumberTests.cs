using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

public class PhoneNumberTests
{
    private const string R = "phone-number";

    public static readonly object[] Positives =
    [
        new object[] { "call me on 07700 900123 tonight", "07700 900123", "mobile" },
        new object[] { "07700900123", "07700900123", "mobile" },
        // Word and "&nbsp;" put no-break, thin or narrow spaces between the groups.
        new object[] { "call me on 07700\u00A0900123 tonight", "07700\u00A0900123", "mobile" },
        new object[] { "mob 07700\u202F900\u202F123", "07700\u202F900\u202F123", "mobile" },
        new object[] { "ring +44\u00A07700\u2009900123", "+44\u00A07700\u2009900123", "mobile" },
        // A keyboard in full-width mode types full-width digits, plus signs, brackets and spaces.
        new object[] { "Text me on ０７７００ ９００１２３", "０７７００ ９００１２３", "mobile" },
        new object[] { "Text me on ０７７００\u3000９００１２３ tonight", "０７７００\u3000９００１２３", "mobile" },
        new object[] { "ring ＋４４ ７７００ ９００１２３", "＋４４ ７７００ ９００１２３", "mobile" },
        new object[] { "office: （０１６１） ４９６ ００００", "（０１６１） ４９６ ００００", "landline" },
        new object[] { "my number is 07700-900-123", "07700-900-123", "mobile" },
        new object[] { "text 07700.900.123 please", "07700.900.123", "mobile" },
        new object[] { "ring +44 7700 900123", "+44 7700 900123", "mobile" },
        new object[] { "ring +447700900123.", "+447700900123", "mobile" },
        new object[] { "ring +44 (0)7700 900123", "+44 (0)7700 900123", "mobile" },
        new object[] { "0044 7700 900123 is mine", "0044 7700 900123", "mobile" },
        new object[] { "mob: 07911 123456", "07911 123456", "mobile" },
        new object[] { "07911 123 456", "07911 123 456", "mobile" },
        new object[] { "WhatsApp 07400 123456!", "07400 123456", "mobile" },
        new object[] { "(07700 900123)", "07700 900123", "mobile" },
        new object[] { "office: 0161 496 0000", "0161 496 0000", "landline" },
        new object[] { "(0161) 496 0000", "(0161) 496 0000", "landline" },
        new object[] { "(020) 7946 0958", "(020) 7946 0958", "landline" },
        new object[] { "020 7946 0958", "020 7946 0958", "landline" },
        new object[] { "02079460958", "02079460958", "landline" },
        new object[] { "tel 01632 960123", "01632 960123", "landline" },
        new object[] { "tel 01632-960123", "01632-960123", "landline" },
        new object[] { "+44 161 496 0000", "+44 161 496 0000", "landline" },
        new object[] { "+44 (0) 161 496 0000", "+44 (0) 161 496 0000", "landline" },
        new object[] { "tel 0113 496 0123", "0113 496 0123", "landline" },
        new object[] { "029 2018 0123", "029 2018 0123", "landline" },
        new object[] { "Freephone 0800 123456", "0800 123456", "service" },
        new object[] { "0800 123 4567", "0800 123 4567", "service" },
        new object[] { "call 0345 600 1234", "0345 600 1234", "service" },
        new object[] { "0300 123 1234 for help", "0300 123 1234", "service" },
        new object[] { "Childline 0800 1111 is not 11 digits but 0808 800 5000 is", "0808 800 5000", "service" },
        new object[] { "0870 123 4567", "0870 123 4567", "service" },
        new object[] { "numbers: 07700 900123, 07700 900124", "07700 900124", "mobile" },
        new object[] { "Call 01234 567890.", "01234 567890", "landline" },
    ];

    [TestCaseSource(nameof(Positives))]
    public void Finds(string text, string expected, string kind) =>
        Expect(R, text, expected).HasTag(kind).Should().BeTrue();

    [TestCase("Meet at 10:30 in the hall")]
    [TestCase("Tickets are £12.50 each")]
    [TestCase("Tickets £07.50")]
    [TestCase("In 2024 we raised 1,250 pounds")]
    [TestCase("Trip on 01/02/2024 at 09:30")]
    [TestCase("Trip on 01.02.2024 09.30 to 15.30")]
    [TestCase("07.06.2023 - 08.06.2023")]
    [TestCase("Ref 01234567890")]
    [TestCase("Reference: 0161 496 0000")]
    [TestCase("Invoice no. 07700900123")]
    [TestCase("Order 077009001234567")]
    [TestCase("Serial 012345678901234")]
    [TestCase("Score 3-0-1")]
    [TestCase("We raised £1,000,000")]
    [TestCase("01234")]
    [TestCase("0770090012")]
    [TestCase("077009001234")]
    [TestCase("06700 900123")]
    [TestCase("04700 900123")]
    [TestCase("+44 07700 900123")]
    [TestCase("1234 567 890")]
    [TestCase("17700 900123")]
    [TestCase("version 0.7700.900123")]
    [TestCase("ISBN 0140328726 is Matilda")]
    [TestCase("between 09:00-10:00 and 11:00-12:00")]
    [TestCase("Term dates 04/09/2024 - 20/12/2024")]
    [TestCase("A07700900123")]
    [TestCase("07700900123X")]
    [TestCase("Year 5 scored 07 points")]
    [TestCase("The bus leaves at 0830 and returns at 1530")]
    [TestCase("No numbers here at all")]
    [TestCase("URN 012345 and UPN A123456789012")]
    public void Ignores(string text) => ExpectNone(R, text);

    [Test]
    public void TellsTheSchoolsOwnNumberFromAPersonalOne()
    {
        var context = new PostContext { SchoolContacts = ["+44 161 496 0000", "07700 900999", "office@school.sch.uk"] };
        Expect(R, "Call the office on 0161 496 0000", "0161 496 0000", context).Tags.Should().BeEquivalentTo(["landline", "school-own"]);
        Expect(R, "Out of hours: 07700900999", "07700900999", context).Tags.Should().BeEquivalentTo(["mobile", "school-own"]);
        Expect(R, "Text me on 07700 900123", "07700 900123", context).Tags.Should().BeEquivalentTo(["mobile", "personal"]);
        Expect(R, "Call 0161 496 0001", "0161 496 0001", context).Tags.Should().BeEquivalentTo(["landline"]);
        Expect(R, "call me at home on 01632 555123", "01632 555123", context).Tags.Should().BeEquivalentTo(["landline", "personal"]);
        Expect(R, "my landline is 01632 555123", "01632 555123", context).Tags.Should().BeEquivalentTo(["landline", "personal"]);
        Expect(R, "Unwell children stay at home. Call 0161 496 0001 to report it", "0161 496 0001", context).Tags.Should().BeEquivalentTo(["landline"]);
        Expect(R, "Call 07700 900123", "07700 900123").Values["number"].Should().Be("07700 900123");
    }

    [Test]
    public void WorksThroughTheEngineWithTags()
    {
        var engine = EngineFor(R, ", tags: [personal]");
        var context = new PostContext { SchoolContacts = ["0161 496 0000"] };
        engine.Check("Message me on 07700 900123", context).Violations.Should().ContainSingle().Which.Excerpt.Should().Be("07700 900123");
        engine.Check("Call the office on 0161 496 0000", context).Violations.Should().BeEmpty();
        engine.Check("No digits in this draft", context).Violations.Should().BeEmpty();
    }

    [TestCase("0")]
    [TestCase("0 ")]
    [TestCase("07700 90012")]
    [TestCase("+44 (0")]
    [TestCase("0-0-0-0-")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().Be(0);

    [Test]
    public void FindsEveryNumberInALongDraft() => Adversarial(R, "call 07700 900123 now. ").Should().Be(100_000 / 23 + 1);
}
