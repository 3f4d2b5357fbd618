using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// The bank-details recognizer as it was before its digit-group windows were found once for both regexes, kept as the
/// oracle the randomized comparison checks the library's version against. Not used by the library.
/// </summary>
/// <remarks>
/// Bank details: a sort code (<c>12-34-56</c>, <c>12 34 56</c>) with an eight-digit account number
/// within 60 characters, or a sort code or account number next to a context word ("sort code",
/// "account", "bank", "BACS"), or a UK IBAN. Tags: <c>sort-code</c>, <c>account-number</c>,
/// <c>iban</c>. Values: <c>sort-code</c>, <c>account</c>.
/// </remarks>
internal sealed partial class ReferenceBankDetailsRecognizer : IRecognizer
{
    [GeneratedRegex(@"\b[0-9]{2}([\- ])[0-9]{2}\1[0-9]{2}\b|\b[0-9]{6}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SortCode();

    [GeneratedRegex(@"\b[0-9]{8}\b|\b[0-9]{4} [0-9]{4}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    [GeneratedRegex(@"\bGB ?[0-9]{2} ?[A-Z]{4} ?(?:[0-9]{4} ?){3}[0-9]{2}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iban();

    private static readonly ContextWords SortContext = new("sort code", "sort-code", "sortcode", "s/c", "sc", "bank", "banking", "bacs", "transfer", "payee", "account", "acc", "a/c", "acct");
    private static readonly ContextWords AccountContext = new("account", "acc", "a/c", "acct", "account no", "account number", "bank", "bacs", "payee");
    private static readonly ContextWords NotBank = new("ref", "reference", "order", "invoice", "phone", "tel", "mobile", "call", "date", "dated", "on", "from", "until");

    public string Name => "bank-details";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["sort-code", "account"];

    // Every IBAN starts with "GB" and is at most 28 characters: scan only near a "gb".
    private static readonly SearchValues<string> Gb = SearchValues.Create(["gb"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> NoCharacter = SearchValues.Create("");

    // A run of 2, 4, 6 or 8 digits that no letter, digit or '_' touches ("12-34-56", "1234", "12345678"): every
    // account number and sort code holds one. "14th", "8.40am", "07700" and "Year 3" do not.
    private static bool HasDigitGroup(string text, int tokenStart, int tokenEnd)
    {
        for (var i = tokenStart; i < tokenEnd; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var run = i;
            while (i < tokenEnd && char.IsAsciiDigit(text[i])) i++;
            if ((i - run) is 2 or 4 or 6 or 8 && (run == 0 || !TextScan.IsWordChar(text[run - 1])) && (i == text.Length || !TextScan.IsWordChar(text[i])))
                return true;
        }
        return false;
    }

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // Created on first use, so a text with no candidates allocates nothing.
        List<(int Start, int End)>? accounts = null;
        // Every token of an account number or sort code ("12 34 56") holds a group of digits: scan only such
        // tokens, each with the next so that the tokens of one match fall in one window.
        foreach (var (windowStart, windowLength) in TextScan.TokenWindows(text, TextScan.Digits, 0, 1, HasDigitGroup))
        foreach (var w in Account().EnumerateMatches(text.AsSpan(windowStart, windowLength)))
        {
            int s = windowStart + w.Index, e = s + w.Length;
            if (!TextScan.NumberContinues(text, s, e)) (accounts ??= []).Add((s, e));
        }
        HashSet<int>? used = null;
        foreach (var (windowStart, windowLength) in TextScan.TokenWindows(text, TextScan.Digits, 0, 1, HasDigitGroup))
        foreach (var w in SortCode().EnumerateMatches(text.AsSpan(windowStart, windowLength)))
        {
            int start = windowStart + w.Index, end = start + w.Length;
            if (TextScan.NumberContinues(text, start, end)) continue;
            var compact = char.IsAsciiDigit(text[start + 2]); // "123456", not "12-34-56"
            var near = -1;
            for (var i = 0; i < (accounts?.Count ?? 0); i++)
            {
                var a = accounts![i];
                if (a.Start >= end && a.Start - end <= 60 || a.End <= start && start - a.End <= 60) { near = i; break; }
            }
            var context = SortContext.Before(text, start, 30);
            if (near < 0 && !context) continue;
            if (compact && !context) continue;
            if (near < 0 && NotBank.Before(text, start, 12)) continue;
            var tags = new List<string> { "sort-code" };
            string account = "";
            if (near >= 0)
            {
                var a = accounts![near];
                (used ??= []).Add(near);
                tags.Add("account-number");
                account = text[a.Start..a.End];
                start = Math.Min(start, a.Start);
                end = Math.Max(end, a.End);
            }
            results.Add(new Entity(Name, start, end - start, near >= 0 ? (context ? 0.97 : 0.85) : 0.8,
                near >= 0 ? "a sort code and an account number" : "a sort code")
            {
                Tags = tags,
                Values = new Dictionary<string, string> { ["sort-code"] = text.Substring(w.Index + windowStart, w.Length), ["account"] = account },
            });
        }
        for (var i = 0; i < (accounts?.Count ?? 0); i++)
        {
            if (used is not null && used.Contains(i)) continue;
            var (s, e) = accounts![i];
            if (!AccountContext.Before(text, s, 25)) continue;
            results.Add(new Entity(Name, s, e - s, 0.8, "an account number")
            {
                Tags = ["account-number"],
                Values = new Dictionary<string, string> { ["sort-code"] = "", ["account"] = text[s..e] },
            });
        }
        foreach (var (windowStart, windowLength) in TextScan.Windows(text, NoCharacter, Gb, 28))
        foreach (var w in Iban().EnumerateMatches(text.AsSpan(windowStart, windowLength)))
        {
            var m = (Index: windowStart + w.Index, w.Length);
            results.Add(new Entity(Name, m.Index, m.Length, 0.95, "a UK IBAN")
            {
                Tags = ["iban"],
                Values = new Dictionary<string, string> { ["sort-code"] = "", ["account"] = text.Substring(m.Index, m.Length) },
            });
        }
    }
}
