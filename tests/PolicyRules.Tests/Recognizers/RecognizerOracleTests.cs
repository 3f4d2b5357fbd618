using System.Text;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Age;
using PolicyRules.Recognizers.BankDetails;
using PolicyRules.Recognizers.CardNumber;
using PolicyRules.Recognizers.DateOfBirth;
using PolicyRules.Recognizers.NhsNumber;
using PolicyRules.Recognizers.NiNumber;
using PolicyRules.Recognizers.PersonName;
using PolicyRules.Recognizers.Phone;
using PolicyRules.Recognizers.Postcode;
using PolicyRules.Recognizers.Shared;
using PolicyRules.Recognizers.SocialHandle;
using PolicyRules.Recognizers.StreetAddress;
using PolicyRules.Recognizers.YearGroup;
using PolicyRules.Tests.Reference;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// Recognizers rewritten for speed find exactly what their old implementation (kept in <c>Reference/</c>) finds:
/// the same entities (span, confidence, evidence, tags, values) in the same order, on seeded random drafts dense in
/// their forms and near misses (upper case, punctuation, digits, non-ASCII letters, emails, handles, names), and on
/// generated newsletters.
/// </summary>
public partial class RecognizerOracleTests
{
    // Pieces every recognizer meets: words, names, numbers, contact details and characters that end or continue words.
    private static readonly string[] Common =
    [
        "the", "The", "and", "Well", "done", "to", "in", "on", "at", "with", "a", "A", "from", "last", "this", "every", "my", "add", "me",
        "Amelia", "Jones", "Mrs", "Patel", "Grace", "Will", "Hope", "Street", "O'Neill", "Mary-Jane", "Zoë", "Éloïse", "Ünal", "ÇELIK", "José",
        "jo.bloggs@gmail.com", "office@stathern.leics.sch.uk", "@jess_b", "#proud", "https://www.stathern.leics.sch.uk/news", "07700 900123",
        "£412.50", "8.40am", "14th", "14/03/2024", "0", "7", "12", "2024", "x", "I", "é", "_", "🚀", "\u200D", "\u0301", "\u0903", "١", "Ⅻ", "ǅ", "ª",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "", "  ", "\n", "\t", "\u00A0", "\u2003", ", ", ". ", "! ", "-", "/", "(", ")", "'", "%", "£", "$", "#", "@", ".", ":", "_", "é", "1"];

    private static string RandomDraft(Random random, string[] pieces)
    {
        var sb = new StringBuilder();
        var count = random.Next(0, 40);
        for (var i = 0; i < count; i++)
        {
            var piece = random.Next(3) == 0 ? Common[random.Next(Common.Length)] : pieces[random.Next(pieces.Length)];
            sb.Append(random.Next(12) switch { 0 => piece.ToUpperInvariant(), 1 => piece.ToLowerInvariant(), _ => piece });
            sb.Append(Gaps[random.Next(Gaps.Length)]);
        }
        return sb.ToString();
    }

    private static string Describe(Entity e) =>
        $"{e.Type} {e.Start}+{e.Length} {e.Confidence} {e.Evidence} [{string.Join(",", e.Tags)}] {{{string.Join(",", e.Values.Select(kv => kv.Key + "=" + kv.Value))}}}";

    private static void Compare(IRecognizer recognizer, IRecognizer oracle, string[] pieces, int seed, int minimumFound)
    {
        var random = new Random(seed);
        var context = new PostContext { SchoolNames = ["Stathern Primary School"], StaffNames = ["Mrs Patel"], SchoolContacts = ["office@stathern.leics.sch.uk"] };
        var texts = Enumerable.Range(0, 20_000).Select(_ => RandomDraft(random, pieces))
            .Concat(Enumerable.Range(0, 20).Select(i => new PolicyRules.Benchmarks.InputGenerator(seed * 100 + i).Text(2_000 + 500 * i)));
        var found = 0;
        foreach (var text in texts)
        {
            var view = DraftView.Create(text, context);
            var actual = new List<Entity>();
            var expected = new List<Entity>();
            recognizer.Recognize(view, actual);
            oracle.Recognize(view, expected);
            found += expected.Count;
            Assert.That(actual.Select(Describe), Is.EqualTo(expected.Select(Describe)), text);
        }
        found.Should().BeGreaterThan(minimumFound, "the random drafts should hold plenty of entities");
    }

    [Test]
    public void Year_group_finds_what_the_regex_version_found() =>
        Compare(new YearGroupRecognizer(), new ReferenceYearGroupRecognizer(),
            ["Year", "year", "YEAR", "yEAR", "Y", "Yr", "Yr.", "yr", "yr.", "YR", "R", "5", "13", "10", "1", "14", "6%", "4B", "3D", "1A", "9Z", "0B",
             "Reception", "reception", "RECEPTION", "ReCeption", "Receptionist", "Nursery", "nursery", "NURSERY", "Key Stage", "key stage", "Key stage", "Key",
             "Stage", "KS", "ks", "Ks", "Class", "class", "CLASS", "desk", "rhymes", "party.", "Year 6", "Year R", "Yr 10", "KS2", "Class 3", "year5", "Y 4",
             "per", "academic", "children", "joined", "Year-", "3-4", "2B-"],
            seed: 11, minimumFound: 20_000);

    [Test]
    public void Person_name_finds_what_the_previous_version_found() =>
        Compare(new PersonNameRecognizer(), new ReferencePersonNameRecognizer(), PersonPieces, seed: 12, minimumFound: 20_000);

    [Test]
    public void Person_name_in_capitals_finds_what_the_previous_version_found()
    {
        // Drafts in capitals, now and then with a hashtag, a mention or a word in lower case somewhere, and sentences
        // longer and shorter than the reach read around a name.
        var found = PersonNameAgreesOnRandomDrafts(seed: 28, text => text.ToUpperInvariant(),
            ["#SportsDay", "@StathernPri", "#proud", "well", "x#y", "a@b", "#", "@", "ÉLOÏSE", "MR.", "J."],
            new PostContext { StaffNames = ["Mrs Patel", "JOHN SMITH"] },
            (_, _) => true);
        found.Should().BeGreaterThan(5_000, "the drafts in capitals should hold plenty of names");
    }

    [Test]
    public void Person_name_in_lower_case_finds_what_the_previous_version_found()
    {
        // Drafts typed without capitals, now and then with a hashtag, a mention, a link, an "I" or a capital somewhere.
        var found = PersonNameAgreesOnRandomDrafts(seed: 29, text => text.ToLowerInvariant(),
            ["#SportsDay", "@StathernPri", "www.Stathern.com", "I", "I'm", "XX", "Amelia", "MRS", ".", "!", "\n", "3rd may", "the"],
            new PostContext { StaffNames = ["Mrs Patel", "Harry Evans"], Author = AuthorRole.Parent },
            (e, text) => e.HasTag("full-name") && !text.AsSpan(e.Start, e.Length).ContainsAnyInRange('A', 'Z'));
        found.Should().BeGreaterThan(500, "the drafts in lower case should hold plenty of full names in lower case");
    }

    // Person name and its reference agree on 20,000 random drafts of one case, each with up to two asides inserted;
    // returns how many of the reference's entities count (the test's measure that the drafts held names at all).
    private static int PersonNameAgreesOnRandomDrafts(int seed, Func<string, string> toCase, string[] asides, PostContext context,
        Func<Entity, string, bool> counts)
    {
        var random = new Random(seed);
        var found = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = toCase(RandomDraft(random, PersonPieces));
            for (var n = random.Next(3); n > 0; n--) text = text.Insert(random.Next(text.Length + 1), " " + asides[random.Next(asides.Length)] + " ");
            var view = DraftView.Create(text, context);
            var actual = new List<Entity>();
            var expected = new List<Entity>();
            new PersonNameRecognizer().Recognize(view, actual);
            new ReferencePersonNameRecognizer().Recognize(view, expected);
            found += expected.Count(e => counts(e, text));
            Assert.That(actual.Select(Describe), Is.EqualTo(expected.Select(Describe)), text);
        }
        return found;
    }

    private static readonly string[] PersonPieces =
            ["Amelia", "Jones", "amelia", "AMELIA", "Mrs", "Mr.", "Mr", "Dr", "Patel", "Patel's", "St", "Saint", "Mark's", "Church", "Grace", "Will", "will", "the", "The",
             "a", "J.", "J", "I", "Hope", "Street", "team", "Team", "O'Neill", "Smith-Jones", "Mary-Jane", "Jean-Luc", "Zoë", "Éloise", "Ünal", "Amelia\u2019s", "UK",
             "iPhone", "McDonald", "re-Amelia", "x'Jack", "Jack", "Petchey", "Award", "House", "Dudley", "Young", "Writers'", "John", "Paul", "Smith", "Tiger",
             "Phil", "Foden", "Harry", "Potter", "Sir", "Ms", "Miss", "Coach", "Lake", "Seven", "Sisters", "Tom", "Brown", "Ethan", "Olivia", "Noah", "Khan",
             "Year", "3", "Well", "done", "Musician", "of", "School", "Academy", "Lily-Rose", "Ella", "Toone", "Stage", "Chloé", "Zoe\u0308", "ZOË",
             "Renée", "Müller", "O\u2019Neill", "Brontë", "Charlotte", "Evie", "May", "June", "Rose", "Hill", "Wilson", "3rd", "1ST", "14", "Star", "Baker", "King", "Lewis", "JONES",
             "Ame\u00ADlia", "Jo\u200Bnes", "\u200B", "\u2060", "Ａｍｅｌｉａ", "ＪＯＮＥＳ", "𝐀𝐦𝐞𝐥𝐢𝐚", "𝐉𝐨𝐧𝐞𝐬", "𝐉𝐎𝐍𝐄𝐒", "𝑆𝑎𝑟𝑎ℎ", "Captain", "CAPTAIN", "Lily", "Evans", "RAF", "visited", "Moore",
             "noah", "davies", "smith", "lily", "rose", "wilson", "oliver", "read", "my", "our", "mrs", "miss", "captain", "raf", "st", "harry", "potter",
             "evie", "may", "3", "hussain", "#amelia", "@noah", "sarah", "jones's", "house", "victoria", "park",
             "Poor", "Little", "Sadly", "Go", "Amazingly", "Week", "Red", "Riding", "Hood", "\t", "Isla\tBrown", "\u24B6\u24DC\u24D4\u24DB\u24D8\u24D0",
             "\u1D0A\u1D0F\u0274\u1D07\uA731", "Amelia\u3164Jones", "\u2800", "Ame\U000E0041lia", "\U000E0041"];

    private static readonly string[] SocialPieces =
    [
        "snapchat", "Snap", "sc", "SC", "instagram", "INSTA", "ig", "tiktok", "tik", "tok", "tik tok", "tt", "facebook", "fb", "whatsapp", "whats", "app",
        "whats app", "wa", "twitter", "x", "X", "xb", "xbox", "discord", "kik", "telegram", "threads", "twitch", "youtube", "yt", "bereal", "roblox", "psn",
        "steam", "@jess", "@jess_b", "jess_b99", "jess.b", "@x", "@stathernpri", "@Stathern_Primary", "user name", "username", "handle", "name", "id",
        "account", "is", "=", ":", "-", "–", "on", "my", "add", "me", "follow", "hmu", "school", "was", "the", "this", "that", "steamy", "snapped",
        "Insta2", "sc_", "x1", "éx", "xé", "_ig", "tiktoktiktok", "instagrammer", "great", "private", "@", "/", "jess@", "\u212Aik", "fbX", "wax",
    ];

    [Test]
    public void Social_handle_finds_what_the_previous_version_found() =>
        Compare(new SocialHandleRecognizer(), new ReferenceSocialHandleRecognizer(), SocialPieces, seed: 13, minimumFound: 4_000);

    [Test]
    public void Social_handle_platform_word_search_finds_what_the_previous_one_found()
    {
        var random = new Random(14);
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomDraft(random, SocialPieces);
            for (var from = 0; from <= text.Length; from++)
                if (SocialHandleRecognizer.NextPlatformWord(text, from) != ReferenceSocialHandleRecognizer.NextPlatformWord(text, from))
                    Assert.Fail($"from {from} in \"{text}\"");
        }
    }

    private static readonly string[] BankPieces =
    [
        "12-34-56", "12 34 56", "123456", "12345678", "1234 5678", "12-34", "34-56", "1234", "56", "12", "123", "1234567", "123456789", "87654321",
        "20-00-00", "12-34-5", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "gb33 bukb 2020 1555 5555", "GB82", "WEST",
        "sort code", "Sort Code", "sort-code", "s/c", "sc", "bank", "BACS", "transfer", "payee", "account", "acc", "a/c", "acct", "account no", "account number",
        "ref", "reference", "invoice", "phone", "tel", "call", "date", "on", "from", "until", "_12", "12_", "é12", "(12", "£12", "12.50",
    ];

    [Test]
    public void Bank_details_finds_what_the_previous_version_found() =>
        Compare(new BankDetailsRecognizer(), new ReferenceBankDetailsRecognizer(), BankPieces, seed: 15, minimumFound: 5_000);

    private static readonly string[] Numbers = [.. BankPieces.Where(p => p.Any(char.IsAsciiDigit))];
    private static readonly string[] Words = [.. BankPieces.Where(p => !p.Any(char.IsAsciiDigit))];

    [Test]
    public void Bank_details_with_more_windows_than_it_keeps_finds_what_the_previous_version_found()
    {
        var random = new Random(16);
        for (var i = 0; i < 200; i++)
        {
            // Each number followed by two words: its window ends before the next number's begins.
            var text = string.Join(" ", Enumerable.Range(0, random.Next(70, 150)).Select(_ =>
                $"{Numbers[random.Next(Numbers.Length)]} {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}"));
            var view = DraftView.Create(text);
            var actual = new List<Entity>();
            var expected = new List<Entity>();
            new BankDetailsRecognizer().Recognize(view, actual);
            new ReferenceBankDetailsRecognizer().Recognize(view, expected);
            Assert.That(actual.Select(Describe), Is.EqualTo(expected.Select(Describe)), text);
        }
    }

    [Test]
    public void Ni_number_finds_what_the_regex_version_found() =>
        Compare(new NiNumberRecognizer(), new ReferenceNiNumberRecognizer(),
            ["AB123456C", "ab123456c", "AB 12 34 56 C", "ab 12 34 56 c", "AB 123456 C", "QQ123456C", "JG103759A", "JG 10 37 59 A", "BG123456A", "GB123456A",
             "NT123456A", "ZZ123456D", "AO123456A", "DA123456A", "AB123456E", "AB12345C", "AB1234567C", "A\u212A123456C", "\u212AA123456B", "AB", "ab", "QQ",
             "12", "34", "56", "123456", "3456", "1234", "C", "c", "D", "56C", "1", "123", "KA", "Year", "NI", "ni", "nino", "national insurance", "nat ins",
             "AB  12 34 56 C", "AB12 3456C", "_AB123456C", "AB123456C_", "éAB123456C", "AB123456Cé"],
            seed: 17, minimumFound: 5_000);

    // Digits and what sits next to them: the pieces of every digit-driven recognizer's forms and near misses.
    private static readonly string[] DigitPieces =
    [
        "0", "1", "7", "12", "34", "56", "123", "1234", "5678", "12345", "123456", "1234567", "12345678", "123456789", "07", "077", "0770", "07700",
        "900123", "0161", "496", "0000", "+44", "+", "0044", "00", "44", "(0)", "(0161)", "(", ")", "-", ".", " ", "/", ":", "٣", "٧", "07700 900123",
        "+44 7700 900123", "0800 123456", "943 476 5919", "943-476-5919", "9434765919", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111",
        "378282246310005", "3782 822463 10005", "5555555555554444", "12-34-56", "12 34 56", "1234 5678", "call", "tel", "ref", "card", "nhs", "sort code",
        "account", "Year", "14th", "£12.50", "8.40am", "_", "é", "x",
    ];

    private static readonly string[] AddressPieces =
    [
        "14", "14a", "14a,", "2,", "Flat", "Flat 2,", "1", "999", "1000", "0", "Hope", "Street", "Road", "Rd", "Lane", "Close", "Oak", "Park", "Green",
        "The", "Year", "Team", "O'Neill", "St", "Leicester", "Melton", "Mowbray", "LE14 4AA", "LE144AA", "le14 4aa", "SW1A 1AA", "B1 1AA", "M1 1AE",
        "ZZ1 1AA", "4AA", "3rd", "4aa", "postcode", "live", "lives", "at", "road", "Class", "page", "Grace", "Will", "14 Hope Street", "14a, Oak Road",
        "Flat 2, 14 Hope Street", "14 Hope Street, Melton Mowbray, LE14 4AA", "14 Hope Street LE14 4AA", "3 Mary-Jane Close, Leicester", "5 Blue Team Park",
        "Year 5 Oak Lane", "7 St. Mark's Grove", "12 Park View,", "99 The Green",
    ];

    private static readonly string[] AgePieces =
    [
        "age", "aged", "Aged", "AGE", "7", "12", "0", "19", "123", "(8)", "(0)", "(12)", "(123)", "Amelia", "Question", "Will", "Grace", "amelia", "years",
        "year", "yrs", "yr", "old", "olds", "-year-old", "-year-olds", "yo", "y/o", "y.o.", "YO", "to", "-", "9", "aged 7", "age 7 - 9", "aged 7 to 9",
        "7 years old", "4-year-olds", "7yo", "7 y/o", "Amelia (8)", "Jack (19)", "14yrs old", "yes", "Y", "(", ")",
    ];

    private static readonly string[] BirthPieces =
    [
        "DOB", "dob", "d.o.b.", "D.O.B", "d o b", "date of birth", "Date of Birth", "birth", "birthdate", "birth date", "born", "born on", "born in",
        "birthday", "birthday is", "birthday was", "b'day", "bday", "Bob", "club", "number", "about", ":", "-", "–", "the", "of", "14/03/2016",
        "14.03.16", "3-5-2016", "14th", "3rd", "1st", "31", "32", "March", "march", "Mar.", "Sept", "May", "2016", "1999", "2101", ",", "school's", "Queen",
        "founded", "7", "12", "/", "b", "B", "b1", "borne", "Birthdays", "DOB: 14/03/2016", "born on 3rd May", "date of birth 14th March 2016",
        "born in March 2016", "birthday is March 14, 2016", "d.o.b. - 1/2/99", "b'day: the 3rd of June", "born 14.03.2016",
        "bırth", "BİRTH", "ob", "o.b", "Do b", "dO. B", "d.o. b", "d. o b", "D O B", "b\u2019day", "b'Day",
    ];

    [Test]
    public void Phone_number_finds_what_the_previous_version_found() =>
        Compare(new PhoneNumberRecognizer(), new ReferencePhoneNumberRecognizer(), DigitPieces, seed: 18, minimumFound: 3_000);

    [Test]
    public void Nhs_number_finds_what_the_previous_version_found() =>
        Compare(new NhsNumberRecognizer(), new ReferenceNhsNumberRecognizer(), DigitPieces, seed: 19, minimumFound: 3_000);

    [Test]
    public void Card_number_finds_what_the_previous_version_found() =>
        Compare(new CardNumberRecognizer(), new ReferenceCardNumberRecognizer(), DigitPieces, seed: 20, minimumFound: 5_000);

    [Test]
    public void Postcode_finds_what_the_previous_version_found() =>
        Compare(new PostcodeRecognizer(), new ReferencePostcodeRecognizer(), AddressPieces, seed: 21, minimumFound: 10_000);

    [Test]
    public void Street_address_finds_what_the_previous_version_found() =>
        Compare(new StreetAddressRecognizer(), new ReferenceStreetAddressRecognizer(), AddressPieces, seed: 22, minimumFound: 10_000);

    [Test]
    public void Age_finds_what_the_previous_version_found() =>
        Compare(new AgeRecognizer(), new ReferenceAgeRecognizer(), AgePieces, seed: 23, minimumFound: 15_000);

    [Test]
    public void Date_of_birth_finds_what_the_previous_version_found() =>
        Compare(new DateOfBirthRecognizer(), new ReferenceDateOfBirthRecognizer(), BirthPieces, seed: 24, minimumFound: 10_000);

    private static readonly (IRecognizer Recognizer, IRecognizer Oracle)[] DigitRecognizers =
    [
        (new PhoneNumberRecognizer(), new ReferencePhoneNumberRecognizer()), (new NhsNumberRecognizer(), new ReferenceNhsNumberRecognizer()),
        (new CardNumberRecognizer(), new ReferenceCardNumberRecognizer()), (new BankDetailsRecognizer(), new ReferenceBankDetailsRecognizer()),
        (new NiNumberRecognizer(), new ReferenceNiNumberRecognizer()), (new PostcodeRecognizer(), new ReferencePostcodeRecognizer()),
        (new StreetAddressRecognizer(), new ReferenceStreetAddressRecognizer()), (new AgeRecognizer(), new ReferenceAgeRecognizer()),
        (new DateOfBirthRecognizer(), new ReferenceDateOfBirthRecognizer()),
    ];

    private static IEnumerable<string> DigitEdgeTexts()
    {
        // Forms at the very start and end of the text, touching non-ASCII digits, letters that fold to ASCII, and long runs.
        string[] forms =
        [
            "07700 900123", "+44 7700 900123", "(0161) 496 0000", "943 476 5919", "4111 1111 1111 1111", "12-34-56 12345678", "AB123456C", "A\u212A 12 34 56 C",
            "LE14 4AA", "14 Hope Street", "aged 7", "Amelia (8)", "7 years old", "DOB 14/03/2016", "sort code 12-34-56", "account 1234 5678",
        ];
        foreach (var form in forms)
        {
            yield return form;
            foreach (var neighbour in new[] { "٣", "٣ ", " ٣", "0", "1 ", "x", "\u212A", "\u00A0", "+", "(", "-" })
            {
                yield return neighbour + form;
                yield return form + neighbour;
                yield return form.Replace(' ', neighbour[0]);
            }
            yield return form.Replace('0', '٠').Replace('7', '٧');
        }
        yield return "07٧٧٧٧٧٧٧ 07700 900123";
        yield return "0٧ 07700 900123 call";
        yield return "call 07700 ٣ 900123"; // two groups of runs too small alone, one match through the other script's digit
        yield return "07700 ٩٩ 900123 07700 900123";
        yield return new string('1', 5_000);
        yield return "AB" + new string('1', 5_000) + "C";
        yield return string.Join(" ", Enumerable.Repeat("12-34-56", 2_000));
        yield return string.Join("-", Enumerable.Repeat("1234", 3_000));
        var random = new Random(25);
        var big = new StringBuilder();
        while (big.Length < 100_000) big.Append(RandomDraft(random, DigitPieces)).Append(RandomDraft(random, AddressPieces)).Append(RandomDraft(random, AgePieces)).Append(RandomDraft(random, BirthPieces));
        yield return big.ToString();
    }

    [Test]
    public void Digit_recognizers_find_what_their_previous_versions_found_at_the_edges()
    {
        foreach (var text in DigitEdgeTexts())
        {
            var view = DraftView.Create(text);
            foreach (var (recognizer, oracle) in DigitRecognizers)
            {
                var actual = new List<Entity>();
                var expected = new List<Entity>();
                recognizer.Recognize(view, actual);
                oracle.Recognize(view, expected);
                Assert.That(actual.Select(Describe), Is.EqualTo(expected.Select(Describe)), $"{recognizer.Name}: {text[..Math.Min(200, text.Length)]}");
            }
        }
    }

    [Test]
    public void Hand_scans_word_characters_are_those_a_regex_word_boundary_sees()
    {
        var boundary = new Regex(@"a\b", RegexOptions.CultureInvariant);
        for (var c = char.MinValue; c < char.MaxValue; c++)
            if (c != 'a' && TextScan.IsRegexWordChar(c) != !boundary.IsMatch("a" + c))
                Assert.Fail($"U+{(int)c:X4}");
    }
}
