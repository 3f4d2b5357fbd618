using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
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
            text => Collect(TextScan.TokenWindows(text, TextScan.Digits, 1, 2, Accept("PolicyRules.Recognizers.Age.AgeRecognizer", "CanHoldAge"))), 1);

    // A recognizer's private filter of trigger tokens.
    private static Func<string, int, int, bool> Accept(string type, string method) =>
        typeof(TextScan).Assembly.GetType(type, true)!.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<Func<string, int, int, bool>>();

    [Test]
    public void Street_address_windows_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.StreetAddress.StreetAddressRecognizer", "Candidate",
            ["Flat", "Apt.", "Unit", "2", "14", "14a", "7b", "1234", "Hope", "Park", "O'Neil", "Street", "Road", "St", "Lane", "The", "Melton", "Mowbray", "Leics", "LE14", "4AA", "LE144AA", "SW1A", "1AA", "x", "14 Hope Street", "Flat 2, 7b Park Lane", "12 The Green", "Hope Park Road", "Melton Mowbray", "LE14 4AA", "Old Hope Park Road, Melton Mowbray Town, LE14 4AA"],
            text => Collect(TextScan.TokenWindows(text, TextScan.Digits, 2, 9, Accept("PolicyRules.Recognizers.StreetAddress.StreetAddressRecognizer", "EndsWithHouseNumber"))), 2);

    [Test]
    public void Postcode_windows_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.Postcode.PostcodeRecognizer", "Candidate",
            ["LE14", "4AA", "LE144AA", "le14", "4aa", "SW1A", "1AA", "sw1a1aa", "W1A", "0AX", "EC1A", "1BB", "M1", "1AE", "B1", "B33", "8HQ", "1", "14", "14th", "3rd", "2nd",
             "8.40am", "4AA_", "4AAé", "4AA1", "4AM", "A", "AA", "x", "Year", "£412.50", "LE14 4AA", "M1 1AE"],
            text => Collect(TextScan.TokenWindows(text, TextScan.Digits, 1, 0, Accept("PolicyRules.Recognizers.Postcode.PostcodeRecognizer", "HasInwardCode"))), 7);

    private static readonly string[] Numbers = ["1", "12", "123", "1234", "943 476 5919", "9434765919", "943-476-5919", "12-34-56", "12 34 56", "123456", "12345678", "1234 5678", "GB", "GB82", "WEST", "NWBK", "6016", "1331", "9268", "19", "x", "a", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "gb33 bukb 2020 1555 5555"];

    [Test]
    public void Nhs_number_windows_find_the_whole_text_matches() =>
        Compare("PolicyRules.Recognizers.NhsNumber.NhsNumberRecognizer", "Candidate", [.. Numbers, "94", "943-", "-476", "476-5919", "9434", "x943"],
            text => Collect(TextScan.TokenWindows(text, TextScan.Digits, 0, 1, Accept("PolicyRules.Recognizers.NhsNumber.NhsNumberRecognizer", "HasThreeDigits"))), 3);

    // The ni-number recognizer now matches by hand (compared with this regex version in RecognizerOracleTests); its
    // old regex still checks the windows.
    [Test]
    public void Ni_number_windows_find_the_whole_text_matches() =>
        Compare(Reference.ReferenceNiNumberRecognizer.Candidate(), "ni-number",
            ["AB", "ab", "QQ", "JG", "AB12", "12", "34", "56", "123456", "3456", "1234", "C", "c", "D", "E", "56C", "AB123456C", "ab 12 34 56 c", "AB 123456 C", "1", "123", "12345", "KA", "x", "Year"],
            text => Collect(TextScan.TokenWindows(text, TextScan.Digits, 1, 1, Accept("PolicyRules.Recognizers.NiNumber.NiNumberRecognizer", "HasDigitPairs"))), 8);

    private const string Bank = "PolicyRules.Recognizers.BankDetails.BankDetailsRecognizer";

    [TestCase("Account")]
    [TestCase("SortCode")]
    public void Bank_details_windows_find_the_whole_text_matches(string method) =>
        Compare(Bank, method, [.. Numbers, "12-34", "34-56", "12 34", "56", "1234 567", "123456789", "1234a", "_12", "12_", "é12", "(12"],
            text => Collect(TextScan.TokenWindows(text, TextScan.Digits, 0, 1, Accept(Bank, "HasDigitGroup"))), 4);

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
        var trigger = (System.Buffers.SearchValues<char>)recognizer.GetField("B", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var accept = Accept(type, "HasBirthCue");
        Compare(type, "Candidate",
            ["DOB", "dob", "d.o.b.", "d", "o", "b", "d.", "o.", "b.", "date of birth", "birth", "date", "birthdate", "born", "born on", "born in", "birthday", "birthday is", "b'day", "bday", "Bob",
             "about", ":", "the", "of", ": the", "14th of March, 2016", "March 14, 2016", "the 3rd of may 1999", "birth date", "date of birth :", "14", "14th", "3rd", "14/03/2016", "1.3.16", "March", "Mar.", "may", "2016", "1999", "2016.", "x"],
            text => Collect(TextScan.TokenWindows(text, trigger, 2, 7, accept)), 6);
    }
}
