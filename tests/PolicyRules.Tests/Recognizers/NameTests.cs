using static PolicyRules.Tests.Recognizers.RecognizerHarness;

namespace PolicyRules.Tests.Recognizers;

public class PersonNameTests
{
    private const string R = "person-name";

    [TestCase("Well done to [[Amelia Jones]] for her poem", "full-name")]
    [TestCase("[[Oliver Smith]] scored twice", "full-name")]
    [TestCase("Congratulations [[Isla Patel]]!", "full-name")]
    [TestCase("with [[Noah O'Neill]] and friends", "full-name")]
    [TestCase("with [[Noah O’Neill]] and friends", "full-name")]
    [TestCase("[[Freya Smith-Jones]] won", "full-name")]
    [TestCase("[[Mohammed Khan]] read aloud", "full-name")]
    [TestCase("well done [[Zara Okonkwo]]", "full-name")]
    [TestCase("[[Harry McDonald]] was brilliant", "full-name")]
    [TestCase("thanks to [[Ava Nowak]]", "full-name")]
    [TestCase("[[Jack Taylor]] scored", "full-name")]
    [TestCase("and [[Grace Wilson]] too", "full-name")]
    [TestCase("Well done to [[Sophie Hall]] in Year 5", "full-name")]   // a place word that is also a common surname
    [TestCase("the parents of [[Tyler Banks]] in 3B", "full-name")]
    [TestCase("well done to [[Amelia Cross]] in 3B", "full-name")]
    [TestCase("and [[Jack Wood]] too", "full-name")]
    [TestCase("[[Amelia J.]] wrote this", "first-initial")]
    [TestCase("by [[Amelia J]] in Year 3", "first-initial")]
    [TestCase("[[Mrs Patel]] led assembly", "honorific")]
    [TestCase("thanks to [[Mr Okoro]]", "honorific")]
    [TestCase("[[Mr. Okoro]] said", "honorific")]
    [TestCase("[[Miss Hughes]]'s class", "honorific")]
    [TestCase("[[Dr Evans]] visited", "honorific")]
    [TestCase("[[Mrs Jane Patel]] retires", "honorific")]
    [TestCase("[[Ms Begum]] ran the club", "honorific")]
    [TestCase("Well done [[Amelia]] for reading", "first-name")]
    [TestCase("[[Oliver]]'s painting", "first-name")]
    [TestCase("a poem by [[Isla]].", "first-name")]
    [TestCase("[[Phil Foden]] visited", "public-figure")]
    [TestCase("[[Mary-Jane Watson]] sang", "full-name")]
    [TestCase("[[Layla Ahmed]] and [[Ruby Clarke]]", "full-name")]
    [TestCase("[[John Paul Jones]] played", "full-name")]
    [TestCase("[[Evie May Brown]] won the colouring competition!", "full-name")]  // a middle name that is also a word, and a month
    [TestCase("Well done [[Lily Rose Wilson]] in Year 2", "full-name")]            // ...and a surname; Wilson also a rarer first name
    [TestCase("[[Amelia Louise Taylor]] sang", "full-name")]                      // a surname that is also a frequent first name
    [TestCase("WELL DONE TO [[EVIE GRACE BROWN]] IN YEAR 2", "full-name")]
    [TestCase("[[Sophie Turnbull]] sang", "full-name")]
    [TestCase("say hi to [[Leo D'Souza]]", "full-name")]
    [TestCase("[[Ethan Brown's]] model", "full-name", IgnoreReason = "possessive kept out of the span")]
    [TestCase("[[Ethan Brown]]'s model", "full-name")]
    public void Finds(string marked, string tag) => ExpectMarked(R, marked, minConfidence: 0.4).HasTag(tag).Should().BeTrue();

    // The name lists have no accents (the ONS tables drop them): a name is looked up folded, as the draft is read, and
    // found in the original spelling, precomposed or with the accent as a combining mark.
    [TestCase("Well done to [[Zoë Jones]] for coming first")]
    [TestCase("Well done to [[Chloé Martin]] for coming first")]
    [TestCase("Well done to [[Łucja Wiśniewska]] for her poem")]   // Ł has no decomposition: folded as l by the table
    [TestCase("Well done to [[Renée Smith]] for coming first")]
    [TestCase("Well done to [[Anaïs Brown]] for coming first")]
    [TestCase("Well done to [[Zoe\u0308 Jones]] for coming first")]
    [TestCase("Well done to [[Rene\u0301e Smith]] for coming first")]
    [TestCase("Well done to [[Chloé J.]] for coming first")]
    [TestCase("Well done to Léa Wilson and [[Maëlle Davies]].")]    // first names the ONS tables hold too rarely
    [TestCase("Well done to [[Maelle Davies]] for coming first")]
    [TestCase("Well done to [[Solène Martin]] for coming first")]
    [TestCase("Well done to [[Agnieszka Nowak]] for coming first")]
    [TestCase("Well done to [[Baptiste Dubois]] for coming first")]
    [TestCase("Well done to [[Gonçalo Silva]] for coming first")]
    [TestCase("Well done to [[Rugilė Kowalski]] for coming first")]
    public void Finds_an_accented_first_name(string marked)
    {
        var e = ExpectMarked(R, marked, minConfidence: 0.6);
        e.Tags.Should().Contain(e.Values["last"].Length > 0 ? "full-name" : "first-initial");
        e.Values["first"].Should().Be(e.Values["name"].Split(' ')[0], "the values keep the original spelling");
    }

    // Full-width letters ("Ａｍｅｌｉａ", a keyboard in full-width mode or an evasion) are read as ASCII ones.
    [TestCase("Well done to [[Ａｍｅｌｉａ Ｊｏｎｅｓ]] in Year 5!", "Amelia Jones")]
    [TestCase("ＷＥＬＬ ＤＯＮＥ ＴＯ [[ＡＭＥＬＩＡ ＪＯＮＥＳ]]!", "AMELIA JONES")]
    [TestCase("Well done to [[Ａｍｅｌｉａ Jones]] in Year 5!", "Amelia Jones")]
    public void Finds_a_name_in_full_width_letters(string marked, string name) =>
        ExpectMarked(R, marked, minConfidence: 0.6).Values["name"].Should().Be(name);

    // The mathematical letters of fancy text generators (bold, italic, sans-serif, script), two UTF-16 units each: the span
    // covers every unit of the name, and the values are plain letters.
    [TestCase("Well done to [[𝐀𝐦𝐞𝐥𝐢𝐚 𝐉𝐨𝐧𝐞𝐬]] in Year 5!", "Amelia Jones")]
    [TestCase("Well done to [[𝘈𝘮𝘦𝘭𝘪𝘢 𝘑𝘰𝘯𝘦𝘴]] in Year 5!", "Amelia Jones")]
    [TestCase("Well done to [[𝑆𝑎𝑟𝑎ℎ 𝐽𝑜𝑛𝑒𝑠]] in Year 5!", "Sarah Jones")]
    [TestCase("Well done to [[𝒜𝓂𝑒𝓁𝒾𝒶 𝒥ℴ𝓃ℯ𝓈]] in Year 5!", "Amelia Jones")]
    [TestCase("𝐖𝐄𝐋𝐋 𝐃𝐎𝐍𝐄 𝐓𝐎 [[𝐀𝐌𝐄𝐋𝐈𝐀 𝐉𝐎𝐍𝐄𝐒]] 𝐈𝐍 𝐘𝐄𝐀𝐑 𝟓!", "AMELIA JONES")]
    [TestCase("Thank you to [[𝐌𝐫𝐬 𝐏𝐚𝐭𝐞𝐥]] for the trip", "Mrs Patel")]
    public void Finds_a_name_in_mathematical_letters(string marked, string name) =>
        ExpectMarked(R, marked, minConfidence: 0.6).Values["name"].Should().Be(name);

    // An invisible character inside a name or beside its space (a soft hyphen from a web page, a zero-width space, joiner
    // or non-joiner from a copy or an evasion) does not split it: the span covers the whole name, the values leave it out.
    [TestCase("Well done to [[Ame\u00ADlia Jones]] in Year 5!")]
    [TestCase("Well done to [[Ame\u200Blia Jones]] in Year 5!")]
    [TestCase("Well done to [[Ame\u200Clia Jo\u200Dnes]] in Year 5!")]
    [TestCase("Well done to [[Ame\u2060\u200Blia\u200B Jones]] in Year 5!")]
    [TestCase("Well done to [[Amelia \uFEFFJones]] in Year 5!")]
    public void An_invisible_character_does_not_split_a_name(string marked)
    {
        var e = ExpectMarked(R, marked, minConfidence: 0.6);
        e.HasTag("full-name").Should().BeTrue();
        (e.Values["first"], e.Values["last"], e.Values["name"]).Should().Be(("Amelia", "Jones", "Amelia Jones"));
    }

    [TestCase("Well done Year 4, and don't forget your PE kit from John Lew\u00ADis!")]   // a shop still
    [TestCase("Well done to Year 4 at Hope\u200B Street")]                               // a street still
    public void An_invisible_character_does_not_make_a_name(string text) => ExpectNone(R, text, minConfidence: 0.6);

    [Test]
    public void An_accented_name_keeps_its_spelling_in_the_values()
    {
        var e = Expect(R, "Well done to Zoë Jones for coming first", "Zoë Jones");
        e.Values["first"].Should().Be("Zoë");
        e.Values["last"].Should().Be("Jones");
        e.Values["initial"].Should().Be("J");
        e.Confidence.Should().Be(Expect(R, "Well done to Zoe Jones for coming first", "Zoe Jones").Confidence);
    }

    [Test]
    public void A_staff_name_matches_whatever_its_accents()
    {
        var written = new PostContext { StaffNames = ["Zoe Jones", "Mrs Müller"] };
        Expect(R, "Zoë Jones led assembly", "Zoë Jones", written).Tags.Should().Contain("staff");
        Expect(R, "Mrs Muller led assembly", "Mrs Muller", written).Tags.Should().Contain("staff");
        var accented = new PostContext { StaffNames = ["Zoë Jones"] };
        Expect(R, "Zoe Jones led assembly", "Zoe Jones", accented).Tags.Should().Contain("staff");
    }

    // After a first name, a rarer first name in the ONS tables (Ellison, Beckett) is read as a surname; a usual one or
    // a traditional middle name (Grace, Louise, Jane, Anne) is a middle name, so the pair is no full name.
    [TestCase("Massive well done to [[Harriet Ellison]] in Year 3")]
    [TestCase("[[Archie Beckett]] scored the winner")]
    [TestCase("thanks to [[Isla Beckett]] and her brother")]
    [TestCase("[[Sarah Jane Smith]] visited")]
    public void ReadsARarerFirstNameAfterAFirstNameAsASurname(string marked) =>
        ExpectMarked(R, marked, minConfidence: 0.6).HasTag("full-name").Should().BeTrue();

    [TestCase("Well done Ellie Louise for a super story", "Ellie")]
    [TestCase("Well done Amelia Grace for a super story", "Amelia")]
    [TestCase("Well done Sarah Jane for a super story", "Sarah")]
    [TestCase("Well done Ruby Anne for a super story", "Ruby")]
    public void ReadsAUsualFirstNameAfterAFirstNameAsAMiddleName(string text, string first)
    {
        var names = Run(R, text);
        names.Should().NotContain(e => e.HasTag("full-name"));
        names.Should().Contain(e => TextOf(text, e) == first);
    }

    // A public role just before a full name introduces an adult visitor or a famous person; a title counts only at a level
    // no pupil's classmate reaches ("county champion" may be a pupil).
    [TestCase("Thank you to author [[Oliver Morrow]] for visiting Year 4", true)]
    [TestCase("Paralympic champion [[Amelia Sutton]] talked to Years 5 and 6", true)]
    [TestCase("a visit from Olympic medallist [[Amelia Sutton]]", true)]
    [TestCase("a talk from school nurse [[Amelia Sutton]] about handwashing", true)]
    [TestCase("Paralympic swimmer [[Amelia Sutton]] dropped in to talk to Year 5", true)]
    [TestCase("Olympic gold medallist [[Amelia Sutton]] opened our sports day", true)]
    [TestCase("Our netball team met England captain [[Ellie Cardwell]] at the county finals!", true)]
    [TestCase("Lionesses captain [[Leah Sutton]] sent Year 6 a message", true)]
    [TestCase("Congratulations to team captain [[Amelia Sutton]] in Year 5", false)]
    [TestCase("Congratulations to county champion [[Amelia Sutton]] in Year 5", false)]
    [TestCase("Our star swimmer [[Amelia Sutton]] in Year 5 won the county gala", false)]
    [TestCase("Congratulations to gold medallist [[Amelia Sutton]] in Year 5", false)]
    [TestCase("Well done [[Amelia Sutton]] in Year 5", false)]
    [TestCase("Anne Boleyn was the focus of Year 5's history week, so [[Amelia Sutton]] wrote a diary", false)]
    public void A_public_role_before_a_full_name_marks_a_public_figure(string marked, bool isPublic) =>
        ExpectMarked(R, marked).Tags.Contains("public-figure").Should().Be(isPublic);

    // A first name that is also a word is weak evidence, except for flower, gem and short boys' names before a
    // capitalised surname; pupil-full-name asks for 0.6.
    [TestCase("Well done Daisy Fenwick in Year 3", "Daisy Fenwick", true)]
    [TestCase("Invites for Poppy Lindqvist's party", "Poppy Lindqvist", true)]
    [TestCase("This week's Star Readers are in Year 2", "Star Readers", false)]
    [TestCase("Well done Summer Fairbrook in Year 3", "Summer Fairbrook", false)]
    public void A_flower_or_gem_first_name_before_a_surname_is_a_confident_full_name(string text, string name, bool confident) =>
        Run(R, text).Any(e => e.HasTag("full-name") && TextOf(text, e) == name && e.Confidence >= 0.6).Should().Be(confident);

    [TestCase("So proud of our [[Amelia Thornton]]!", AuthorRole.Parent, true)]
    [TestCase("My [[Jack Wilson]] scored twice", AuthorRole.Parent, true)]
    [TestCase("So proud of our [[Amelia Thornton]]!", AuthorRole.Staff, false)]   // the school's "our": a pupil
    [TestCase("Well done [[Amelia Thornton]]!", AuthorRole.Parent, false)]
    public void A_parents_my_or_our_names_their_own_family(string marked, AuthorRole author, bool own) =>
        ExpectMarked(R, marked, new PostContext { Author = author }).Tags.Contains("own-family").Should().Be(own);

    [TestCase("Grace was said before lunch")]
    [TestCase("Will you come to the fair?")]
    [TestCase("We walked along Hope Street")]
    [TestCase("A service at St Mark's Church")]
    [TestCase("Blue team won the relay")]
    [TestCase("Red team came second")]
    [TestCase("Thank you to Blue Watch for the tour")]
    [TestCase("The quiz is at the Scout hut on Brampton Road")]
    [TestCase("Thank you to 1st Ashby Scout Troop for the litter pick")]
    [TestCase("Hope you all have a lovely break")]
    [TestCase("Summer is here")]
    [TestCase("May we remind parents")]
    [TestCase("Grace Darling House won the cup")]
    [TestCase("Rose Hill Primary")]
    [TestCase("Cross-country at Victoria Park today")]                  // places are named after Victoria, Rose...
    [TestCase("We sang carols on Rose Hill")]
    [TestCase("Our run at Emily Park was wet")]                         // ...and a place follows "at"
    [TestCase("work experience at a vets in Marlow Cross")]             // ...or "in"
    [TestCase("We loved the Year 3 Roman Day")]                         // Day is an event, not a surname
    [TestCase("Oakfield Primary School · Oak Road · Dudley · DY1 4QT")] // a town in an address
    [TestCase("12 Church Street, Preston PR1 2AB")]
    [TestCase("Mill Lane, Stanley, County Durham")]
    [TestCase("the Jack Petchey Award")]
    [TestCase("Mark your calendars")]
    [TestCase("Bill payments are due")]
    [TestCase("Jack and the Beanstalk was fun", IgnoreReason = "first name alone, common word at sentence start")]
    [TestCase("Meet at 10:30 in the hall")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024 we grew")]
    [TestCase("Holly Lodge School")]
    [TestCase("Ivy Class had fun")]
    [TestCase("Oak class and Ash class")]
    [TestCase("St Paul's Cathedral trip")]
    [TestCase("Chester Zoo trip")]
    [TestCase("Victoria Park run")]
    [TestCase("the Rose Garden")]
    [TestCase("Miss you all already")]
    [TestCase("Faith in action")]
    [TestCase("Joy Street")]
    [TestCase("Happy Easter everyone")]
    [TestCase("Sunny Bank Primary")]
    [TestCase("THE END")]
    [TestCase("an end of term party")]
    [TestCase("Rainbow Class")]
    [TestCase("fieldwork at the Seven Sisters next week")]
    [TestCase("shortlisted for the Dudley Young Writers' Awards")]
    [TestCase("named Dudley Young Musician of the Year")]
    public void Ignores(string text) => ExpectNone(R, text);

    // A month after a day's number is a date: not a first name, even a weak one, nor the start of a full name.
    [TestCase("Sports day is on 3 May")]
    [TestCase("Sports day is on the 3rd May")]
    [TestCase("Year 4 loved the 3 May Smith's Farm trip")]
    [TestCase("SPORTS DAY IS ON THE 3RD MAY")]
    [TestCase("Photos from 14 June Evans Park are on the website")]
    public void A_month_after_a_day_is_no_name(string text) => ExpectNone(R, text, minConfidence: 0.4);

    // A middle name that is also a word reads as one only between a first name and a surname.
    [TestCase("Evie May have left her coat in the hall", new string[0])]
    [TestCase("Well done Evie, May Brown and Noah!", new[] { "Evie", "May Brown", "Noah" })]
    [TestCase("Evie May Brown's painting", new[] { "Evie May Brown" })]
    [TestCase("Evie May Brown Class won the cup", new string[0])]
    [TestCase("We walked up to Lily Rose Hill", new string[0])]                     // a place named after the middle name
    public void A_middle_name_reads_only_before_a_surname(string text, string[] names) =>
        Run(R, text).Where(e => e.Confidence >= 0.6).Select(e => TextOf(text, e)).Should().Equal(names);

    // Text in capitals has lost the capital letter that marks a name: there a first name and a surname the list knows
    // are read as a full name, as "Amelia Jones" is in mixed case, and an honorific's name as an honorific.
    [TestCase("WELL DONE TO [[AMELIA JONES]] FOR COMING FIRST!", "full-name")]
    [TestCase("CONGRATULATIONS [[OLIVER SMITH]] 🏆 #SportsDay @StathernPri", "full-name")]
    [TestCase("HUGE WELL DONE TO [[CHLOÉ MARTIN]] IN YEAR 4", "full-name")]
    [TestCase("[[GRACE WILSON]] WON THE SPELLING BEE", "full-name")]
    [TestCase("[[MARY-JANE WATSON]] SANG", "full-name")]
    [TestCase("WELL DONE [[AMELIA JONES]]'S TEAM", "full-name")]
    [TestCase("Great news! WELL DONE TO [[AMELIA JONES]]! We are so proud.", "full-name")]
    [TestCase("WELL DONE TO [[AMELIA JONES]] IN YEAR 4 xx", "full-name")]                 // kisses and links keep their own case
    [TestCase("WELL DONE TO [[AMELIA JONES]] IN YEAR 4 https://t.co/abc123", "full-name")]
    [TestCase("WELL DONE TO [[AMELIA JONES]] IN 4B (pic.twitter.com/xyz)", "full-name")]
    [TestCase("SPORTS DAY RESULTS: 1ST [[JACK WILSON]], 2ND NOAH DAVIES", "full-name")]  // "1ST" is an ordinal, not "St Jack"
    [TestCase("THANK YOU [[MRS PATEL]] FOR A GREAT TRIP", "honorific")]
    [TestCase("THANK YOU [[MRS JANE PATEL]] FOR A GREAT TRIP", "honorific")]
    public void Finds_a_name_in_capitals(string marked, string tag) => ExpectMarked(R, marked, minConfidence: 0.6).HasTag(tag).Should().BeTrue();

    // In a mixed-case sentence, capitals for emphasis: a run of capitals that reads as a full name (a first name, perhaps
    // a middle name, a surname the list knows).
    [TestCase("Well done to [[AMELIA JONES]] in Year 4!", "full-name")]
    [TestCase("HUGE congratulations to [[GRACE WILSON]] in Year 6", "full-name")]
    [TestCase("Well done to [[JACK WILSON]] and [[NOAH DAVIES]]!", "full-name")]
    [TestCase("Well done to [[OLIVER JAMES SMITH]] in 4B", "full-name")]
    [TestCase("A big WELL DONE to [[AMELIA JONES]]'S team", "full-name")]
    public void Finds_a_name_in_capitals_in_a_mixed_case_sentence(string marked, string tag) =>
        ExpectMarked(R, marked, minConfidence: 0.6).HasTag(tag).Should().BeTrue();

    // A run of capitals longer than a name is a title; an honorific in capitals keeps its name, as in a sentence in capitals.
    [TestCase("Congratulations to ARLO PRICE, named DUDLEY YOUNG MUSICIAN of the Year!", new[] { "ARLO PRICE" })]
    [TestCase("Well done AMELIA JONES AND NOAH DAVIES in Year 4", new[] { "AMELIA JONES", "NOAH DAVIES" })]
    [TestCase("Welcome back former student DR CHLOE MENSAH, who spoke to Year 12", new[] { "DR CHLOE MENSAH" })]
    [TestCase("A big thank you to MRS PATEL for the trip", new[] { "MRS PATEL" })]
    public void A_run_of_capitals_in_a_mixed_case_sentence_is_read_whole(string text, string[] names) =>
        Run(R, text).Where(e => e.Confidence >= 0.6).Select(e => TextOf(text, e)).Should().Equal(names);

    // Near misses in capitals: no first name, a first name before a word the surname list does not know, a first name
    // alone or with a letter, a place, or an acronym in ordinary text.
    [TestCase("BIG THANK YOU TO THE PTA")]
    [TestCase("READ MORE")]
    [TestCase("GOOD LUCK YEAR SIX")]
    [TestCase("HAPPY NEW YEAR")]
    [TestCase("MERRY CHRISTMAS")]
    [TestCase("NATIONAL BOOK WEEK")]
    [TestCase("WORLD BOOK DAY")]
    [TestCase("SPORTS DAY")]
    [TestCase("PE KIT")]
    [TestCase("PE KIT NEEDED ON MONDAY")]
    [TestCase("RED NOSE DAY")]
    [TestCase("HOPE TO SEE YOU THERE")]
    [TestCase("WILL YOU JOIN US?")]
    [TestCase("MARK YOUR DIARIES")]
    [TestCase("MARK A BOX ON THE FORM")]
    [TestCase("SUMMER FAIR ON SATURDAY")]
    [TestCase("ROSE GARDEN OPENING")]
    [TestCase("GRACE DARLING HOUSE WON THE CUP")]
    [TestCase("CROSS-COUNTRY AT VICTORIA PARK")]
    [TestCase("ST MARK'S CHURCH CAROL SERVICE")]
    [TestCase("CONGRATULATIONS TO OLIVIA WINS IN YEAR 5")]
    [TestCase("SCARLET FEVER IN YEAR 2")]
    [TestCase("WELL DONE AMELIA!")]
    [TestCase("WELL DONE AMELIA J. IN YEAR 4")]
    [TestCase("Order your PE KIT from JOHN LEWIS today")]                // capitals in ordinary text: a shop, an acronym
    [TestCase("Raffle prizes from JOHN LEWIS and M&S, thanks to the PTA")]
    [TestCase("Raffle prizes from John Lewis and Ted Baker")]
    [TestCase("WELL DONE TO OUR STAR BAKER")]                            // a title, in capitals or not
    [TestCase("Well done to this week's Star Baker in Year 4")]
    [TestCase("Well done to our STAR BAKER in Year 4")]                  // capitals for emphasis: not a name run of words...
    [TestCase("Our KING JAMES Bible reading")]                           // ...that are mostly ordinary words
    [TestCase("PE on Friday, SATS next week, KS2 WORLD BOOK DAY. BIG THANK YOU to the PTA")]
    [TestCase("Parents MAY PARK on the field")]                          // a verb in capitals stays a verb
    [TestCase("We HOPE YOUNG people will come")]
    [TestCase("Well done to AMELIA in Year 4")]                          // a first name alone in capitals
    [TestCase("Well done to AMELIA J. in Year 4")]
    [TestCase("Year 4 loved the GRACE DARLING HOUSE visit")]
    [TestCase("Come to the AMELIA JONES AWARD evening")]
    [TestCase("YEAR 4 WILL READ THEIR POEMS IN ASSEMBLY ON FRIDAY.")]    // a name that is also a verb, then a surname that is a word
    [TestCase("YEAR 5 WILL HUNT FOR EASTER EGGS ON THE FIELD.")]
    [TestCase("AMELIA WILL READ HER POEM IN ASSEMBLY.")]                 // a verb between a first name and a word the surname list holds
    [TestCase("EVIE MAY BROWN THE ONIONS FIRST")]
    [TestCase("YEAR 6 PARENTS WILL PARK ON THE FIELD.")]
    [TestCase("WE HOPE YOUNG PEOPLE IN YEAR 6 ENJOYED THE DISCO.")]
    [TestCase("CONGRATULATIONS TO YEAR 6 - MAY YOUNG MINDS FLOURISH!")]
    public void Ignores_in_capitals(string text) => ExpectNone(R, text, minConfidence: 0.4);

    [Test]
    public void An_honorific_in_capitals_keeps_its_first_name_from_reading_as_a_pupil()
    {
        const string text = "THANK YOU TO MRS JANE PATEL AND MR TOM SMITH";
        var names = Run(R, text);
        names.Select(e => TextOf(text, e)).Should().Equal("MRS JANE PATEL", "MR TOM SMITH");
        names.Should().OnlyContain(e => e.HasTag("honorific"));
    }

    // "Captain" before a first name and a surname is a team's captain, a pupil, unless the sentence is about the forces, an
    // airline, a ship or a visit; before a surname alone, and as "Capt", it is a rank.
    [TestCase("Captain [[Lily Evans]] led from the front.", "full-name")]
    [TestCase("Well done to our Captain [[Lily Rose Evans]] in Year 6!", "full-name")]
    [TestCase("CAPTAIN [[LILY EVANS]] LED THE TEAM TO VICTORY!", "full-name")]
    [TestCase("Year 4 raised money for Captain [[Tom Moore]]'s walk.", "public-figure")]
    [TestCase("[[Captain Smith]] showed us round.", "honorific")]
    [TestCase("[[Captain Sarah Jones]] from the RAF talked to Year 5.", "honorific")]
    [TestCase("[[Captain Sarah Jones]] visited Year 5 today.", "honorific")]
    [TestCase("Year 5 asked [[Captain Sarah Jones]] of the Royal Navy about ships.", "honorific")]
    [TestCase("[[Capt Sarah Jones]] talked to Year 5.", "honorific")]
    [TestCase("[[Coach Sarah Jones]] ran the session.", "honorific")]
    public void Captain_before_a_full_name_is_a_teams_captain_unless_a_rank(string marked, string tag)
    {
        var e = ExpectMarked(R, marked, minConfidence: 0.6);
        e.HasTag(tag).Should().BeTrue();
        if (tag != "honorific") e.HasTag("honorific").Should().BeFalse();
    }

    // A draft typed without capitals: a frequent first name and a surname the list knows that is no ordinary word.
    [TestCase("well done to [[amelia jones]] in year 5 for her swimming gold!")]
    [TestCase("congratulations to [[lily rose wilson]] in year 2!")]
    [TestCase("so proud of [[zoë jones]] today")]
    [TestCase("well done [[amelia jones]] #SportsDay @StathernPri")]          // capitals in a hashtag or mention do not count
    [TestCase("I'm so proud of [[amelia jones]] in year 5")]                  // nor the pronoun I
    [TestCase("great day! well done to [[noah davies]] in year 3\nso proud")]
    [TestCase("well done to our captain [[lily evans]] in year 6")]
    [TestCase("well done to [[aisha hussain]] in year 4")]                    // a surname that is also a rarer first name
    public void Finds_a_full_name_in_a_draft_without_capitals(string marked) =>
        ExpectMarked(R, marked, minConfidence: 0.6).HasTag("full-name").Should().BeTrue();

    [TestCase("well done to amelia jones in Year 5")]                         // a capital in the draft: no name is in lower case
    [TestCase("Great day! well done to noah davies in year 3")]
    [TestCase("well done year 4! emily read her poem in assembly")]           // a surname that is an ordinary word
    [TestCase("harry rose to the challenge in year 5")]
    [TestCase("wear olive green for the year 3 trip")]
    [TestCase("well done to amelia oliver and noah in year 3")]               // a list typed without commas
    [TestCase("we will miss will smith in year 6")]                           // a first name that is a verb
    [TestCase("thank you to mrs amelia jones for the trip")]                  // after an honorific
    [TestCase("captain sarah jones from the raf visited year 5")]
    [TestCase("the sarah jones building")]
    [TestCase("well done to amelia and noah in year 3")]
    [TestCase("on 3 may jones won the cup")]
    [TestCase("well done #amelia jones")]
    public void Reads_no_full_name_in_lower_case_without_a_surname_the_list_knows(string text) => ExpectNone(R, text, minConfidence: 0.6);

    [Test]
    public void TellsStaffAndValues()
    {
        var context = new PostContext { StaffNames = ["Mrs Patel", "Tom Okoro"] };
        var e = Expect(R, "Mrs Patel led assembly", "Mrs Patel", context);
        e.Tags.Should().Contain(["honorific", "staff"]);
        e.Values["last"].Should().Be("Patel");
        Expect(R, "Tom Okoro led assembly", "Tom Okoro", context).HasTag("staff").Should().BeTrue();
        var pupil = Expect(R, "Amelia Jones won", "Amelia Jones", context);
        pupil.HasTag("staff").Should().BeFalse();
        pupil.Values["first"].Should().Be("Amelia");
        pupil.Values["initial"].Should().Be("J");
        Expect(R, "by Amelia J.", "Amelia J.").Values["initial"].Should().Be("J");
    }

    [Test]
    public void CommonWordNamesAreWeak()
    {
        var e = Run(R, "Thanks to Will for helping").Single();
        e.HasTag("common-word").Should().BeTrue();
        e.Confidence.Should().BeLessThan(0.5);
    }

    [TestCase("Amelia ")]
    [TestCase("Amelia Jones ")]
    [TestCase("AMELIA ")]          // a sentence in capitals with no end: each name reads a bounded stretch around it
    [TestCase("AMELIA JONES ")]
    [TestCase("Mr ")]
    [TestCase("A")]
    [TestCase("a'")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit).Should().BeGreaterThanOrEqualTo(0);

    [Test]
    public void FinishesOnALongRunOfNames() => Adversarial(R, "Amelia Jones. ").Should().Be(100_000 / 14 + 1);
}

public class PupilNameTests
{
    private const string R = "pupil-name";

    private static readonly PostContext Roster = new()
    {
        Roster =
        [
            new RosterEntry("Amelia Jones", ["photo"]),
            new RosterEntry("Zoë O'Neill", ["photo", "full-name"]),
            new RosterEntry("Will Smith"),
            new RosterEntry("Oliver James Brown"),
            new RosterEntry("Mohammed Khan", ["first-name"]),
        ],
    };

    [TestCase("Well done [[Amelia Jones]]!", "full-name")]
    [TestCase("well done [[amelia jones]]", "full-name")]
    [TestCase("[[AMELIA JONES]] won", "full-name")]
    [TestCase("by [[Amelia J]]", "first-initial")]
    [TestCase("by [[Amelia J.]] in Year 3", "first-initial")]
    [TestCase("Well done [[Amelia]]!", "first-name")]
    [TestCase("[[Amelia]]'s poem", "first-name")]
    [TestCase("[[Zoë O'Neill]] sang", "full-name")]
    [TestCase("[[Zoe O’Neill]] sang", "full-name")]
    [TestCase("[[zoe oneill]] sang", "full-name")]
    [TestCase("[[Zoe ONeill]] sang", "full-name")]
    [TestCase("[[Zoe O]] sang", "first-initial")]
    [TestCase("and [[Zoë]] too", "first-name")]
    [TestCase("thanks to [[Will]] for helping", "first-name")]
    [TestCase("[[Will Smith]] came", "full-name")]
    [TestCase("[[Oliver Brown]] painted", "full-name")]
    [TestCase("[[Oliver James Brown]] painted", "full-name")]
    [TestCase("[[Oliver B]] painted", "first-initial")]
    [TestCase("[[Oliver]] painted", "first-name")]
    [TestCase("[[Mohammed Khan]] read", "full-name")]
    [TestCase("[[Mohammed K.]] read", "first-initial")]
    [TestCase("[[Mohammed]] read", "first-name")]
    [TestCase("Go [[Amelia]]!!", "first-name")]
    [TestCase("(by [[Amelia Jones]])", "full-name")]
    [TestCase("#proud of [[Amelia Jones]]", "full-name")]
    [TestCase("[[Amelia  Jones]]", "full-name")]
    [TestCase("\"[[Amelia Jones]]\"", "full-name")]
    [TestCase("Amelia,[[Oliver]]", "first-name")]
    [TestCase("[[Amélia Jones]]", "full-name")]
    [TestCase("[[Amelia Jones]]'s model", "full-name")]
    public void Finds(string marked, string tag) => ExpectMarked(R, marked, Roster).HasTag(tag).Should().BeTrue();

    [TestCase("Will you come to the fair?")]
    [TestCase("We will see")]
    [TestCase("Ameliaa did well")]
    [TestCase("Pamelia did well")]
    [TestCase("Jones won")]
    [TestCase("Meet at 10:30")]
    [TestCase("Tickets £12.50")]
    [TestCase("In 2024")]
    [TestCase("Smith will")]
    [TestCase("Zo is here")]
    [TestCase("Olive painted")]
    [TestCase("Oliv painted")]
    [TestCase("Mohammad read")]
    [TestCase("Amelia-Rose read", IgnoreReason = "a different hyphenated name")]
    [TestCase("willpower matters")]
    [TestCase("goodwill to all")]
    [TestCase("Will it rain?")]
    [TestCase("Jane Jones won")]
    [TestCase("no names here")]
    [TestCase("AMELIAJONES")]
    [TestCase("amelia@example.com", IgnoreReason = "email local part")]
    [TestCase("Brown bread")]
    [TestCase("Khan Academy")]
    [TestCase("O'Neill's Pub")]
    [TestCase("James Bond")]
    [TestCase("the will of the people")]
    [TestCase("she will paint")]
    [TestCase("WILL YOU COME")]
    [TestCase("Mrs Jones said")]
    [TestCase("Mr Smith said")]
    public void Ignores(string text) => ExpectNone(R, text, Roster);

    [Test]
    public void CarriesConsentAndValues()
    {
        var e = Expect(R, "Zoë O'Neill sang", "Zoë O'Neill", Roster);
        e.Tags.Should().BeEquivalentTo(["full-name", "consent:photo", "consent:full-name"]);
        e.Values["first"].Should().Be("Zoë");
        e.Values["last"].Should().Be("O'Neill");
        e.Values["initial"].Should().Be("O");
        e.Values["name"].Should().Be("Zoë O'Neill");
    }

    [Test]
    public void FlagsAFullNameWithoutConsentThroughTheEngine()
    {
        var engine = EngineFor(R, ", tags: [full-name], exclude-tags: [consent:full-name]");
        engine.Check("Well done Amelia Jones!", Roster).Violations.Should().ContainSingle().Which.Excerpt.Should().Be("Amelia Jones");
        engine.Check("Well done Zoë O'Neill!", Roster).Violations.Should().BeEmpty();
        engine.Check("Well done Amelia J!", Roster).Violations.Should().BeEmpty();
        engine.Check("Well done Amelia Jones!").Violations.Should().BeEmpty();
    }

    // The roster and the draft are folded alike, so neither side's accents matter, nor its script's look-alike letters.
    [TestCase("Zoë Jones", "Well done [[Zoe Jones]]!")]
    [TestCase("Zoe Jones", "Well done [[Zoë Jones]]!")]
    [TestCase("Zoe Jones", "Well done [[ZOË JONES]]!")]
    [TestCase("Zoe Jones", "Well done [[Zoe\u0308 Jones]]!")]
    [TestCase("Chloé Martin", "Well done [[Chloe\u0301 Martin]]!")]
    [TestCase("Олена Коваль", "Well done [[Олена Коваль]]!")]
    [TestCase("ＺＯＥ Jones", "Well done [[Zoe Jones]]!")]
    public void A_roster_name_matches_the_draft_whatever_the_accents(string rostered, string marked) =>
        ExpectMarked(R, marked, new PostContext { Roster = [new RosterEntry(rostered)] }).HasTag("full-name").Should().BeTrue();

    // Exports from school information systems write "Surname, Forename(s)".
    [TestCase("Quonk, Zephyrine", "Well done [[Zephyrine Quonk]]!", "Zephyrine", "Quonk")]
    [TestCase("Brown, Oliver James", "Well done [[Oliver James Brown]]!", "Oliver", "Brown")]
    [TestCase(" Quonk ,  Zephyrine ", "Well done [[Zephyrine Q.]]!", "Zephyrine", "Quonk")]
    public void A_roster_name_written_surname_first_is_read_in_name_order(string rostered, string marked, string first, string last)
    {
        var e = ExpectMarked(R, marked, new PostContext { Roster = [new RosterEntry(rostered)] });
        (e.Values["first"], e.Values["last"], e.Values["initial"]).Should().Be((first, last, last[..1]));
    }

    [TestCase("Quonk, Zephyrine", "Quonk won")]
    [TestCase("Smith, Jones, Amy", "Amy won")] // two commas: not "Surname, Forename"; read as written
    public void A_roster_name_with_a_comma_does_not_match_the_other_way_round(string rostered, string text) =>
        ExpectNone(R, text, new PostContext { Roster = [new RosterEntry(rostered)] });

    [TestCase("Amelia ")]
    [TestCase("Amelia Jones ")]
    [TestCase("Oliver James ")]
    [TestCase("a")]
    public void FinishesOnAdversarialInput(string unit) => Adversarial(R, unit, Roster).Should().Be(unit == "a" ? 0 : 100_000 / unit.Length + (100_000 % unit.Length >= 6 ? 1 : 0));
}
