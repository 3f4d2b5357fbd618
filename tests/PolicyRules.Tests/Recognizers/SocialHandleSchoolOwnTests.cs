using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// <c>social-handle</c> tags the school's own handle <c>school-own</c> (from <see cref="PostContext.SchoolNames"/>
/// and <see cref="PostContext.SchoolContacts"/>), so packs can exclude it; other handles keep only their platform.
/// </summary>
public class SocialHandleSchoolOwnTests
{
    private const string R = "social-handle";

    private static readonly PostContext School = new()
    {
        SchoolNames = ["Stathern Primary", "St Mark's CofE Academy"],
        SchoolContacts = ["01949 860123", "office@stathern.leics.sch.uk", "@StathernSportsDept", "https://www.tiktok.com/@stathern.dance/"],
    };

    [TestCase("follow us on instagram [[@stathernprimary]]", "instagram")]
    [TestCase("find us on x [[@StathernPri]]", "x")]
    [TestCase("twitter: [[@Stathern_Primary]]", "x")]
    [TestCase("facebook: [[Stathern.Primary.School]]", "facebook")]
    [TestCase("[[@stathernprimaryPTA]] on insta", "instagram")]
    [TestCase("our instagram is [[@StathernPTA]]", "instagram")]
    [TestCase("youtube: [[@stathern]]", "youtube")]
    [TestCase("instagram: [[@StathernPrim]]", "instagram")]
    [TestCase("insta: [[@stmarksacademy]]", "instagram")]
    [TestCase("x: [[@StMarksCofE]]", "x")]
    [TestCase("[[@StathernSportsDept]] on instagram", "instagram")]
    [TestCase("tiktok: [[@stathern.dance]]", "tiktok")]
    public void TagsTheSchoolsOwnHandle(string marked, string platform) =>
        ExpectMarked(R, marked, School).Tags.Should().Equal(platform, "school-own");

    [TestCase("my snapchat is [[jess_b99]]")]
    [TestCase("add me on insta [[@stathern_jess]]")]
    [TestCase("my tiktok is [[@stathernprimary_fan]]")]
    [TestCase("sc: [[stathern2013]]")]
    [TestCase("insta: [[@primary_stathern]]")]
    [TestCase("follow me on tiktok [[@stath]]")]
    [TestCase("ig: [[@stmarks_girl]]")]
    [TestCase("my instagram is [[@stathern.dance.fan]]")]
    [TestCase("x: [[@office]]")]
    public void LeavesOtherHandlesUntagged(string marked) =>
        ExpectMarked(R, marked, School).Tags.Should().NotContain("school-own");

    // Without any context: a page whose name goes on to name a school, an academy or a PTA is an institution's.
    [TestCase("Facebook: [[Friends]] of Brookside School (PTA)", "facebook")]
    [TestCase("facebook: [[Oakfield]] Primary Parents", "facebook")]
    [TestCase("Instagram: [[@northgate_sport]] (Northgate Academy PE)", "instagram")]
    public void TagsAnInstitutionsPage(string marked, string platform) =>
        ExpectMarked(R, marked).Tags.Should().Equal(platform, "school-own");

    [TestCase("my facebook: [[Jess]] Brown, add me")]
    [TestCase("Facebook: [[Friends]] of mine only\nSchool news is on the website")]
    public void APersonsPageIsNotAnInstitutions(string marked) =>
        ExpectMarked(R, marked).Tags.Should().NotContain("school-own");

    [Test]
    public void WithoutSchoolContextNoHandleIsTheSchools() =>
        ExpectMarked(R, "follow us on instagram [[@stathernprimary]]").Tags.Should().Equal("instagram");

    [Test]
    public void PacksCanExcludeTheSchoolsOwnHandle()
    {
        var engine = EngineFor(R, ", exclude-tags: [school-own]");
        engine.Check("follow us on instagram @stathernprimary", School).Violations.Should().BeEmpty();
        engine.Check("add me on snapchat @stathern_jess", School).Violations.Should().ContainSingle();
    }
}
