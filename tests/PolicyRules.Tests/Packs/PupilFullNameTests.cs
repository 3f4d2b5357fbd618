using PolicyRules.Cli.Inputs;

namespace PolicyRules.Tests.Packs;

/// <summary>
/// pupil-full-name on the findings of an outside audit of names: results lists in capitals, middle names that are also
/// words, capitals for emphasis in a mixed-case sentence and first names the ONS tables hold too rarely, each with
/// the near misses that must stay quiet. The school's own post, by staff, as the audit checked them.
/// </summary>
public class PupilFullNameTests
{
    private static readonly PostContext Official = new() { Channel = Channel.Official, Author = AuthorRole.Staff };

    private static readonly PostContext ParentPersonal = new() { Channel = Channel.Personal, Author = AuthorRole.Parent };

    private static IEnumerable<string> Names(string text) => Names(text, Official);

    private static IEnumerable<string> Names(string text, PostContext context) =>
        BundledRules.Engine.Check(text, context).Violations.Where(v => v.Rule == "pupil-full-name").Select(v => v.Excerpt);

    // "1ST", "2ND" and "3RD" lose their digits to the word reader: "ST" before a name read as a saint ("St Jack").
    [TestCase("SPORTS DAY RESULTS: 1ST JACK WILSON, 2ND NOAH DAVIES, 3RD LEO EVANS", new[] { "JACK WILSON", "NOAH DAVIES", "LEO EVANS" })]
    [TestCase("Sports day results: 1st Jack Wilson, 2nd Noah Davies, 3rd Leo Evans", new[] { "Jack Wilson", "Noah Davies", "Leo Evans" })]
    [TestCase("CROSS COUNTRY: 1ST JACK WILSON (YEAR 5)", new[] { "JACK WILSON" })]
    public void A_results_list_names_every_placed_pupil(string text, string[] names) => Names(text).Should().Equal(names);

    // A middle name that is also a word (May, Rose, Grace, Hope) between a first name and a surname.
    [TestCase("Evie May Brown won the colouring competition!", new[] { "Evie May Brown" })]
    [TestCase("Well done to Lily Rose Wilson and Amelia Grace Harrison in Year 2!", new[] { "Lily Rose Wilson", "Amelia Grace Harrison" })]
    [TestCase("Well done Evie, May Brown and Noah for your poems!", new[] { "May Brown" })]
    public void A_middle_name_between_first_name_and_surname_is_part_of_the_name(string text, string[] names) => Names(text).Should().Equal(names);

    [TestCase("Evie May have left her coat in the hall, well done Year 4 for tidying up")]
    [TestCase("Well done Year 4 on the 3 May Tucker's Farm trip!")]                // a date's month is not a first name
    [TestCase("AMELIA WILL READ HER POEM IN ASSEMBLY - WELL DONE YEAR 4")]          // in capitals WILL is the verb
    public void A_month_or_a_verb_after_a_first_name_is_no_middle_name(string text) => Names(text).Should().BeEmpty();

    // French, Polish, Lithuanian... first names too rare among babies in England and Wales for the ONS-derived list.
    [TestCase("Well done to Léa Wilson and Maëlle Davies.", new[] { "Léa Wilson", "Maëlle Davies" })]
    [TestCase("Congratulations to Solène Martin, Bastien Dubois and Agnieszka Nowak in Year 5!", new[] { "Solène Martin", "Bastien Dubois", "Agnieszka Nowak" })]
    public void A_first_name_of_a_wider_list_is_a_full_name(string text, string[] names) => Names(text).Should().Equal(names);

    // Capitals for emphasis in a mixed-case sentence.
    [TestCase("Well done to AMELIA JONES in Year 4!", new[] { "AMELIA JONES" })]
    [TestCase("HUGE congratulations to GRACE WILSON and JACK TAYLOR, our new school councillors!", new[] { "GRACE WILSON", "JACK TAYLOR" })]
    public void A_full_name_in_capitals_for_emphasis_is_a_full_name(string text, string[] names) => Names(text).Should().Equal(names);

    // Acronyms, events, shops and titles in capitals, and first names that are verbs, stay quiet.
    [TestCase("Well done Year 6! PE on Friday, SATS next week and WORLD BOOK DAY on Thursday. BIG THANK YOU to the PTA.")]
    [TestCase("Well done Year 4, and don't forget your PE KIT from JOHN LEWIS!")]
    [TestCase("Well done to our STAR BAKER in Year 4, and to everyone who baked!")]
    [TestCase("Well done to this week's Star Baker in Year 4!")]
    [TestCase("WELL DONE TO OUR STAR BAKER IN YEAR 4!")]
    [TestCase("Well done Year 5! Parents MAY PARK on the field for sports day.")]
    [TestCase("Well done Year 6! We HOPE YOUNG people everywhere enjoy your film.")]
    [TestCase("Delighted to welcome back former student DR CHLOE MENSAH, now a paediatric consultant, who spoke to our Year 12 biologists today")]
    [TestCase("Congratulations to Year 6, and to ARLO, named DUDLEY YOUNG MUSICIAN of the Year!")]
    public void Capitals_that_are_no_name_stay_quiet(string text) => Names(text).Should().BeEmpty();

    [TestCase("ST JACK'S CHURCH CAROL SERVICE: WELL DONE YEAR 4")]   // a saint in capitals stays a saint
    [TestCase("Well done to Year 4 for singing at St Mark Jones Hall")]
    public void A_saint_is_no_pupil(string text) => Names(text).Should().BeEmpty();

    // A second audit: the same name in other forms of its letters (full-width, an invisible character inside, the
    // mathematical letters of fancy text generators).
    [TestCase("Well done to Ａｍｅｌｉａ Ｊｏｎｅｓ in Year 5!", "Ａｍｅｌｉａ Ｊｏｎｅｓ")]
    [TestCase("Well done to Ame\u00ADlia Jones in Year 5!", "Ame\u00ADlia Jones")]
    [TestCase("Well done to Ame\u200Blia Jones in Year 5!", "Ame\u200Blia Jones")]
    [TestCase("Well done to Ame\u200Clia Jones in Year 5!", "Ame\u200Clia Jones")]
    [TestCase("Well done to Ame\u200Dlia Jones in Year 5!", "Ame\u200Dlia Jones")]
    [TestCase("Well done to Ame\u2060lia Jones in Year 5!", "Ame\u2060lia Jones")]
    [TestCase("Well done to 𝐀𝐦𝐞𝐥𝐢𝐚 𝐉𝐨𝐧𝐞𝐬 in Year 5!", "𝐀𝐦𝐞𝐥𝐢𝐚 𝐉𝐨𝐧𝐞𝐬")]
    [TestCase("Well done to 𝘈𝘮𝘦𝘭𝘪𝘢 𝘑𝘰𝘯𝘦𝘴 in Year 5!", "𝘈𝘮𝘦𝘭𝘪𝘢 𝘑𝘰𝘯𝘦𝘴")]
    [TestCase("𝐖𝐞𝐥𝐥 𝐝𝐨𝐧𝐞 𝐭𝐨 𝐀𝐦𝐞𝐥𝐢𝐚 𝐉𝐨𝐧𝐞𝐬 𝐢𝐧 𝐘𝐞𝐚𝐫 𝟓!", "𝐀𝐦𝐞𝐥𝐢𝐚 𝐉𝐨𝐧𝐞𝐬")]
    public void A_name_in_other_forms_of_its_letters_is_a_full_name(string text, string name) => Names(text).Should().Equal(name);

    // A team's captain: "Captain" before a first name and a surname, in a sentence that is not about the forces or a visit.
    [TestCase("Well done to our netball team! Captain Lily Evans led from the front.", new[] { "Lily Evans" })]
    [TestCase("CAPTAIN LILY EVANS LED THE TEAM TO VICTORY - WELL DONE YEAR 6!", new[] { "LILY EVANS" })]
    [TestCase("Well done to Captain Noah Davies and the Year 6 football team!", new[] { "Noah Davies" })]
    public void A_teams_captain_is_a_pupil(string text, string[] names) => Names(text).Should().Equal(names);

    [TestCase("Year 4 raised £500 for Captain Tom Moore's walk - well done!")]           // a public figure
    [TestCase("Year 5 enjoyed seeing Prince George's favourite dinosaur at the museum")] // a royal
    [TestCase("Year 2 sent birthday cards to Princess Charlotte and got a reply!")]
    [TestCase("Well done Year 5! Captain Smith showed us round the ship.")]               // a surname alone: a rank
    [TestCase("Captain Sarah Jones from the RAF visited Year 5 today.")]
    [TestCase("Well done Year 5 for your questions to Captain Sarah Jones of the Royal Navy.")]
    [TestCase("Congratulations to Year 6, who welcomed Captain Sarah Jones, a pilot, to assembly.")]
    [TestCase("Capt Sarah Jones showed Year 5 her medals.")]
    [TestCase("Well done to Coach Sarah Jones and the Year 6 team!")]                     // a coach is an adult
    public void A_captain_of_the_forces_a_visit_or_the_past_is_no_pupil(string text) => Names(text).Should().BeEmpty();

    // A post typed without capitals.
    [TestCase("well done to amelia jones in year 5 for her swimming gold!", new[] { "amelia jones" })]
    [TestCase("congratulations to lily rose wilson and noah davies in year 2!", new[] { "lily rose wilson", "noah davies" })]
    [TestCase("great day at sports day! well done to aisha hussain in year 4 🏅 #SportsDay", new[] { "aisha hussain" })]
    public void A_full_name_in_a_post_without_capitals_is_a_full_name(string text, string[] names)
    {
        Names(text).Should().Equal(names);
        Names(text, ParentPersonal).Should().Equal(names);
    }

    [TestCase("well done year 5 - jack frost couldn't stop you! cross-country went ahead in the frost.")]
    [TestCase("well done year 4, and don't forget your pe kit from john lewis!")]
    [TestCase("well done year 4! emily read her poem in assembly")]
    [TestCase("well done to amelia oliver and noah in year 3")]
    [TestCase("captain sarah jones from the raf visited year 5 today.")]
    [TestCase("well done year 6, harry potter would be proud of your spells")]
    [TestCase("year 3 loved the visit from author onjali rauf, well done everyone")]
    public void Lower_case_words_that_are_no_pupil_stay_quiet(string text) => Names(text).Should().BeEmpty();

    [Test]
    public void A_parent_naming_their_own_child_in_lower_case_stays_quiet() =>
        Names("so proud of my amelia jones in year 5!", ParentPersonal).Should().BeEmpty();

    [TestCase("Well done to Ame\u00ADlia Jones in Year 5!", "Amelia J.")]
    [TestCase("Well done to Ａｍｅｌｉａ Ｊｏｎｅｓ in Year 5!", "Amelia J.")]
    [TestCase("Well done to 𝐀𝐦𝐞𝐥𝐢𝐚 𝐉𝐨𝐧𝐞𝐬 in Year 5!", "Amelia J.")]
    public void The_suggestion_shows_the_name_without_its_invisible_or_full_width_characters(string text, string shortened) =>
        BundledRules.Engine.Check(text, Official).Violations.Single(v => v.Rule == "pupil-full-name").Suggestion.Should().Contain($"'{shortened}'");

    // Audit 20 (6): an ordinary word capitalised because it opens the sentence, before a first name and a surname, is
    // no part of a title that would hide the name.
    [TestCase("Poor Tyler Jones in Year 3 is in foster care again.", "Tyler Jones")]
    [TestCase("Little Amelia Jones in Year 3 won the spelling bee.", "Amelia Jones")]
    [TestCase("Brave Amelia Jones in Year 3 won the spelling bee.", "Amelia Jones")]
    [TestCase("Clever Amelia Jones in Year 3 won the spelling bee.", "Amelia Jones")]
    [TestCase("Sadly Amelia Jones in Year 3 broke her arm.", "Amelia Jones")]
    [TestCase("Go Amelia Jones in Year 3!", "Amelia Jones")]
    [TestCase("Amazingly Amelia Jones in Year 3 won the spelling bee.", "Amelia Jones")]
    [TestCase("Star of the Week Tom Whitfield, 4B", "Tom Whitfield")]
    [TestCase("Pupil of the Month Amelia Jones in Year 3", "Amelia Jones")]
    public void A_sentence_opening_word_before_a_full_name_does_not_hide_it(string text, string name) =>
        Names(text).Should().Equal(name);

    [TestCase("Little Red Riding Hood was read by Year 3.")]
    [TestCase("Go Team Blue in Year 3!")]
    [TestCase("Little Chalfont Road is closed, so Year 3 will walk.")]
    [TestCase("Little Lucy Road is closed, so Year 3 will walk.")]
    [TestCase("Year 3 loved the book. Brave Irene Dawson Adventures is next!")]
    [TestCase("Year 3 visited the Museum Amelia Jones founded.")]           // mid-sentence, a capitalised word is still a title
    public void A_title_or_place_opening_a_sentence_stays_quiet(string text) => Names(text).Should().BeEmpty();

    // Audit 20 (8): a first name and a surname pasted from two columns of a spreadsheet.
    [TestCase("Well done to Isla\tBrown in Year 2", "Isla\tBrown")]
    [TestCase("Isla\tBrown\tYear 2", "Isla\tBrown")]
    public void A_tab_between_first_name_and_surname_is_a_full_name(string text, string name) => Names(text).Should().Equal(name);

    [TestCase("Year 2\tIsla\t\tBrown")]                                     // two columns apart
    [TestCase("Well done Year 2: Isla\tMonday\tTuesday")]
    public void Words_further_apart_than_one_tab_are_no_full_name(string text) => Names(text).Should().BeEmpty();

    private static string Read(string text, string kind) =>
        InputReader.Parse("x", text, kind switch { "md" => InputKind.Markdown, "html" => InputKind.Html, _ => InputKind.Text }).Checkable;

    // Audit 20 (7): an "award / name / class" layout, a line each, in plain text, Markdown (a soft wrap, a hard break,
    // inline <br>) and HTML (<br>): short lines of one paragraph read as one sentence, so the class is the name's cue.
    [TestCase("Tom Whitfield\nin Year 4\n", "text")]
    [TestCase("Star of the Week\nTom Whitfield\nYear 4\n", "text")]
    [TestCase("Star of the Week\nTom Whitfield, 4B\n", "md")]
    [TestCase("Tom Whitfield  \nin Year 4\n", "md")]
    [TestCase("Star of the Week<br>Tom Whitfield<br>Year 4\n", "md")]
    [TestCase("<p>Star of the Week<br>Tom Whitfield<br>Year 4</p>", "html")]
    public void A_name_a_line_away_from_its_class_in_short_lines_is_a_full_name(string text, string kind) =>
        Names(Read(text, kind), Official).Should().Equal("Tom Whitfield");

    [TestCase("Our new staff\nSarah Jones\nTom Brown\nYear 4 teachers\n", "text")]
    [TestCase("Year 4 trip today!\nSarah Jones drove the minibus\n", "text")]
    [TestCase("Year 4 News\nThanks to Sarah Jones, a parent, for driving us to the museum.\n", "text")]
    [TestCase("Year 4\n\nSarah Jones\n", "text")]                                  // a heading, a blank line
    [TestCase("## Year 4\n\nSarah Jones\n", "md")]
    [TestCase("<h2>Year 4</h2><p>Sarah Jones</p>", "html")]
    [TestCase("<p>Meet the governors<br>Sarah Jones<br>Tom Brown</p>", "html")]
    [TestCase("<p>Year 4 visit<br>Author Sarah Jones</p>", "html")]
    public void Names_in_short_lines_without_a_pupil_cue_in_their_paragraph_stay_quiet(string text, string kind) =>
        Names(Read(text, kind), Official).Should().BeEmpty();

    // Audit 20 (10): letters written with other characters, blanks that show as a space, invisible tag characters.
    [TestCase("Well done to \u24B6\u24DC\u24D4\u24DB\u24D8\u24D0 \u24BF\u24DE\u24DD\u24D4\u24E2 in Year 5!")]  // circled
    [TestCase("Well done to \u1D00\u1D0D\u1D07\u029F\u026A\u1D00 \u1D0A\u1D0F\u0274\u1D07\uA731 in Year 5")]      // small capitals
    [TestCase("Well done to \u1D2C\u1D50\u1D49\u02E1\u2071\u1D43 \u1D36\u1D52\u207F\u1D49\u02E2 in Year 5")]      // superscript
    [TestCase("Well done to Amelia\u3164Jones in Year 5")]                                                                // Hangul filler
    [TestCase("Well done to Amelia\u2800Jones in Year 5")]                                                                // blank Braille
    [TestCase("Well done to Ame\U000E0041lia Jones in Year 5")]                                                            // a tag character
    public void A_full_name_in_odd_letters_or_with_an_odd_blank_is_a_full_name(string text) => Names(text).Should().HaveCount(1);

    [TestCase("Year 5 made \u24B6\u24DC\u24D4\u24DB\u24D8\u24D0 badges!")]         // a first name alone stays a first name
    [TestCase("Well done Year 5\u2800\u2800 for the Braille display")]
    [TestCase("Well done to Amelia\u3164 in Year 5 and Jones\u3164Class")]
    public void Odd_letters_without_a_full_name_stay_quiet(string text) => Names(text).Should().BeEmpty();
}
