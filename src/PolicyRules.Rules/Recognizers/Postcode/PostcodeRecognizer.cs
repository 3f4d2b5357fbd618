using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.Postcode;

/// <summary>
/// UK postcodes with the real letter rules: a postcode area that exists (AB, B, BT, ... ZE), the
/// outward forms A9, A99, AA9, AA99, A9A, AA9A with the letters each position allows, and an
/// inward code of a digit and two letters from ABDEFGHJLNPQRSTUWXYZ. Written in capitals, or in
/// lower case next to a context word such as "postcode". Values: <c>postcode</c>, <c>area</c>.
/// </summary>
internal sealed partial class PostcodeRecognizer : IRecognizer
{
    [GeneratedRegex(@"\b(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();

    private static readonly FrozenSet<string> Areas = FrozenSet.ToFrozenSet(
        """
        AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX
        FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE
        NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ
        TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private static readonly ContextWords Context = new("postcode", "post code", "address", "live", "lives", "living", "flat", "house", "road", "street", "lane", "close", "avenue", "drive");

    public string Name => "postcode";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["postcode", "area"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["full", "compact"];

    // The letters of an inward code ("4AA"); the regex ignores case.
    private static readonly SearchValues<char> InwardLetters = SearchValues.Create("ABDEFGHJLNPQRSTUWXYZabdefghjlnpqrstuwxyz");

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // Every candidate ends with an inward code, in the token of its outward code or the next one ("LE14 4AA"):
        // scan only the tokens that hold an inward code, with the token before.
        foreach (var (start, length) in TextScan.TokenWindows(text, input.DigitRuns, 1, 0, EndsBeforeInwardLetters))
            foreach (var m in Candidate().EnumerateMatches(text.AsSpan(start, length)))
                if (Match(text, start + m.Index, m.Length) is { } e) results.Add(e);
    }

    // The run's last digit and two inward letters after it end an inward code, not followed by a letter, digit or '_'
    // ("4AA", "LE144AA,"); ordinals such as "3rd" pass too, while times ("8.40am"), prices and "Year 3" do not.
    private static bool EndsBeforeInwardLetters(string text, int runStart, int runEnd) =>
        runEnd + 1 < text.Length && InwardLetters.Contains(text[runEnd]) && InwardLetters.Contains(text[runEnd + 1])
        && (runEnd + 2 == text.Length || !TextScan.IsWordChar(text[runEnd + 2]));

    /// <summary>The postcode entity at the span, or null when the span is not a real postcode.</summary>
    internal Entity? Match(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        var areaLength = char.IsLetter(span[1]) ? 2 : 1;
        if (!Areas.Contains(span[..areaLength].ToString())) return null;
        if (start > 0 && text[start - 1] is '-' or '/' or '.' or '\'') return null;
        var upper = !span.ContainsAnyInRange('a', 'z');
        var hasSpace = span.Contains(' ');
        var context = Context.Near(text, start, start + length, 40);
        if (!upper && !(context && hasSpace)) return null;
        var confidence = (hasSpace ? 0.85 : 0.7) + (context ? 0.1 : 0);
        return new Entity(Name, start, length, TextScan.Clamp(confidence), "a UK postcode")
        {
            Tags = [hasSpace ? "full" : "compact"],
            Values = new Dictionary<string, string> { ["postcode"] = span.ToString().ToUpperInvariant(), ["area"] = span[..areaLength].ToString().ToUpperInvariant() },
        };
    }
}
