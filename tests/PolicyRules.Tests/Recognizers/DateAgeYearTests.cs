using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

public class DateOfBirthTests
{
    private const string R = "date-of-birth";

    [TestCase("[[DOB 14/03/2016]]")]
    [TestCase("[[DOB: 14/03/2016]]")]
    [TestCase("[[d.o.b. 14/03/2016]]")]
    [TestCase("[[D.O.B 14.03.2016]]")]
    [TestCase("[[dob - 14-03-16]]")]
    [TestCase("[[Date of birth: 1/3/2016]]")]
    [TestCase("She was [[born on 14th March 2016]].")]
    [TestCase("[[born 14 March 2016]]")]
    [TestCase("[[born on the 14th of March 2016]]")]
    [TestCase("[[born on March 14, 2016]]")]
    [TestCase("[[born on 3rd May]]")]
    [TestCase("her [[birthday is 3rd May]]")]
    [TestCase("[[birthday: 3 May]]")]
    [TestCase("[[birthday on 21st June]]")]
    [TestCase("[[Birthday is 1st Jan]]")]
    [TestCase("his [[b'day is 5th Nov]]")]
    [TestCase("[[birthdate 02/09/2015]]")]
    [TestCase("[[born in March 2016]]")]
    [TestCase("[[born in Sept 2015]]")]
    [TestCase("[[DOB 2nd Feb 2017]]")]
    [TestCase("[[DOB 02/02/17]]")]
    [TestCase("[[born on 31/12/2015]]")]
    [TestCase("[[Born: 9th October 2014]]")]
    [TestCase("[[birthday was 12th July]]")]
    [TestCase("[[born 1 Dec 2016]]")]
    [TestCase("[[dob 1.12.16]]")]
    [TestCase("[[date of birth 25 December 2015]]")]
    [TestCase("([[DOB 14/03/2016]])")]
    [TestCase("[[born on 14th Mar. 2016]]")]
    [TestCase("[[born on August 3rd]]")]
    [TestCase("Amelia, [[DOB 14/03/2016]], Year 3")]
    public void Finds(string marked) => ExpectMarked(R, marked);

    [TestCase("Trip on 14/03/2024")]
    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024")]
    [TestCase("born to be wild on 14")]
    [TestCase("our newborn on 14th March 2016")]
    [TestCase("firstborn 14/03/2016")]
    [TestCase("Date: 14/03/2016")]
    [TestCase("birthday party on Saturday")]
    [TestCase("Happy birthday to everyone")]
    [TestCase("born on 32/03/2016")]
    [TestCase("born on 14/13/2016")]
    [TestCase("DOB 14/03/2016/7", IgnoreReason = "reference-like suffix tolerated")]
    [TestCase("The school's birthday is 3rd May")]
    [TestCase("born in 2016")]
    [TestCase("DOB unknown")]
    [TestCase("birthday is coming 3 weeks")]
    [TestCase("born on time 10:30")]
    [TestCase("dobby 14/03/2016")]
    [TestCase("adobe 14/03/2016")]
    [TestCase("Births and deaths 14/03/2016")]
    [TestCase("reborn on 3rd May")]
    [TestCase("stubborn on 3rd May")]
    [TestCase("born on Mars")]
    [TestCase("Queen's birthday is 21st April")]
    [TestCase("birthday 2024")]
    [TestCase("born on 0/0/2016")]
    [TestCase("dob 14:03:2016")]
    [TestCase("birthday is in May")]
    [TestCase("Term starts 3rd May")]
    [TestCase("no date here")]
    public void Ignores(string text) => ExpectNone(R, text);

    [Test]
    public void Tags()
    {
        Expect(R, "DOB 14/03/2016", "DOB 14/03/2016").HasTag("full-date").Should().BeTrue();
        Expect(R, "birthday is 3rd May", "birthday is 3rd May").HasTag("day-month").Should().BeTrue();
        Expect(R, "DOB 14/03/2016", "DOB 14/03/2016").Values["date"].Should().Be("14/03/2016");
    }

    [TestCase("born on 1")]
    [TestCase("dob ")]
    [TestCase("born on 14th of ")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().Be(0);
}

public class AgeTests
{
    private const string R = "age";

    [TestCase("Amelia, [[aged 7]], won")]
    [TestCase("[[Aged 10]]")]
    [TestCase("[[age 7]]")]
    [TestCase("[[7 years old]]")]
    [TestCase("[[7 year old]]")]
    [TestCase("[[7-year-old]] Tom")]
    [TestCase("our [[11 year-old]] captain")]
    [TestCase("[[8 yrs old]]")]
    [TestCase("[[8yrs old]]")]
    [TestCase("[[9yo]]")]
    [TestCase("[[9 yo]] boy")]
    [TestCase("Amelia [[(8)]] and Tom [[(9)]]", IgnoreReason = "two spans; see next")]
    [TestCase("Amelia [[(8)]] won")]
    [TestCase("Oliver [[(10)]]")]
    [TestCase("well done Isla [[(6)]]!")]
    [TestCase("[[aged 4]] to")]
    [TestCase("she is [[5 years old]] today")]
    [TestCase("[[12-year-old]]")]
    [TestCase("a [[6 year old]] girl")]
    [TestCase("[[aged 15]]")]
    [TestCase("Noah [[(7)]]")]
    [TestCase("[[AGED 7]]")]
    [TestCase("[[3 Years Old]]")]
    [TestCase("[[14yo]].")]
    [TestCase("[[aged 16]].")]
    [TestCase("Mia-Rose [[(5)]]")]
    [TestCase("[[10 y/o]]")]
    [TestCase("[[1 year old]]")]
    [TestCase("Freya [[(11)]],")]
    [TestCase("[[aged 9]] and [[aged 10]]")]
    [TestCase("Zara [[(4)]]")]
    public void Finds(string marked) => ExpectMarked(R, marked);

    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024")]
    [TestCase("Question (3)")]
    [TestCase("Chapter (8)")]
    [TestCase("Year (8)")]
    [TestCase("aged cheese")]
    [TestCase("5 years ago")]
    [TestCase("100 years old")]
    [TestCase("the school is 150 years old")]
    [TestCase("Year 7")]
    [TestCase("ages 7-11")]
    [TestCase("aged 7-11")]
    [TestCase("aged 7 to 11")]
    [TestCase("7 years")]
    [TestCase("the page (8)")]
    [TestCase("(8)")]
    [TestCase("Step (2)")]
    [TestCase("1990s old photos")]
    [TestCase("image (2).jpg")]
    [TestCase("In the 90s")]
    [TestCase("a 3-year plan")]
    [TestCase("the old year 6 team")]
    [TestCase("Grace (0)")]
    [TestCase("Rooms (12)")]
    [TestCase("page 7 old")]
    [TestCase("teenage 12")]
    [TestCase("damaged 7 chairs")]
    [TestCase("engaged 10 staff")]
    [TestCase("Manchester (2)")]
    [TestCase("no age here")]
    public void Ignores(string text) => ExpectNone(R, text);

    [Test]
    public void Values()
    {
        Expect(R, "aged 7", "aged 7").Values["age"].Should().Be("7");
        Expect(R, "Amelia (8)", "(8)").HasTag("child").Should().BeTrue();
    }

    [TestCase("aged ")]
    [TestCase("7 years ")]
    [TestCase("Amelia (")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().Be(0);

    [Test]
    public void FinishesOnALongRunOfAges() => Adversarial(R, "aged 7-").Should().Be(100_000 / 7);
}

public class YearGroupTests
{
    private const string R = "year-group";

    [TestCase("[[Year 5]] went to the zoo")]
    [TestCase("[[year 6]] leavers")]
    [TestCase("[[Year 10]]")]
    [TestCase("[[Year R]]")]
    [TestCase("[[Y4]] trip")]
    [TestCase("[[Y 4]] trip")]
    [TestCase("[[Yr 6]] SATs")]
    [TestCase("[[Yr6]]")]
    [TestCase("[[yr 3]]")]
    [TestCase("[[Reception]] had a picnic")]
    [TestCase("Our [[Reception]] children")]
    [TestCase("in [[4B]] today")]
    [TestCase("Class [[4B]]", IgnoreReason = "Class then a code")]
    [TestCase("from [[3C]]")]
    [TestCase("[[Class 3]] assembly")]
    [TestCase("[[class 2]]")]
    [TestCase("[[Key Stage 2]]")]
    [TestCase("[[key stage 1]]")]
    [TestCase("[[KS1]] nativity")]
    [TestCase("[[KS 2]]")]
    [TestCase("[[Nursery]] sports day")]
    [TestCase("[[Year 5]] and [[Year 6]]")]
    [TestCase("[[YEAR 4]]")]
    [TestCase("([[Year 3]])")]
    [TestCase("[[Year 13]]")]
    [TestCase("[[Year 1]].")]
    [TestCase("[[Y6]],")]
    [TestCase("[[KS3]]")]
    [TestCase("joined [[6A]]")]
    [TestCase("in [[5H]]")]
    [TestCase("[[Key Stage 4]] options")]
    public void Finds(string marked) => ExpectMarked(R, marked);

    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024")]
    [TestCase("Year 2024")]
    [TestCase("the year 2024")]
    [TestCase("last year 5 children came", IgnoreReason = "ambiguous")]
    [TestCase("Year 14")]
    [TestCase("Y2K")]
    [TestCase("3D printing")]
    [TestCase("4G signal")]
    [TestCase("a 5K run")]
    [TestCase("2M views")]
    [TestCase("Reception desk")]
    [TestCase("the reception area")]
    [TestCase("nursery rhymes")]
    [TestCase("Class teacher")]
    [TestCase("first-class 2 stamps")]
    [TestCase("KS6")]
    [TestCase("Key Stage 9")]
    [TestCase("Y%")]
    [TestCase("A4B")]
    [TestCase("12B")]
    [TestCase("4b")]
    [TestCase("Ticket A-4B")]
    [TestCase("per year 3 times")]
    [TestCase("each year 4 trips")]
    [TestCase("this year 5 pupils", IgnoreReason = "ambiguous: could be Year 5")]
    [TestCase("Yesterday 4 came")]
    [TestCase("YO1 7HH")]
    [TestCase("model XY4")]
    [TestCase("version 4X")]
    [TestCase("no year here")]
    [TestCase("10 years")]
    [TestCase("1st place")]
    public void Ignores(string text) => ExpectNone(R, text);

    [Test]
    public void Values()
    {
        Expect(R, "Year 5", "Year 5").Values["year"].Should().Be("5");
        Expect(R, "Reception", "Reception").Values["year"].Should().Be("R");
        Expect(R, "KS2", "KS2").Values["year"].Should().Be("KS2");
        Expect(R, "in 4B", "4B").Values["year"].Should().Be("4");
    }

    [TestCase("Year ")]
    [TestCase("Y")]
    [TestCase("4B ")]
    [TestCase("Key Stage ")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().BeGreaterThanOrEqualTo(0);
}
