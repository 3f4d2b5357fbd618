using PolicyRules.Recognition;

namespace PolicyRules.Tests.Engine;

/// <summary>A recognizer may skip an entity that no rule part would keep (<see cref="DraftView.Wants"/>).</summary>
public class EntityFilterTests
{
    private static EntityFilter Filter()
    {
        var filter = new EntityFilter();
        filter.Add(["personal"], [], 0);                                  // email: tags [personal]
        filter.Add(["full-name"], ["honorific", "staff"], 0.6);           // person name, full names of non-staff
        return filter;
    }

    [TestCase(new[] { "personal" }, 0.95, false, true)]
    [TestCase(new[] { "school-own" }, 0.95, false, false)]
    [TestCase(new[] { "full-name" }, 0.7, false, true)]
    [TestCase(new[] { "full-name" }, 0.5, false, false)]                 // below every part's minimum
    [TestCase(new[] { "full-name", "staff" }, 0.9, false, false)]        // excluded
    [TestCase(new[] { "honorific" }, 0.9, true, true)]                   // the first part keeps it if "personal" follows
    [TestCase(new[] { "first-name" }, 0.9, true, true)]                  // may still become personal or a full name
    [TestCase(new[] { "first-name" }, 0.9, false, false)]
    public void Keeps_what_some_part_would_keep(string[] tags, double confidence, bool moreTags, bool wanted) =>
        Filter().Wants(tags, confidence, moreTags).Should().Be(wanted);

    [Test]
    public void An_excluded_tag_is_final_whatever_tags_follow()
    {
        var filter = new EntityFilter();
        filter.Add([], ["honorific", "staff"], 0.4);
        filter.Wants(["honorific"], 0.9, moreTags: true).Should().BeFalse();
        filter.Wants(["first-name"], 0.9, moreTags: true).Should().BeTrue();
    }

    [Test]
    public void Outside_an_engine_every_entity_is_wanted()
    {
        var view = DraftView.Create("office@stathern.leics.sch.uk");
        view.Wants(["school-own"], 0.95).Should().BeTrue();
    }

    [Test]
    public void An_engine_still_reports_what_its_rules_keep_and_drops_the_rest()
    {
        var engine = new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml("""
            pack: conduct
            rules:
              - id: mail
                title: T
                detect: { recognizer: email, tags: [personal] }
                message: "{domain}"
              - id: honorific
                title: T
                detect: { recognizer: person-name, tags: [honorific] }
                message: M
            """).Build();
        var result = engine.Check("Mrs Patel is at office@stathern.leics.sch.uk, or jo.bloggs@gmail.com for the PTA.");
        result.Violations.Select(v => (v.Rule, v.Excerpt, v.Message)).Should().BeEquivalentTo(new[]
        {
            ("honorific", "Mrs Patel", "M"),
            ("mail", "jo.bloggs@gmail.com", "gmail.com"),
        });
    }
}
