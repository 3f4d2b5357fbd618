using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

public class PostcodeTests
{
    private const string R = "postcode";

    [TestCase("Send it to [[LE14 4AA]] please")]
    [TestCase("[[SW1A 1AA]] is the palace")]
    [TestCase("Send it to [[LE14\u00A04AA]] please")] // a no-break space (Word, "&nbsp;") reads as a space
    [TestCase("postcode: [[M1 1AE]]")]
    [TestCase("[[B33 8TH]]")]
    [TestCase("[[CR2 6XH]]")]
    [TestCase("[[DN55 1PT]]")]
    [TestCase("[[W1A 0AX]]")]
    [TestCase("[[EC1A 1BB]]")]
    [TestCase("[[L1 8JQ]] Liverpool")]
    [TestCase("in [[NE1 4ST]].")]
    [TestCase("([[BT1 5GS]])")]
    [TestCase("[[LS1 4AP]], Leeds")]
    [TestCase("[[G2 1DY]]")]
    [TestCase("[[EH1 1YZ]]")]
    [TestCase("[[CF10 1EP]]")]
    [TestCase("[[NG1 5FS]]")]
    [TestCase("[[OX1 2JD]]")]
    [TestCase("[[CB2 1TN]]")]
    [TestCase("[[YO1 7HH]]")]
    [TestCase("[[ZE1 0AA]]")]
    [TestCase("[[LE144AA]]")]
    [TestCase("[[SW1A1AA]]")]
    [TestCase("my postcode is [[le14 4aa]]")]
    [TestCase("address: 3 Hope Street, [[LE1 2AB]]")]
    [TestCase("[[PE1 1XX]]")]
    [TestCase("[[N1 9GU]]")]
    [TestCase("[[E1 6AN]]")]
    [TestCase("[[TR1 2HE]]")]
    [TestCase("[[IV2 3BB]]")]
    [TestCase("[[AB10 1XG]]")]
    [TestCase("[[KT1 1AA]] and [[KT2 2BB]]")]
    public void Finds(string marked) => ExpectMarked(R, marked);

    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024")]
    [TestCase("KS2 3RD place")]
    [TestCase("Y4 5TH")]
    [TestCase("QA1 1AA")]
    [TestCase("VA1 1AA")]
    [TestCase("XX1 1AA")]
    [TestCase("LE14 4CI")]
    [TestCase("LE14 4AK")]
    [TestCase("LE14 4AM")]
    [TestCase("LE14 4AO")]
    [TestCase("LE14 4AV")]
    [TestCase("LE14")]
    [TestCase("SW1A")]
    [TestCase("A1 1AA")]
    [TestCase("ref LE14-4AA")]
    [TestCase("we came 1st and 2nd")]
    [TestCase("ab12 3cd is lower case with no context")]
    [TestCase("ABC1 2DE")]
    [TestCase("LE14 4AAB")]
    [TestCase("JZ1 1AA")]
    [TestCase("E1")]
    [TestCase("Room B12 3rd floor")]
    [TestCase("the 4G network")]
    [TestCase("Year 5 4th place")]
    [TestCase("The M1 was closed")]
    [TestCase("Flight BA1 123")]
    [TestCase("product code SW19 5ZZZ9")]
    [TestCase("score 1-0")]
    [TestCase("No postcode here")]
    public void Ignores(string text) => ExpectNone(R, text);

    [Test]
    public void Values() => Expect(R, "LE14 4AA", "LE14 4AA").Values["area"].Should().Be("LE");

    [TestCase("LE14 4AA ")]
    [TestCase("A")]
    [TestCase("AA9 ")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().Be(unit == "LE14 4AA " ? 100_000 / 9 : 0);
}
