using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyRules.Recognizers.Shared;

/// <summary>Small helpers the recognizers share.</summary>
internal static class TextScan
{
    /// <summary>ASCII digits, the trigger of the number recognizers.</summary>
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>Match timeout for the few regexes that need the backtracking engine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>
    /// A word character as a regex's <c>\b</c> sees it, for hand scans that stand in for a regex: a letter, a
    /// non-spacing mark, a decimal digit, a connector such as '_', or a zero-width joiner or non-joiner.
    /// </summary>
    public static bool IsRegexWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_'
        || c >= '\u0080' && (char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation || c is '\u200C' or '\u200D');

    /// <summary>The ASCII digits of a span, in order.</summary>
    public static string DigitsOf(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
            if (c is >= '0' and <= '9') buffer[n++] = c;
        return new string(buffer[..n]);
    }

    /// <summary>True when the characters before <paramref name="start"/> and from <paramref name="end"/> do not continue a word or number.</summary>
    public static bool Bounded(string text, int start, int end)
    {
        if (start > 0 && IsWordChar(text[start - 1])) return false;
        if (end < text.Length && IsWordChar(text[end])) return false;
        return true;
    }

    /// <summary>True when a number continues past the span: a digit, or a separator then a digit ("12.50", "10:30", "1/2").</summary>
    public static bool NumberContinues(string text, int start, int end)
    {
        if (start > 0)
        {
            var p = text[start - 1];
            if (char.IsLetterOrDigit(p) || p is '£' or '$' or '€' or '_') return true;
            if (p is '.' or ',' or ':' or '/' or '-' && start > 1 && char.IsDigit(text[start - 2])) return true;
        }
        if (end < text.Length)
        {
            var n = text[end];
            if (char.IsLetterOrDigit(n) || n == '_') return true;
            if (n is '.' or ',' or ':' or '/' or '-' && end + 1 < text.Length && char.IsDigit(text[end + 1])) return true;
        }
        return false;
    }

    /// <summary>Runs a regex over the text, without allocating the match collection.</summary>
    public static Regex.ValueMatchEnumerator Scan(Regex regex, string text) => regex.EnumerateMatches(text);

    public static double Clamp(double confidence) => Math.Clamp(confidence, 0.05, 0.99);

    public static Dictionary<string, string> Values(string key, string value) => new() { [key] = value };

    /// <summary>
    /// The stretches of <paramref name="text"/> within <paramref name="reach"/> characters of a trigger
    /// character, widened to whitespace (or the text's ends) and merged when they meet, found with a
    /// vectorised scan. A regex whose every match contains a trigger character, is at most
    /// <paramref name="reach"/> characters long and looks at nothing outside its match but word
    /// boundaries finds exactly the same matches in these windows (offset by the window's start) as in
    /// the whole text: a word boundary at a window edge sees whitespace on the far side either way.
    /// </summary>
    public static WindowEnumerator Windows(string text, SearchValues<char> trigger, int reach) => new(text, trigger, null, reach);

    /// <summary>
    /// <see cref="Windows(string, SearchValues{char}, int)"/> where a trigger is a character or the start of
    /// one of <paramref name="words"/> (for matches such as "Reception" that hold no trigger character).
    /// </summary>
    public static WindowEnumerator Windows(string text, SearchValues<char> trigger, SearchValues<string> words, int reach) => new(text, trigger, words, reach);

    /// <summary>Enumerates <see cref="Windows(string, SearchValues{char}, int)"/> without allocating.</summary>
    public struct WindowEnumerator(string text, SearchValues<char> trigger, SearchValues<string>? words, int reach)
    {
        private int _next; // where the next search for a trigger starts
        private int _nextChar = -1, _nextWord = -1; // the last trigger found of each kind (kept, so each is searched linearly)

        public readonly WindowEnumerator GetEnumerator() => this;

        /// <summary>The current window: (start, length).</summary>
        public (int Start, int Length) Current { get; private set; }

        public bool MoveNext()
        {
            var d = NextTrigger(_next);
            if (d < 0) { _next = text.Length; return false; }
            var start = Math.Max(Current.Start + Current.Length, d - reach);
            if (start < 0) start = 0;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            var end = ExtendEnd(d);
            // Widen by every later trigger inside the window, and merge the windows of the following
            // triggers while they meet this one.
            var last = d;
            while (true)
            {
                var n = NextTrigger(last + 1);
                if (n < 0) break;
                if (n >= end)
                {
                    var nStart = n - reach;
                    while (nStart > end && !char.IsWhiteSpace(text[nStart - 1])) nStart--;
                    if (nStart > end) break;
                }
                if (n + reach + 1 > end) end = ExtendEnd(n); // else already covered (no rescan: linear)
                last = n;
            }
            _next = end;
            Current = (start, end - start);
            return true;
        }

        // The first trigger at or after `from`, or -1.
        private int NextTrigger(int from)
        {
            if (from >= text.Length) return -1;
            if (_nextChar != int.MaxValue && _nextChar < from)
            {
                var c = text.AsSpan(from).IndexOfAny(trigger);
                _nextChar = c < 0 ? int.MaxValue : from + c;
            }
            if (words is not null && _nextWord != int.MaxValue && _nextWord < from)
            {
                var w = text.AsSpan(from).IndexOfAny(words);
                _nextWord = w < 0 ? int.MaxValue : from + w;
            }
            var next = words is null ? _nextChar : Math.Min(_nextChar, _nextWord);
            return next == int.MaxValue ? -1 : next;
        }

        private readonly int ExtendEnd(int d)
        {
            var end = (int)Math.Min(text.Length, (long)d + reach + 1);
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            return end;
        }
    }

    /// <summary>
    /// The stretches of whole whitespace-separated tokens from <paramref name="before"/> tokens before a
    /// trigger's token to <paramref name="after"/> tokens after it, merged when they meet. For regexes
    /// whose matches (and lookarounds) reach at most that many tokens either side of a trigger but any
    /// number of characters (unbounded <c>\s+</c>, <c>[a-z]+</c>): such a regex finds the same matches in
    /// these windows as in the whole text, since a window edge is whitespace or the text's end.
    /// <paramref name="accept"/>, when given, picks the trigger tokens (start, end) that can hold a match.
    /// </summary>
    public static TokenWindowEnumerator TokenWindows(string text, SearchValues<char> trigger, int before, int after, Func<string, int, int, bool>? accept = null) =>
        new(text, trigger, null, before, after, accept);

    /// <summary>
    /// <see cref="TokenWindows(string, SearchValues{char}, int, int, Func{string, int, int, bool}?)"/> where
    /// <paramref name="find"/> gives the next trigger at or after an index (or -1), for triggers that are words.
    /// </summary>
    public static TokenWindowEnumerator TokenWindows(string text, Func<string, int, int> find, int before, int after) =>
        new(text, null, find, before, after, null);

    /// <summary>
    /// <see cref="TokenWindows(string, SearchValues{char}, int, int, Func{string, int, int, bool}?)"/> with digits as the
    /// trigger, where a trigger token is one holding a digit run (from <see cref="Recognition.DraftView.DigitRuns"/>) that
    /// <paramref name="accept"/> (text, run start, run end) takes: walks the runs found once per check instead of
    /// searching the text, and rejects a run before finding its token.
    /// </summary>
    public static DigitRunWindowEnumerator TokenWindows(string text, ReadOnlySpan<(int Start, int Length)> runs, int before, int after, Func<string, int, int, bool> accept) =>
        new(text, runs, before, after, accept);

    /// <summary>Enumerates <see cref="TokenWindows(string, ReadOnlySpan{ValueTuple{int, int}}, int, int, Func{string, int, int, bool})"/> without allocating.</summary>
    public ref struct DigitRunWindowEnumerator(string text, ReadOnlySpan<(int Start, int Length)> runs, int before, int after, Func<string, int, int, bool> accept)
    {
        private readonly ReadOnlySpan<(int Start, int Length)> _runs = runs;
        private int _run; // the next run to look at
        private int _tokenEnd; // the end of the last trigger token: its other runs give the same window
        private int _pendingStart = -1, _pendingEnd; // a window found while closing the previous one

        public readonly DigitRunWindowEnumerator GetEnumerator() => this;

        /// <summary>The current window: (start, length).</summary>
        public (int Start, int Length) Current { get; private set; }

        public bool MoveNext()
        {
            int start = _pendingStart, end = _pendingEnd;
            _pendingStart = -1;
            for (; _run < _runs.Length; _run++)
            {
                var (runStart, runLength) = _runs[_run];
                if (runStart < _tokenEnd || !accept(text, runStart, runStart + runLength)) continue;
                var tokenStart = runStart;
                while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1])) tokenStart--;
                var tokenEnd = _tokenEnd = SkipTokens(text, runStart, 1);
                var (s, e) = WindowAround(text, tokenStart, tokenEnd, before, after, start);
                if (start < 0) (start, end) = (s, e);
                else if (s <= end) end = Math.Max(end, e);
                else { (_pendingStart, _pendingEnd) = (s, e); _run++; break; }
            }
            if (start < 0) return false;
            Current = (start, end - start);
            return true;
        }
    }

    /// <summary>
    /// The stretches from the first to the last digit of each group of digit runs that are at most
    /// <paramref name="maxGap"/> characters apart, keeping those with at least <paramref name="minDigits"/> digits.
    /// A match of a regex without anchors, lookarounds or word boundaries whose digits are never more than
    /// <paramref name="maxGap"/> apart lies within one group's stretch (widened by what it can hold before its first
    /// digit), and is found the same in the stretch as in the whole text: groups are more than
    /// <paramref name="maxGap"/> non-digits apart, so no match runs from one into the next.
    /// </summary>
    public static DigitGroupEnumerator DigitGroups(ReadOnlySpan<(int Start, int Length)> runs, int maxGap, int minDigits) => new(runs, maxGap, minDigits);

    /// <summary>Enumerates <see cref="DigitGroups"/> without allocating.</summary>
    public ref struct DigitGroupEnumerator(ReadOnlySpan<(int Start, int Length)> runs, int maxGap, int minDigits)
    {
        private readonly ReadOnlySpan<(int Start, int Length)> _runs = runs;
        private int _run; // the next run to look at

        public readonly DigitGroupEnumerator GetEnumerator() => this;

        /// <summary>The current group: (start of its first digit, end of its last).</summary>
        public (int Start, int End) Current { get; private set; }

        public bool MoveNext()
        {
            while (_run < _runs.Length)
            {
                var start = _runs[_run].Start;
                var end = start + _runs[_run].Length;
                var digits = _runs[_run].Length;
                for (_run++; _run < _runs.Length && _runs[_run].Start - end <= maxGap; _run++)
                {
                    end = _runs[_run].Start + _runs[_run].Length;
                    digits += _runs[_run].Length;
                }
                if (digits < minDigits) continue;
                Current = (start, end);
                return true;
            }
            return false;
        }
    }

    /// <summary>Enumerates <see cref="TokenWindows(string, SearchValues{char}, int, int, Func{string, int, int, bool}?)"/> without allocating.</summary>
    public struct TokenWindowEnumerator(string text, SearchValues<char>? trigger, Func<string, int, int>? find, int before, int after, Func<string, int, int, bool>? accept)
    {
        private int _next; // where the next search for a trigger starts
        private int _pendingStart = -1, _pendingEnd; // a window found while closing the previous one

        public readonly TokenWindowEnumerator GetEnumerator() => this;

        /// <summary>The current window: (start, length).</summary>
        public (int Start, int Length) Current { get; private set; }

        public bool MoveNext()
        {
            int start = _pendingStart, end = _pendingEnd;
            _pendingStart = -1;
            while (_next < text.Length)
            {
                var found = trigger is not null ? text.AsSpan(_next).IndexOfAny(trigger) : find!(text, _next) is var f and >= 0 ? f - _next : -1;
                if (found < 0) { _next = text.Length; break; }
                var tokenStart = _next + found;
                while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1])) tokenStart--;
                var tokenEnd = TextScan.SkipTokens(text, _next + found, 1);
                _next = tokenEnd; // every trigger in one token gives the same window
                if (accept is not null && !accept(text, tokenStart, tokenEnd)) continue;
                var (s, e) = WindowAround(text, tokenStart, tokenEnd, before, after, start);
                if (start < 0) (start, end) = (s, e);
                else if (s <= end) end = Math.Max(end, e);
                else { (_pendingStart, _pendingEnd) = (s, e); break; }
            }
            if (start < 0) return false;
            Current = (start, end - start);
            return true;
        }
    }

    // A trigger token's window: `before` tokens back and `after` tokens on. Walking back stops at the open window's
    // start (past it the windows merge anyway, and it stays linear).
    private static (int Start, int End) WindowAround(string text, int tokenStart, int tokenEnd, int before, int after, int openStart)
    {
        var s = tokenStart;
        for (var k = 0; k < before && s > Math.Max(openStart, 0); k++)
        {
            while (s > 0 && char.IsWhiteSpace(text[s - 1])) s--;
            while (s > 0 && !char.IsWhiteSpace(text[s - 1])) s--;
        }
        return (s, SkipTokens(text, tokenEnd, after));
    }

    // The end of the n-th token from i (i inside a token counts it as the first).
    private static int SkipTokens(string text, int i, int n)
    {
        for (var k = 0; k < n && i < text.Length; k++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        }
        return i;
    }
}
