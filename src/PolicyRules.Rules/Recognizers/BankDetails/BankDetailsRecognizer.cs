using System.Buffers;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.BankDetails;

/// <summary>
/// Bank details: a sort code (<c>12-34-56</c>, <c>12 34 56</c>) with an eight-digit account number
/// within 60 characters, or a sort code or account number next to a context word ("sort code",
/// "account", "bank", "BACS"), or a UK IBAN. Tags: <c>sort-code</c>, <c>account-number</c>,
/// <c>iban</c>. Values: <c>sort-code</c>, <c>account</c>.
/// </summary>
internal sealed partial class BankDetailsRecognizer : IRecognizer
{
    [GeneratedRegex(@"\bGB ?[0-9]{2} ?[A-Z]{4} ?(?:[0-9]{4} ?){3}[0-9]{2}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iban();

    private static readonly ContextWords SortContext = new("sort code", "sort-code", "sortcode", "s/c", "sc", "bank", "banking", "bacs", "transfer", "payee", "account", "acc", "a/c", "acct");
    private static readonly ContextWords AccountContext = new("account", "acc", "a/c", "acct", "account no", "account number", "bank", "bacs", "payee");
    private static readonly ContextWords NotBank = new("ref", "reference", "order", "invoice", "phone", "tel", "mobile", "call", "date", "dated", "on", "from", "until");

    public string Name => "bank-details";
    public SearchValues<char>? Trigger => TextScan.Digits;
    public IReadOnlyCollection<string> Placeholders => ["sort-code", "account"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["sort-code", "account-number", "iban"];

    // Every IBAN starts with "GB" and is at most 28 characters: scan only near a "gb".
    private static readonly SearchValues<string> Gb = SearchValues.Create(["gb"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> NoCharacter = SearchValues.Create("");

    // Where a digit run is bounded as a regex's \b sees it: no word character touches it on that side.
    private static bool BoundedBefore(string text, int start) => start == 0 || !TextScan.IsRegexWordChar(text[start - 1]);
    private static bool BoundedAfter(string text, int end) => end == text.Length || !TextScan.IsRegexWordChar(text[end]);

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        var runs = input.DigitRuns;
        // Created on first use, so a text with no candidates allocates nothing.
        List<(int Start, int End)>? accounts = null;
        // The regex \b[0-9]{8}\b|\b[0-9]{4} [0-9]{4}\b, matched by hand: a match starts a run bounded before it (inside
        // a run there is no \b), so it is a bounded run of eight, or of four with a space and another of four after.
        for (var r = 0; r < runs.Length; r++)
        {
            var (s, length) = runs[r];
            if (length is not (4 or 8) || !BoundedBefore(text, s)) continue;
            var e = s + length;
            if (length == 4 && r + 1 < runs.Length && runs[r + 1] == (e + 1, 4) && text[e] == ' ') e = runs[++r].Start + 4;
            else if (length != 8) continue;
            if (!BoundedAfter(text, e)) continue;
            if (!TextScan.NumberContinues(text, s, e)) (accounts ??= []).Add((s, e));
        }
        HashSet<int>? used = null;
        SortCodes(text, runs, accounts, ref used, results);
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

    // Sort codes, with the nearest account number found (marked used), or next to a bank word. The regex
    // \b[0-9]{2}([\- ])[0-9]{2}\1[0-9]{2}\b|\b[0-9]{6}\b matched by hand: a match starts a run bounded before it, and is
    // a bounded run of six, or three runs of two joined by one separator, '-' or ' ', the same both times.
    private void SortCodes(string text, ReadOnlySpan<(int Start, int Length)> runs, List<(int Start, int End)>? accounts, ref HashSet<int>? used, ICollection<Entity> results)
    {
        for (var r = 0; r < runs.Length; r++)
        {
            var (start, length) = runs[r];
            if (length is not (2 or 6) || !BoundedBefore(text, start)) continue;
            var end = start + length;
            if (length == 2 && r + 2 < runs.Length && text[end] is '-' or ' ' && runs[r + 1] == (end + 1, 2)
                && text[end + 3] == text[end] && runs[r + 2] == (end + 4, 2))
            {
                r += 2;
                end += 6;
            }
            else if (length != 6) continue;
            if (!BoundedAfter(text, end)) continue;
            var sortCode = (Start: start, Length: end - start);
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
                Values = new Dictionary<string, string> { ["sort-code"] = text.Substring(sortCode.Start, sortCode.Length), ["account"] = account },
            });
        }
    }
}
