using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

public class BankDetailsTests
{
    private const string R = "bank-details";

    [TestCase("Sort code [[12-34-56]]")]
    [TestCase("sort code: [[12 34 56]]")]
    [TestCase("s/c [[40-11-62]]")]
    [TestCase("[[40-11-62 12345678]]")]
    [TestCase("[[40-11-62, acc 12345678]]")]
    [TestCase("[[20-00-00 account 87654321]]")]
    [TestCase("account [[87654321]] sort [[20-00-00]]", IgnoreReason = "two spans")]
    [TestCase("Pay by BACS to [[30-90-89]]")]
    [TestCase("bank: [[60 83 71]]")]
    [TestCase("account number [[12345678]]")]
    [TestCase("acc no. [[12345678]]")]
    [TestCase("a/c [[12345678]]")]
    [TestCase("[[12345678 sort code 12-34-56]]")]
    [TestCase("Transfer to [[09-01-28]] please")]
    [TestCase("sortcode [[090128]]")]
    [TestCase("sort code [[090128]] acc 12345678", IgnoreReason = "compact sort code joins the account only with context")]
    [TestCase("IBAN [[GB33BUKB20201555555555]]")]
    [TestCase("[[GB33 BUKB 2020 1555 5555 55]]")]
    [TestCase("payee details [[11-22-33]]")]
    [TestCase("account: [[1234 5678]]")]
    [TestCase("[[11-22-33 / 12345678]]")]
    [TestCase("Sort Code [[77-91-20]], Account [[12345678]]", IgnoreReason = "two spans")]
    [TestCase("Bank [[11 22 33 12345678]]")]
    [TestCase("sort code [[30-00-00]].")]
    [TestCase("S/C: [[30-00-00]]")]
    [TestCase("acct [[00012345]]")]
    [TestCase("banking details [[55-66-77]]")]
    [TestCase("account [[87654321]]")]
    [TestCase("Account No [[11223344]]")]
    [TestCase("[[40-11-62 - 12345678]]")]
    [TestCase("(sort code [[40-11-62]])")]
    [TestCase("send to [[40 11 62 87654321]]")]
    [TestCase("transfer [[40-11-62]]")]
    public void Finds(string marked) => ExpectMarked(R, marked);

    [Test]
    public void JoinsSortCodeAndAccount()
    {
        var e = Expect(R, "Sort Code 77-91-20, Account 12345678", "77-91-20, Account 12345678");
        e.Tags.Should().Contain(["sort-code", "account-number"]);
        e.Values["account"].Should().Be("12345678");
    }

    [TestCase("Trip on 12-03-24")]
    [TestCase("Dates 12-03-24 to 15-03-24")]
    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024")]
    [TestCase("Score 12-34-56 in the relay?")]
    [TestCase("order 12345678")]
    [TestCase("ref 12345678")]
    [TestCase("12345678 people")]
    [TestCase("phone 12 34 56")]
    [TestCase("call 0161 496 0000")]
    [TestCase("123456")]
    [TestCase("12-34-567")]
    [TestCase("112-34-56 account")]
    [TestCase("account 1234567")]
    [TestCase("account 123456789")]
    [TestCase("12/03/24 account")]
    [TestCase("12-34 56")]
    [TestCase("the account of the trip 2024")]
    [TestCase("Sort the code 12")]
    [TestCase("10-11-12 year olds")]
    [TestCase("born 01-02-16")]
    [TestCase("20240101")]
    [TestCase("on 12-03-24 we went")]
    [TestCase("ISBN 978-0-14-032872-1")]
    [TestCase("GB12")]
    [TestCase("URN 123456")]
    [TestCase("01 02 03 04 05")]
    [TestCase("12.34.56")]
    [TestCase("no bank here")]
    public void Ignores(string text) => ExpectNone(R, text);

    [TestCase("12-34-56 ")]
    [TestCase("1")]
    [TestCase("account 12345678 ")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().BeGreaterThanOrEqualTo(0);
}

public class CardNumberTests
{
    private const string R = "card-number";

    [TestCase("card [[4111 1111 1111 1111]]")]
    [TestCase("[[4111111111111111]]")]
    [TestCase("[[4111-1111-1111-1111]]")]
    [TestCase("[[5555 5555 5555 4444]]")]
    [TestCase("[[5105105105105100]]")]
    [TestCase("[[2223 0031 2200 3222]]")]
    [TestCase("[[3782 822463 10005]]")]
    [TestCase("[[378282246310005]]")]
    [TestCase("[[3714 496353 98431]]")]
    [TestCase("[[6011 1111 1111 1117]]")]
    [TestCase("[[6011000990139424]]")]
    [TestCase("[[4012 8888 8888 1881]]")]
    [TestCase("[[4222222222222]]")]
    [TestCase("[[5200 8282 8282 8210]]")]
    [TestCase("[[4000 0566 5566 5556]]")]
    [TestCase("[[5200 8282 8282 8210]], exp 12/27")]
    [TestCase("my card is [[4242 4242 4242 4242]]")]
    [TestCase("([[4242424242424242]])")]
    [TestCase("[[4000 0025 0000 3155]].")]
    [TestCase("[[4000 0000 0000 0077]]")]
    [TestCase("[[5454 5454 5454 5454]]")]
    [TestCase("[[2720 9999 9999 9996]]", IgnoreReason = "check digit not verified")]
    [TestCase("[[4917 4845 8989 7107]]")]
    [TestCase("[[4462 0300 0000 0000]]", IgnoreReason = "check digit not verified")]
    [TestCase("[[4000 0000 0000 0002]]")]
    [TestCase("[[4000 0000 0000 9995]]")]
    [TestCase("[[4000 0000 0000 0127]]")]
    [TestCase("[[5500 0000 0000 0004]]")]
    [TestCase("[[3400 000000 00009]]")]
    [TestCase("[[6011 0000 0000 0004]]")]
    [TestCase("debit card [[4000 0000 0000 0010]]")]
    [TestCase("[[4111 1111 1111 1111]] and [[5555 5555 5555 4444]]")]
    public void Finds(string marked) => ExpectMarked(R, marked);

    [TestCase("4111 1111 1111 1112")]
    [TestCase("4111111111111112")]
    [TestCase("1234 5678 9012 3456")]
    [TestCase("0000 0000 0000 0000")]
    [TestCase("9111 1111 1111 1111")]
    [TestCase("4111 1111 1111 111")]
    [TestCase("41111 1111 1111 111")]
    [TestCase("4111 1111-1111 1111")]
    [TestCase("4111 11 11 1111 1111")]
    [TestCase("41111111111111111111")]
    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024")]
    [TestCase("call 07700 900123")]
    [TestCase("07700 900123 0161 496 0000")]
    [TestCase("ref 4111111111111111X")]
    [TestCase("A4111111111111111")]
    [TestCase("£4111111111111111")]
    [TestCase("4111111111111111.50")]
    [TestCase("2024 2025 2026 2027")]
    [TestCase("12 34 56 78 90 12 34")]
    [TestCase("NHS 943 476 5919")]
    [TestCase("sort code 40-11-62 12345678")]
    [TestCase("1111 2222 3333 4444")]
    [TestCase("8111 1111 1111 1111")]
    [TestCase("3111 1111 1111 111")]
    [TestCase("3782-822463-10005 4")]
    [TestCase("card 1234")]
    [TestCase("Dates: 01/02/2024 - 03/04/2024")]
    [TestCase("no card here")]
    public void Ignores(string text) => ExpectNone(R, text);

    [Test]
    public void LastFourAndBrand()
    {
        var e = Expect(R, "4111 1111 1111 1111", "4111 1111 1111 1111");
        e.Values["last4"].Should().Be("1111");
        e.HasTag("visa").Should().BeTrue();
    }

    [TestCase("4111 1111 1111 1111 ")]
    [TestCase("4 ")]
    [TestCase("4-")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().BeGreaterThanOrEqualTo(0);
}
