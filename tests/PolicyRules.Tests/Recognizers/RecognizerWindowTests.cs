using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// The recognizers that scan only windows near their triggers find exactly the matches their own
/// candidate regex finds over the whole text (the old path), on seeded random text made of their
/// trigger words, digits, spaces and punctuation, so candidates are frequent and windows meet.
/// </summary>
public class RecognizerWindowTests
{
    // The recognizer's private candidate regex, as the recognizer uses it.
    private static Regex Pattern(string type, string method = "Candidate") =>
        (Regex)typeof(TextScan).Assembly.GetType(type, throwOnError: true)!
            .GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    private static readonly string[] Separators = [" ", " ", " ", "", "  ", "\n", "\t", " \t ", ",", ", ", "-", " - ", "(", ")", ".", "/", "'"];

    private static string RandomText(Random random, string[] pieces)
    {
        var sb = new StringBuilder();
        var count = random.Next(0, 40);
        for (var i = 0; i < count; i++)
        {
            sb.Append(pieces[random.Next(pieces.Length)]);
            sb.Append(Separators[random.Next(Separators.Length)]);
            if (random.Next(30) == 0) sb.Append(' ', random.Next(2, 40)); // a long run of spaces
        }
        return sb.ToString();
    }

    private static List<(int, int)> Whole(Regex regex, string text)
    {
        var found = new List<(int, int)>();
        for (var m = regex.Match(text); m.Success; m = m.NextMatch()) found.Add((m.Index, m.Length));
        return found;
    }

    private static List<(int, int)> InWindows(Regex regex, string text, IEnumerable<(int Start, int Length)> windows)
    {
        var found = new List<(int, int)>();
        var lastEnd = 0;
        foreach (var (start, length) in windows)
        {
            start.Should().BeGreaterThanOrEqualTo(lastEnd, "windows are ordered and disjoint");
            lastEnd = start + length;
            for (var m = regex.Match(text, start, length); m.Success; m = m.NextMatch()) found.Add((m.Index, m.Length));
        }
        return found;
    }

    private static List<(int, int)> Collect(TextScan.WindowEnumerator windows)
    {
        var list = new List<(int, int)>();
        foreach (var w in windows) list.Add(w);
        return list;
    }

    private static List<(int, int)> Collect(TextScan.TokenWindowEnumerator windows)
    {
        var list = new List<(int, int)>();
        foreach (var w in windows) list.Add(w);
        return list;
    }

    private static List<(int, int)> Collect(TextScan.DigitRunWindowEnumerator windows)
    {
        var list = new List<(int, int)>();
        foreach (var w in windows) list.Add(w);
        return list;
    }

    // Token windows around the digit runs the recognizer's filter takes.
    private static List<(int, int)> RunWindows(string text, int before, int after, Func<string, int, int, bool> accept)
    {
        var view = DraftView.Create(text);
        return Collect(TextScan.TokenWindows(text, view.DigitRuns, before, after, accept));
    }

    // The stretches of the groups of digit runs, widened by `lead` characters before (to the text's start).
    private static List<(int, int)> Groups(string text, int maxGap, int minDigits, int lead = 0)
    {
        var view = DraftView.Create(text);
        var list = new List<(int, int)>();
        foreach (var (start, end) in TextScan.DigitGroups(view.DigitRuns, maxGap, minDigits))
            list.Add((Math.Max(0, start - lead), end - Math.Max(0, start - lead)));
        return list;
    }

    private static void Compare(string type, string method, string[] pieces, Func<string, IEnumerable<(int, int)>> windows, int seed) =>
        Compare(Pattern(type, method), $"{type}.{method}", pieces, windows, seed);

    private static void Compare(Regex regex, string name, string[] pieces, Func<string, IEnumerable<(int, int)>> windows, int seed)
    {
        var random = new Random(seed);
        var matches = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var text = RandomText(random, pieces);
            var whole = Whole(regex, text);
            matches += whole.Count;
            InWindows(regex, text, windows(text)).Should().Equal(whole, $"{name} on \"{text}\"");
        }
        matches.Should().BeGreaterThan(500, "the random text should hold plenty of candidates");
    }

    [Test]
    public void Age_windows_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.Age.AgeRecognizer", "Candidate",
            ["age", "aged", "Aged", "AGE", "7", "12", "123", "0", "5", "years", "year", "yrs", "yr", "old", "olds", "-year-old", "yo", "y/o", "y.o.", "to", "-", "(8)", "(12)", "(", ")", "Amelia", "Mary-Jane", "Question", "x"],
            text => RunWindows(text, 1, 2, Accept("PolicyRules.Recognizers.Age.AgeRecognizer", "CanHoldAge")), 1);

    // A recognizer's private filter of trigger tokens or digit runs.
    private static Func<string, int, int, bool> Accept(string type, string method) =>
        typeof(TextScan).Assembly.GetType(type, true)!.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<Func<string, int, int, bool>>();

    [Test]
    public void Street_address_windows_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.StreetAddress.StreetAddressRecognizer", "Candidate",
            ["Flat", "Apt.", "Unit", "2", "14", "14a", "7b", "1234", "Hope", "Park", "O'Neil", "Street", "Road", "St", "Lane", "The", "Melton", "Mowbray", "Leics", "LE14", "4AA", "LE144AA", "SW1A", "1AA", "x", "14 Hope Street", "Flat 2, 7b Park Lane", "12 The Green", "Hope Park Road", "Melton Mowbray", "LE14 4AA", "Old Hope Park Road, Melton Mowbray Town, LE14 4AA"],
            text => RunWindows(text, 2, 9, Accept("PolicyRules.Recognizers.StreetAddress.StreetAddressRecognizer", "EndsHouseNumber")), 2);

    [Test]
    public void Postcode_windows_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.Postcode.PostcodeRecognizer", "Candidate",
            ["LE14", "4AA", "LE144AA", "le14", "4aa", "SW1A", "1AA", "sw1a1aa", "W1A", "0AX", "EC1A", "1BB", "M1", "1AE", "B1", "B33", "8HQ", "1", "14", "14th", "3rd", "2nd",
             "8.40am", "4AA_", "4AAé", "4AA1", "4AM", "A", "AA", "x", "Year", "£412.50", "LE14 4AA", "M1 1AE"],
            text => RunWindows(text, 1, 0, Accept("PolicyRules.Recognizers.Postcode.PostcodeRecognizer", "EndsBeforeInwardLetters")), 7);

    private static readonly string[] Numbers = ["1", "12", "123", "1234", "943 476 5919", "9434765919", "943-476-5919", "12-34-56", "12 34 56", "123456", "12345678", "1234 5678", "GB", "GB82", "WEST", "NWBK", "6016", "1331", "9268", "19", "x", "a", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "gb33 bukb 2020 1555 5555"];

    // The ni-number and bank-details recognizers match their numbers by hand at the digit runs (compared with their
    // regex versions in RecognizerOracleTests).
    [Test]
    public void Nhs_number_digit_groups_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.NhsNumber.NhsNumberRecognizer", "Candidate", [.. Numbers, "94", "943-", "-476", "476-5919", "9434", "x943"],
            text => Groups(text, maxGap: 1, minDigits: 10), 3);

    [Test]
    public void Card_number_digit_groups_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.CardNumber.CardNumberRecognizer", "Candidate",
            [.. Numbers, "4111", "1111", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "378282246310005", "3782 822463 10005", "1234567890123456789012"],
            text => Groups(text, maxGap: 1, minDigits: 13), 9);

    // Texts without other scripts' digits: with one next to a run the recognizer scans the whole text.
    [Test]
    public void Phone_number_digit_groups_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.Phone.PhoneNumberRecognizer", "Candidate",
            [.. Numbers, "07700 900123", "07700", "900123", "+44", "+", "+ 44", "0044", "00", "44", "(0)", "(0161)", "(0", "0161", "496", "0000", "0800 123456", "7700.900.123", "077-009-001-23"],
            text => Groups(text, maxGap: 2, minDigits: 9, lead: 2), 10);

    private const string Bank = "PolicyRules.Recognizers.BankDetails.BankDetailsRecognizer";

    [Test]
    public void Iban_windows_near_gb_find_the_whole_text_matches()
    {
        var recognizer = typeof(TextScan).Assembly.GetType(Bank, true)!;
        T Field<T>(string name) => (T)recognizer.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Compare(Bank, "Iban", [.. Numbers, "gb", "Gb", "rugby", "GB 82", "GBGB82"],
            text => Collect(TextScan.Windows(text, Field<System.Buffers.SearchValues<char>>("NoCharacter"), Field<System.Buffers.SearchValues<string>>("Gb"), 28)), 4);
    }

    // The year-group recognizer now matches by hand (compared with this regex version in RecognizerOracleTests); its
    // old regex still checks the word-and-digit windows.
    [Test]
    public void Year_group_windows_find_the_whole_text_matches()
    {
        var regex = Reference.ReferenceYearGroupRecognizer.Candidate();
        var random = new Random(5);
        var matches = 0;
        for (var i = 0; i < 5_000; i++)
        {
            var text = RandomText(random,
                ["Year", "year", "YEAR", "yEAR", "Y", "Yr", "Yr.", "yr", "YR", "R", "5", "13", "1", "14", "4B", "3D", "Reception", "reception", "RECEPTION", "ReCeption",
                 "Nursery", "nursery", "Key Stage", "key stage", "Key", "Stage", "KS", "ks", "Class", "class", "desk", "x", "Year 6", "KS2", "Class 3"]);
            var whole = Whole(regex, text);
            matches += whole.Count;
            InWindows(regex, text, Collect(TextScan.Windows(text, TextScan.Digits, Reference.ReferenceYearGroupRecognizer.Words, 11))).Should().Equal(whole, text);
        }
        matches.Should().BeGreaterThan(500, "the random text should hold plenty of candidates");
    }

    [Test]
    public void Date_of_birth_windows_find_the_whole_text_matches()
    {
        const string type = "PolicyRules.Recognizers.DateOfBirth.DateOfBirthRecognizer";
        var recognizer = typeof(TextScan).Assembly.GetType(type, true)!;
        var find = recognizer.GetMethod("NextBirthCue", BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<Func<string, int, int>>();
        Compare(type, "Candidate",
            ["DOB", "dob", "d.o.b.", "d", "o", "b", "d.", "o.", "b.", "date of birth", "birth", "date", "birthdate", "born", "born on", "born in", "birthday", "birthday is", "b'day", "bday", "Bob",
             "about", ":", "the", "of", ": the", "14th of March, 2016", "March 14, 2016", "the 3rd of may 1999", "birth date", "date of birth :", "14", "14th", "3rd", "14/03/2016", "1.3.16", "March", "Mar.", "may", "2016", "1999", "2016.", "x"],
            text => Collect(TextScan.TokenWindows(text, find, 2, 7)), 6);
    }
}
