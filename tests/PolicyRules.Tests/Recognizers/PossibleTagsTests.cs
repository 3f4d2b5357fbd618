using System.Buffers;
using System.Text.Json;
using PolicyRules.Recognition;
using PolicyRules.Recognizers;
using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// Each recognizer declares the tags it can give (<see cref="IRecognizer.PossibleTags"/>), and a rule that asks for or
/// excludes any other tag fails to load, where the tag is written, with the closest one.
/// </summary>
public class PossibleTagsTests
{
    private static readonly PostContext Rich = new()
    {
        SchoolNames = ["Stathern Primary School", "Stathern"],
        StaffNames = ["Mrs Patel", "Tom Baker"],
        SchoolContacts = ["01632 960123", "office@stathern.leics.sch.uk", "@StathernPrimary"],
        SchoolDomains = ["stathern.leics.sch.uk"],
        Roster = [new RosterEntry("Amelia Jones", ["photo"]), new RosterEntry("Ben Smith", ["full-name", "Photo "]), new RosterEntry("Grace Hope")],
        Profile = "Teacher at Stathern Primary",
    };

    // Drafts that give every tag of every bundled recognizer at least once.
    private static readonly string[] Samples =
    [
        "Text me on 07700 900123 or call me at home on 01632 555123, the office on 01632 960123 or 0800 123 4567.",
        "Email jo.bloggs@gmail.com, office@stathern.leics.sch.uk, head@nhs.net or sales@acme.co.uk.",
        "She lives at 14 Acacia Avenue, Leicester LE1 6RT; the hall is at 2 Mill Lane, Melton. Postcode LE16RT.",
        "Sort code 12-34-56 account 12345678; account number 87654321; IBAN GB82 WEST 1234 5698 7654 32.",
        "Cards 4111 1111 1111 1111, 5500 0000 0000 0004, 3400 000000 00009, 6011 0000 0000 0004, 6304 0000 0000 0000.",
        "DOB 14/03/2016. Her birthday is 3rd May. Born in March 2016.",
        "Amelia (8) is aged 7, her dad is 42 years old, and our 4-year-olds loved it.",
        "Year 5, Reception, Nursery, Key Stage 2, class 4B and Class 3 did well.",
        "Well done to Amelia Jones and Mrs Patel, Mr Jane Smith, Tom Baker and Boris Johnson. Grace Hope and Will Smith won. A. Jones and Grace came.",
        "my mum Sarah Jones came, and Amelia J. and Ben Smith and Grace too; so proud of our Lily Evans",
        "See https://instagram.com/x, https://bit.ly/abc, https://www.stathern.leics.sch.uk/news, https://tiktok.com/@a, https://fb.com/b, https://x.com/c, https://snapchat.com/add/d, https://wa.me/1, https://youtu.be/e, https://linkedin.com/in/f, https://discord.gg/g.",
        "add me on snapchat: jess_b99, my insta is @jess.b, tiktok: jess_b, fb: jess.b, whatsapp: jess_b1, x: @jess_b, discord: jess#1, kik: jess_b, telegram: jess_b, threads: @jess_b, twitch: jess_b, youtube: jess_b, bereal: jess_b, roblox: jess_b, xbox: jess_b, psn: jess_b, steam: jess_b, our insta is @StathernPrimary",
        "@jess_b #proud NI number QQ 12 34 56 C, NHS number 943 476 5919.",
        // Platform words in every case the regex matches: the tag is still the platform's plain name.
        "my SNAPCHAT is jess_b99, my Insta is @jess.b, my TikTok: jess_b, my tik tok: jess_b2, my TIKTO\u212A: jess_b3, my \u017Fnapchat is jess_b4, my \u0130NSTA is @jess_b5, my \u0131nsta is @jess_b6",
    ];

    private static IEnumerable<string> CorpusTexts()
    {
        foreach (var file in new[] { "tests/corpus/corpus.jsonl", "tests/corpus/independent.jsonl", "data/classifier/train.jsonl" })
            foreach (var line in File.ReadLines(Path.Combine(Cli.CliRunner.Root, file)))
                if (!string.IsNullOrWhiteSpace(line))
                    yield return JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
    }

    private static bool Declares(IReadOnlyCollection<string> possible, string tag) =>
        possible.Any(p => p.EndsWith('*') ? tag.StartsWith(p[..^1], StringComparison.OrdinalIgnoreCase) && tag.Length >= p.Length : string.Equals(p, tag, StringComparison.OrdinalIgnoreCase));

    [Test]
    public void EveryTagABundledRecognizerGivesIsOneItDeclaresAndEveryDeclaredTagIsGiven()
    {
        var texts = Samples.Concat(CorpusTexts()).ToList();
        texts.Count.Should().BeGreaterThan(4000);
        foreach (var recognizer in RecognizerCatalog.All)
        {
            var possible = recognizer.PossibleTags;
            possible.Should().NotBeNull($"{recognizer.Name} declares its tags");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in texts)
                foreach (var context in new[] { Rich, Rich with { Author = AuthorRole.Parent }, PostContext.Default })
                    foreach (var e in Run(recognizer.Name, text, context))
                        foreach (var tag in e.Tags)
                        {
                            Declares(possible!, tag).Should().BeTrue($"{recognizer.Name} gave '{tag}' for '{TextOf(text, e)}' in \"{text}\" but declares only {string.Join(", ", possible!)}");
                            seen.Add(possible!.First(p => Declares([p], tag)));
                        }
            possible.Should().BeSubsetOf(seen, $"{recognizer.Name} declares only tags it gives");
        }
    }

    [Test]
    public void TheContextsNameRecognizersGiveNoTags()
    {
        ContextNameRecognizer.SchoolNames.PossibleTags.Should().BeEmpty();
        ContextNameRecognizer.StaffNames.PossibleTags.Should().BeEmpty();
    }

    private static PolicyEngine Build(string detect, params IRecognizer[] more)
    {
        var builder = new PolicyEngineBuilder().UseBundledRecognizers();
        foreach (var r in more) builder.AddRecognizer(r);
        return builder.AddPackYaml($"pack: conduct\nrules:\n  - id: r\n    title: T\n    detect: {detect}\n    message: M\n", "ours.yaml").Build();
    }

    [TestCase("{ recognizer: phone-number, tags: [mobil] }", 5, 48, "rule 'r' has 'mobil' in 'tags', a tag the recognizer 'phone-number' never gives; did you mean 'mobile'? (its tags: mobile, landline, service, school-own, personal)")]
    [TestCase("{ recognizer: phone-number, tags: [mobile], exclude-tags: [school-own, servce] }", 5, 84, "rule 'r' has 'servce' in 'exclude-tags', a tag the recognizer 'phone-number' never gives; did you mean 'service'? (its tags: mobile, landline, service, school-own, personal)")]
    [TestCase("{ recognizer: email, tags: personel }", 5, 40, "rule 'r' has 'personel' in 'tags', a tag the recognizer 'email' never gives; did you mean 'personal'? (its tags: school-own, personal, other)")]
    [TestCase("{ recognizer: mention, tags: [school-own] }", 5, 43, "rule 'r' has 'school-own' in 'tags', a tag the recognizer 'mention' never gives (it gives no tags)")]
    [TestCase("{ recognizer: pupil-name, exclude-tags: [consent] }", 5, 54, "rule 'r' has 'consent' in 'exclude-tags', a tag the recognizer 'pupil-name' never gives (its tags: full-name, first-initial, first-name, consent:*)")]
    [TestCase("{ combination: { all: [{ recognizer: person-name, tags: [fullname] }, lovely] } }", 5, 70, "rule 'r' has 'fullname' in 'tags', a tag the recognizer 'person-name' never gives; did you mean 'full-name'?*")]
    public void ATagTheRecognizerNeverGivesIsALoadErrorWhereItIsWritten(string detect, int line, int column, string problem)
    {
        var e = FluentActions.Invoking(() => Build(detect)).Should().Throw<RuleLoadException>().Which;
        e.Problem.Should().Match(problem);
        (e.File, e.Line, e.Column).Should().Be(("ours.yaml", line, column), e.Message);
    }

    [TestCase("{ recognizer: phone-number, tags: [Mobile], exclude-tags: [SCHOOL-OWN] }")]
    [TestCase("{ recognizer: pupil-name, tags: [full-name], exclude-tags: [\"consent:full-name\", \"consent:anything-the-school-writes\"] }")]
    [TestCase("{ recognizer: social-handle, tags: [roblox] }")]
    [TestCase("{ recognizer: url, tags: [shortener] }")]
    public void TagsTheRecognizerGivesLoadInAnyCase(string detect) => Build(detect).Rules.Should().ContainSingle();

    [Test]
    public void ARuleMadeInCodeIsCheckedToo()
    {
        var act = () => new PolicyEngineBuilder().UseBundledRecognizers()
            .AddRule(new RuleDefinition { Id = "r", Title = "T", Category = "conduct", Message = "M", Detect = new RecognizerSpec("phone-number", ["mobil"]) })
            .Build();
        act.Should().Throw<RuleLoadException>().WithMessage("*'mobil' in 'tags'*did you mean 'mobile'?*");
    }

    private sealed class Custom(IReadOnlyCollection<string>? possible) : IRecognizer
    {
        public string Name => "custom";
        public SearchValues<char>? Trigger => null;
        public IReadOnlyCollection<string> Placeholders => [];
        public IReadOnlyCollection<string>? PossibleTags => possible;
        public void Recognize(DraftView input, ICollection<Entity> results) => results.Add(new Entity(Name, 0, 1, 1, "e") { Tags = ["anything"] });
    }

    // A recognizer written before PossibleTags existed: it implements only the original members.
    private sealed class Legacy : IRecognizer
    {
        public string Name => "legacy";
        public SearchValues<char>? Trigger => null;
        public IReadOnlyCollection<string> Placeholders => [];
        public void Recognize(DraftView input, ICollection<Entity> results) => results.Add(new Entity(Name, 0, 1, 1, "e") { Tags = ["anything"] });
    }

    [Test]
    public void ARecognizerThatDoesNotDeclareItsTagsHasThemUnchecked()
    {
        ((IRecognizer)new Legacy()).PossibleTags.Should().BeNull();
        Build("{ recognizer: legacy, tags: [anything] }", new Legacy()).Check("x").Violations.Should().ContainSingle();
        Build("{ recognizer: custom, tags: [whatever] }", new Custom(null)).Check("x").Violations.Should().BeEmpty();
        Build("{ recognizer: custom, tags: [anything] }", new Custom(["anything"])).Check("x").Violations.Should().ContainSingle();
        FluentActions.Invoking(() => Build("{ recognizer: custom, tags: [anythng] }", new Custom(["anything"])))
            .Should().Throw<RuleLoadException>().WithMessage("*did you mean 'anything'?*");
    }
}
