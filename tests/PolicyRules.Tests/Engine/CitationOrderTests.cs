using PolicyRules.Engine;

namespace PolicyRules.Tests.Engine;

/// <summary>The most specific clauses first; among equally specific ones, those that share words with the finding.</summary>
public class CitationOrderTests
{
    private static Citation Clause(string id, string quote) => new("p", id, "H", quote);

    private static readonly CitationList List = new(
        [
            Clause("friends", "Staff must not accept current pupils' parents as friends."),
            Clause("numbers", "Staff must not provide parents with personal contact details, email or mobile numbers."),
            Clause("general", "Staff must keep their professional and personal lives separate, including mobile phones."),
        ],
        [1, 1, 2]);

    [Test]
    public void AnEquallySpecificClauseSharingTheFindingsWordsComesFirst()
    {
        List.For("'07700 900123' is a personal way to contact you. a UK mobile number").Select(c => c.Clause)
            .Should().Equal("numbers", "friends", "general");
        List.For("'add me on Facebook' asks parents to be friends").Select(c => c.Clause)
            .Should().Equal("friends", "numbers", "general");
    }

    [Test]
    public void SharedWordsNeverPutALessSpecificClauseFirst()
    {
        // "general" shares the most words, but two rules enforce its clause.
        List.For("professional and personal lives separate, mobile phones").Select(c => c.Clause)
            .Should().Equal("numbers", "friends", "general");
    }

    [Test]
    public void WithNoWordInCommonTheListStandsAsBuilt()
    {
        List.For("xyz 123").Should().BeSameAs(List.All);
    }

    [Test]
    public void TheBundledRulesCiteTheClauseAboutNumbersFirstForAMobileNumber()
    {
        var v = BundledRules.Engine.Check("Ring me on 07700 900123 about the trip",
            new PostContext { Channel = Channel.Message, Author = AuthorRole.Staff }).Violations.Single();
        v.Citations[0].Quote.Should().ContainAll("personal contact details", "mobile");
        v.Citations.Should().BeEquivalentTo(BundledRules.Engine.CitationsOf(v.Rule), "only the order differs");
    }
}
