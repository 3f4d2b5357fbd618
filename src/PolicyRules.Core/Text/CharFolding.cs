using System.Globalization;
using System.Text;

namespace PolicyRules.Text;

/// <summary>
/// One table for every UTF-16 code unit: what it becomes after NFKC, accent stripping, case folding,
/// homoglyph folding and dropping of invisible characters. Built once; the normaliser then costs
/// one array read per character.
/// </summary>
internal static class CharFolding
{
    /// <summary>Marks a character that folds to more than one character (see <see cref="Expansions"/>).</summary>
    public const char Expand = '\uFFFF';
    /// <summary>Marks a character that is dropped (zero-width, control, combining mark).</summary>
    public const char Drop = '\0';

    public static readonly char[] Table = Build(out Expansions);
    public static readonly Dictionary<char, string> Expansions;

    /// <summary>
    /// Mathematical alphanumeric symbols (U+1D400..U+1D7FF, "𝐟𝐮𝐜𝐤" from fancy-text generators), which
    /// are surrogate pairs behind <c>\uD835</c>: indexed by low surrogate - <c>\uDC00</c>, the letter or
    /// digit each folds to under NFKC and lower-casing, or <see cref="Drop"/> when it has none.
    /// </summary>
    public static readonly char[] MathAlphanumerics = BuildMathAlphanumerics();

    public const char MathHighSurrogate = '\uD835';

    private static char[] BuildMathAlphanumerics()
    {
        var table = new char[1024];
        for (var i = 0; i < table.Length; i++)
        {
            var s = new string([MathHighSurrogate, (char)(0xDC00 + i)]).Normalize(NormalizationForm.FormKC);
            table[i] = s.Length == 1 && char.IsLetterOrDigit(s[0]) ? Table[s[0]] is var f && f is not (Drop or Expand) ? f : Drop : Drop;
        }
        return table;
    }

    // Letters from other scripts that look like Latin ones, used to slip words past filters.
    // Pairs of (lookalike, Latin letter).
    private const string Homoglyphs =
        "аaвbсcеeһhіiјjкkмmоoрpѕsуyхxьbԁdԛqԝwɡgαaβbεeιiκkνvοoρpτtυuχxϲcϳjƒf" +
        "АaВbСcЕeНhІiЈjКkМmОoРpЅsТtХxУyΑaΒbΕeΖzΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx";

    private static char[] Build(out Dictionary<char, string> expansions)
    {
        var table = new char[char.MaxValue + 1];
        expansions = [];
        for (var i = 0; i < 128; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                '\r' => '\n',
                '\n' or '\t' => c,
                < ' ' or '\x7f' => Drop,
                _ => c,
            };
        }
        for (var i = 128; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c)) { table[i] = c; continue; }
            if (c == Expand)
            {
                // The noncharacter U+FFFF is our own marker: it "expands" to the replacement character.
                table[i] = Expand;
                expansions[c] = "\uFFFD";
                continue;
            }
            var folded = Fold(c);
            table[i] = folded.Length switch
            {
                0 => Drop,
                1 => folded[0],
                _ => Expand,
            };
            if (folded.Length > 1) expansions[c] = folded;
        }
        for (var i = 0; i + 1 < Homoglyphs.Length; i += 2)
            table[Homoglyphs[i]] = Homoglyphs[i + 1];
        return table;
    }

    /// <summary>The small capitals of the Latin letters (IPA's and phonetic extensions'), and the letter each stands for
    /// at the same index of <see cref="SmallCapitalLetters"/>: fancy-text generators write "ᴀᴍᴇʟɪᴀ ᴊᴏɴᴇꜱ" with them.</summary>
    internal const string SmallCapitals = "\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D\u0274\u1D0F\u1D18\uA7AF\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21\u028F\u1D22";
    internal const string SmallCapitalLetters = "abcdefghijklmnopqrstuvwyz";

    /// <summary>Blank letters and symbols that show as a space, put between a first name and a surname to hide the pair:
    /// the Hangul fillers and the blank Braille pattern. Folded to a space.</summary>
    internal const string BlankLetters = "\u115F\u1160\u3164\uFFA0\u2800";

    private static string Fold(char c)
    {
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4': return "'";
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033': return "\"";
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212': return "-";
            case '\u00A0' or '\u2007' or '\u202F': return " ";
            case '\u2028' or '\u2029' or '\u0085': return "\n";
            case '\u00DF': return "ss";
            // Letters Unicode does not decompose into a base letter and a mark: "Łucja", "Søren", "Đorđe", "Æsa".
            case '\u0141' or '\u0142': return "l";
            case '\u00D8' or '\u00F8': return "o";
            case '\u0110' or '\u0111' or '\u00D0' or '\u00F0': return "d";
            case '\u0126' or '\u0127': return "h";
            case '\u0166' or '\u0167': return "t";
            case '\u0131': return "i";
            case '\u00C6' or '\u00E6': return "ae";
            case '\u0152' or '\u0153': return "oe";
            case '\u00DE' or '\u00FE': return "th";
        }
        if (BlankLetters.Contains(c)) return " ";
        // Small capitals ("ᴀᴍᴇʟɪᴀ ᴊᴏɴᴇꜱ"), which NFKC leaves alone: the letter each stands for.
        if (SmallCapitals.IndexOf(c) is var k and >= 0) return SmallCapitalLetters[k].ToString();
        var category = char.GetUnicodeCategory(c);
        if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
            return "";
        if (category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            return c.ToString();
        if (category is UnicodeCategory.SpaceSeparator) return " ";
        string s;
        try { s = c.ToString().Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return c.ToString(); }
        var sb = new StringBuilder(s.Length);
        foreach (var d in s)
        {
            var cat = char.GetUnicodeCategory(d);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format)
                continue;
            sb.Append(char.ToLowerInvariant(d));
        }
        // Full-width punctuation and letters come out ASCII; keep anything else as one character
        // when it stays one character, so a script we don't fold still maps one-to-one.
        return sb.Length > 4 ? c.ToString() : sb.ToString();
    }
}
