using System.Buffers;
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
    public static WindowEnumerator Windows(string text, SearchValues<char> trigger, int reach) => new(text, trigger, reach);

    /// <summary>Enumerates <see cref="Windows"/> without allocating.</summary>
    public struct WindowEnumerator(string text, SearchValues<char> trigger, int reach)
    {
        private int _next; // where the next search for a trigger starts

        public readonly WindowEnumerator GetEnumerator() => this;

        /// <summary>The current window: (start, length).</summary>
        public (int Start, int Length) Current { get; private set; }

        public bool MoveNext()
        {
            if (_next >= text.Length) return false;
            var found = text.AsSpan(_next).IndexOfAny(trigger);
            if (found < 0) { _next = text.Length; return false; }
            var d = _next + found;
            var start = Math.Max(Current.Start + Current.Length, d - reach);
            if (start < 0) start = 0;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            var end = ExtendEnd(d);
            // Widen by every later trigger inside the window, and merge the windows of the following
            // triggers while they meet this one.
            var last = d;
            while (last + 1 < text.Length)
            {
                var next = text.AsSpan(last + 1).IndexOfAny(trigger);
                if (next < 0) break;
                var n = last + 1 + next;
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

        private readonly int ExtendEnd(int d)
        {
            var end = (int)Math.Min(text.Length, (long)d + reach + 1);
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            return end;
        }
    }
}
