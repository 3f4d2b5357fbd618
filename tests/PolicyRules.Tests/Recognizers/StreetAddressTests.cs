using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

public class StreetAddressTests
{
    private const string R = "street-address";

    [TestCase("She lives at [[14 Hope Street]].")]
    [TestCase("[[3 Mill Lane]]")]
    [TestCase("[[27 Church Road]] is the house")]
    [TestCase("[[5 Oak Close]]")]
    [TestCase("[[112 Victoria Avenue]]")]
    [TestCase("[[9 Station Road, Melton, LE13 0AB]]")]
    [TestCase("[[9 Station Road, LE13 0AB]]")]
    [TestCase("[[9 Station Road LE13 0AB]]")]
    [TestCase("[[14a Elm Grove]]")]
    [TestCase("[[Flat 2, 14 Hope Street]]")]
    [TestCase("at [[1 Long Acre Drive]]")]
    [TestCase("[[8 St Mark's Road]]")]
    [TestCase("[[22 Meadow Way]]")]
    [TestCase("[[4 Park Crescent]]")]
    [TestCase("[[16 Rose Gardens]]")]
    [TestCase("[[2 Kings Place]]")]
    [TestCase("[[7 Albert Terrace]]")]
    [TestCase("[[11 Abbey Court]]")]
    [TestCase("[[30 Green Lane]]")]
    [TestCase("[[101 High Street]]")]
    [TestCase("[[6 Stable Mews]]")]
    [TestCase("[[45 Queen's Drive]]")]
    [TestCase("[[3 Smith-Jones Road]]")]
    [TestCase("moved to [[19 Hall Rd]]")]
    [TestCase("[[12 Bridge St]]")]
    [TestCase("[[88 Canal Walk]]")]
    [TestCase("[[5 Market Square]]")]
    [TestCase("[[10 Downing Street]]")]
    [TestCase("[[221 Baker Street]]")]
    [TestCase("[[17 Cherry Tree Avenue]]")]
    [TestCase("[[4 Orchard Rise, Stathern]].")]
    public void Finds(string marked) => ExpectMarked(R, marked);

    [TestCase("Year 5 Road Safety week")]
    [TestCase("Class 3 Green Team won")]
    [TestCase("Top 10 Maths Way to learn")]
    [TestCase("The 5 Road Trips")]
    [TestCase("Hope Street was closed")]
    [TestCase("we walked down the street")]
    [TestCase("10:30 Church Road")]
    [TestCase("£5 Bake Sale Drive")]
    [TestCase("3 roads were closed")]
    [TestCase("in 2024 Oak Close opened")]
    [TestCase("page 4 Church Street history")]
    [TestCase("12 children walked to Hope Street")]
    [TestCase("St Mark's Church")]
    [TestCase("5 boys and 4 girls")]
    [TestCase("Meet at 10:30 in the hall")]
    [TestCase("Tickets are £12.50")]
    [TestCase("The year 2024")]
    [TestCase("3 cheers for Blue team")]
    [TestCase("We scored 3 goals")]
    [TestCase("aged 7 Park Run")]
    [TestCase("The 3 Little Pigs Way")]
    [TestCase("3 way split")]
    [TestCase("1 st place")]
    [TestCase("Group 4 Court case")]
    [TestCase("Lesson 2 Place value")]
    [TestCase("6 The Close Friends")]
    [TestCase("We have 2 Road Safety Officers")]
    [TestCase("1000 Hope Street")]
    [TestCase("0 Hope Street")]
    [TestCase("Step 3 Great Way to learn")]
    [TestCase("No address here")]
    public void Ignores(string text) => ExpectNone(R, text);

    [Test]
    public void TagsAPostcode()
    {
        var e = Expect(R, "9 Station Road, LE13 0AB", "9 Station Road, LE13 0AB");
        e.HasTag("with-postcode").Should().BeTrue();
        e.Values["street"].Should().Be("Station Road");
        Expect(R, "9 Station Road", "9 Station Road").HasTag("with-postcode").Should().BeFalse();
    }

    [TestCase("1 ")]
    [TestCase("1 Aa ")]
    [TestCase("1 Hope Hope Hope ")]
    [TestCase("12 Hope Street, ")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().BeGreaterThanOrEqualTo(0);
}
