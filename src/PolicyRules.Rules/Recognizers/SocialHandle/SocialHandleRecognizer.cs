using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.SocialHandle;

/// <summary>
/// A social media handle given with its platform: "my snapchat is jess_b99", "add me on insta @x",
/// "sc: jess.b", "@jess_b on tiktok". Tags: the platform (<c>snapchat</c>, <c>instagram</c>,
/// <c>tiktok</c>, <c>facebook</c>, <c>whatsapp</c>, <c>x</c>, <c>discord</c>, <c>youtube</c>, ...), and
/// <c>school-own</c> when the handle is the school's own or starts an institution's page name (<see cref="SchoolHandles"/>), so packs can exclude it.
/// The span is the handle. Values: <c>handle</c>, <c>platform</c>.
/// </summary>
internal sealed partial class SocialHandleRecognizer : IRecognizer
{
    private const string Platforms = "snapchat|snap|sc|instagram|insta|ig|tiktok|tik tok|tt|facebook|fb|whatsapp|whats app|wa|twitter|x|discord|kik|telegram|threads|twitch|youtube|yt|bereal|roblox|xbox|psn|steam";

    [GeneratedRegex(
        @"\b(?<p>" + Platforms + @")\b[ \t]*(?:(?:user ?name|handle|name|id|account|acc|is)[ \t]*)?(?<sep>is|=|:|-|–)?[ \t]*(?<h>@?[A-Za-z0-9][A-Za-z0-9_.]{1,29})" +
        @"|(?<h>@[A-Za-z0-9_.]{2,30})[ \t]+on[ \t]+(?<p>" + Platforms + @")\b",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();

    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase) { "sc", "ig", "x", "tt", "yt", "snap", "fb", "wa", "threads", "steam", "xbox", "psn" };

    private static readonly HashSet<string> NotHandles = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "me", "on", "at", "to", "the", "a", "an", "and", "or", "of", "in", "it", "my", "your", "our", "their", "his", "her", "for", "with", "from",
        "great", "down", "broken", "not", "private", "public", "new", "fun", "blocked", "banned", "gone", "cool", "here", "there", "open", "closed", "deleted",
        "same", "off", "full", "free", "also", "so", "very", "really", "always", "never", "still", "just", "now", "back", "up", "out", "over", "bad", "good",
        "fine", "ok", "okay", "amazing", "awesome", "mine", "yours", "dead", "boring", "working", "page", "account", "story", "stories", "post", "posts",
        "video", "videos", "live", "streak", "streaks", "group", "chat", "app", "messages", "message", "later", "tonight", "today", "please", "too", "if",
        "this", "that", "these", "those", "was", "are", "be", "been", "has", "have", "had", "can", "will", "do", "does", "did", "about", "by", "safety",
    };

    private static readonly ContextWords Invite = new("my", "add", "follow", "dm", "message", "find", "on", "hmu");

    public string Name => "social-handle";
    public SearchValues<char>? Trigger => null;
    public IReadOnlyCollection<string> Placeholders => ["handle", "platform"];
    public IReadOnlyCollection<string> PossibleTags { get; } = [.. Platforms.Split('|').Select(Platform).Distinct(), "school-own"];

    // Every match holds a platform word, whole, with at most two tokens before its own ("@jess on snap") and
    // five after ("whats app user name: @jess").
    private const int TokensBefore = 2, TokensAfter = 5;

    // The platform words, and the first words of the two-word ones ("tik tok", "whats app").
    private static readonly string[] PlatformWords = [.. Platforms.Split('|').Select(p => p.Split(' ')[0]).Distinct()];

    // By a word's first two letters (the second 26 when the word has one letter), the lengths of the
    // platform words that start so, as bits: "the" and "was" need no string comparison.
    private static readonly uint[] LengthsByStart = PlatformWords.Aggregate(new uint[26 * 27], (table, w) =>
    {
        table[StartIndex(w[0], w.Length > 1 ? w[1] : ' ')] |= 1u << w.Length;
        return table;
    });

    private static readonly int LongestPlatformWord = PlatformWords.Max(w => w.Length);

    // A word start is looked at only when its first two characters could begin a platform word. The first letters
    // are in eight groups; a group's bit is set in the first-letter table for its letters and in the second-character
    // table for the letters that follow one of them in a platform word ("x" alone: any character but a letter).
    private static readonly string[] FirstLetterGroups = ["s", "i", "t", "fw", "x", "dk", "yr", "bp"];

    // By low nibble, the groups of the letters a-o (0x61-0x6F) and p-z (0x70-0x7A) as first and as second letters.
    private static readonly Vector128<byte> FirstGroupsAToO = GroupNibbles(0x60, second: false), FirstGroupsPToZ = GroupNibbles(0x70, second: false);
    private static readonly Vector128<byte> SecondGroupsAToO = GroupNibbles(0x60, second: true), SecondGroupsPToZ = GroupNibbles(0x70, second: true);
    private static readonly Vector128<byte> SecondGroupsOfNonLetters = Vector128.Create(PlatformWords.Where(w => w.Length == 1).Aggregate((byte)0, (bits, w) => (byte)(bits | GroupBit(w[0]))));

    private static byte GroupBit(char first) =>
        (byte)(1 << (Array.FindIndex(FirstLetterGroups, g => g.Contains(first)) is var g and >= 0 ? g : throw new InvalidOperationException($"no group for '{first}'")));

    private static Vector128<byte> GroupNibbles(int high, bool second)
    {
        var table = new byte[16];
        foreach (var w in PlatformWords)
            if ((second ? w.Length > 1 ? w[1] : '\0' : w[0]) is var c && (c & 0xF0) == high) table[c & 0x0F] |= GroupBit(w[0]);
        return Vector128.Create(table);
    }

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        // The regex matches the Kelvin sign as "k" ("tiktoK"); the platform word search knows only ASCII.
        if (text.Contains('\u212A'))
        {
            RecognizeReference(input, results);
            return;
        }
        foreach (var (start, length) in TextScan.TokenWindows(text, NextPlatformWord, TokensBefore, TokensAfter))
            Recognize(input, Candidate().Match(text, start, length), results);
    }

    /// <summary>The whole text at once: the reference for tests, and the path for texts holding a Kelvin sign.</summary>
    internal void RecognizeReference(DraftView input, ICollection<Entity> results) => Recognize(input, Candidate().Match(input.Text), results);

    /// <summary>
    /// Where the next platform word starts, at or after <paramref name="from"/>, or -1: ASCII letters not
    /// after a letter, digit or '_', nor before a digit or '_', that spell one of <see cref="PlatformWords"/>.
    /// Word starts whose first two characters could begin a platform word are found sixteen characters per
    /// step, and most of those are rejected by their length, read from the same step's word-character bits.
    /// </summary>
    internal static int NextPlatformWord(string text, int from)
    {
        var i = from;
        var wordBefore = i > 0 && IsAsciiWordChar(text[i - 1]) ? 1u : 0u;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        // Thirty-two characters a step where the hardware has 256-bit vectors (the per-step work is the same as for
        // sixteen), then sixteen. Each step also reads the character after its own.
        const int WideStep = 2 * 16, Step = 2 * 8;
        if (Vector256.IsHardwareAccelerated)
            for (; i + WideStep < text.Length; i += WideStep)
            {
                // As bytes, characters past 255 saturating to 255: no other character becomes an ASCII letter, digit or '_'.
                var v = Vector256.NarrowWithSaturation(Vector256.LoadUnsafe(ref chars, (nuint)i), Vector256.LoadUnsafe(ref chars, (nuint)(i + 16)));
                var next = Vector256.NarrowWithSaturation(Vector256.LoadUnsafe(ref chars, (nuint)(i + 1)), Vector256.LoadUnsafe(ref chars, (nuint)(i + 17)));
                var letters = AsciiLetters(v);
                var wordChars = letters | Vector256.LessThanOrEqual(v - Vector256.Create((byte)'0'), Vector256.Create((byte)9)) | Vector256.Equals(v, Vector256.Create((byte)'_'));
                var wordBits = wordChars.ExtractMostSignificantBits();
                // The letters whose group, as a first letter, is among the next character's groups as a second.
                var firstGroups = letters & GroupsOf(v, Vector256.Create(FirstGroupsAToO, FirstGroupsAToO), Vector256.Create(FirstGroupsPToZ, FirstGroupsPToZ));
                var secondGroups = Vector256.ConditionalSelect(AsciiLetters(next),
                    GroupsOf(next, Vector256.Create(SecondGroupsAToO, SecondGroupsAToO), Vector256.Create(SecondGroupsPToZ, SecondGroupsPToZ)), Vector256.Create(SecondGroupsOfNonLetters, SecondGroupsOfNonLetters));
                var firsts = ~Vector256.Equals(firstGroups & secondGroups, Vector256<byte>.Zero);
                // Those whose character before is not a word character.
                var starts = firsts.ExtractMostSignificantBits() & ~(wordBits << 1 | wordBefore);
                wordBefore = wordBits >> (WideStep - 1);
                if (starts != 0 && PlatformWordAmong(text, i, WideStep, starts, wordBits, letters.ExtractMostSignificantBits()) is var found and >= 0) return found;
            }
        for (; i + Step < text.Length; i += Step)
        {
            var v = Vector128.NarrowWithSaturation(Vector128.LoadUnsafe(ref chars, (nuint)i), Vector128.LoadUnsafe(ref chars, (nuint)(i + 8)));
            var next = Vector128.NarrowWithSaturation(Vector128.LoadUnsafe(ref chars, (nuint)(i + 1)), Vector128.LoadUnsafe(ref chars, (nuint)(i + 9)));
            var letters = AsciiLetters(v);
            var wordChars = letters | Vector128.LessThanOrEqual(v - Vector128.Create((byte)'0'), Vector128.Create((byte)9)) | Vector128.Equals(v, Vector128.Create((byte)'_'));
            var wordBits = wordChars.ExtractMostSignificantBits();
            var firstGroups = letters & GroupsOf(v, FirstGroupsAToO, FirstGroupsPToZ);
            var secondGroups = Vector128.ConditionalSelect(AsciiLetters(next), GroupsOf(next, SecondGroupsAToO, SecondGroupsPToZ), SecondGroupsOfNonLetters);
            var firsts = ~Vector128.Equals(firstGroups & secondGroups, Vector128<byte>.Zero);
            var starts = firsts.ExtractMostSignificantBits() & ~(wordBits << 1 | wordBefore);
            wordBefore = wordBits >> (Step - 1);
            if (starts != 0 && PlatformWordAmong(text, i, Step, starts, wordBits, letters.ExtractMostSignificantBits()) is var found and >= 0) return found;
        }
        for (; i < text.Length; i++)
            if ((i == 0 || !IsAsciiWordChar(text[i - 1])) && IsPlatformWordAt(text, i)) return i;
        return -1;
    }

    // The first of the candidate word starts (bits of 'starts', from i) of a block of 'step' characters that is a
    // platform word, or -1; 'wordBits' and 'letterBits' mark the block's word characters and ASCII letters.
    private static int PlatformWordAmong(string text, int i, int step, uint starts, uint wordBits, uint letterBits)
    {
        for (; starts != 0; starts &= starts - 1)
        {
            var at = BitOperations.TrailingZeroCount(starts);
            var k = i + at;
            // The word's length from the bits: a word running on past the block is measured by IsPlatformWordAt.
            var length = BitOperations.TrailingZeroCount(~(wordBits >> at));
            if (at + length >= step)
            {
                if (IsPlatformWordAt(text, k)) return k;
                continue;
            }
            // All letters, and as long as a platform word starting with the same two letters.
            var run = (1u << length) - 1;
            if ((letterBits >> at & run) != run || (LengthsOf(text, k, length) >> length & 1) == 0) continue;
            if (IsPlatformWord(text.AsSpan(k, length))) return k;
        }
        return -1;
    }

    private static Vector128<byte> AsciiLetters(Vector128<byte> v) =>
        Vector128.LessThanOrEqual((v | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));

    private static Vector256<byte> AsciiLetters(Vector256<byte> v) =>
        Vector256.LessThanOrEqual((v | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)('z' - 'a')));

    // Each letter's groups from the tables for a-o (0x61-0x6F) and p-z (0x70-0x7A), by low nibble (other bytes: anything).
    private static Vector128<byte> GroupsOf(Vector128<byte> v, Vector128<byte> aToO, Vector128<byte> pToZ)
    {
        var lower = v | Vector128.Create((byte)0x20);
        var nibble = lower & Vector128.Create((byte)0x0F);
        var isPToZ = Vector128.Equals(lower & Vector128.Create((byte)0xF0), Vector128.Create((byte)0x70));
        return Vector128.ConditionalSelect(isPToZ, Vector128.ShuffleNative(pToZ, nibble), Vector128.ShuffleNative(aToO, nibble));
    }

    // As above, 32 bytes at once. The tables are repeated in both 128-bit halves: a nibble reads the same entry whether
    // the shuffle works across the whole vector or, as some hardware's does, within each half.
    private static Vector256<byte> GroupsOf(Vector256<byte> v, Vector256<byte> aToO, Vector256<byte> pToZ)
    {
        var lower = v | Vector256.Create((byte)0x20);
        var nibble = lower & Vector256.Create((byte)0x0F);
        var isPToZ = Vector256.Equals(lower & Vector256.Create((byte)0xF0), Vector256.Create((byte)0x70));
        return Vector256.ConditionalSelect(isPToZ, Vector256.ShuffleNative(pToZ, nibble), Vector256.ShuffleNative(aToO, nibble));
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // The entry of LengthsByStart for a word starting with the letter a then b (a letter, or anything else).
    private static int StartIndex(char a, char b) => ((a | 0x20) - 'a') * 27 + (char.IsAsciiLetter(b) ? (b | 0x20) - 'a' : 26);

    // Whether the letters at k (a word start) spell a platform word that the next character does not continue.
    private static bool IsPlatformWordAt(string text, int k)
    {
        if (!char.IsAsciiLetter(text[k])) return false;
        var lengths = LengthsOf(text, k, text.Length - k);
        if (lengths == 0) return false;
        var e = k + 1;
        while (e < text.Length && e - k <= LongestPlatformWord && char.IsAsciiLetter(text[e])) e++;
        if ((lengths >> (e - k) & 1) == 0 || e < text.Length && IsAsciiWordChar(text[e])) return false;
        return IsPlatformWord(text.AsSpan(k, e - k));
    }

    // The lengths (as bits) of the platform words starting like the word at k, of which 'available' characters can be read.
    private static uint LengthsOf(string text, int k, int available) => LengthsByStart[StartIndex(text[k], available > 1 ? text[k + 1] : ' ')];

    private static bool IsPlatformWord(ReadOnlySpan<char> word)
    {
        foreach (var w in PlatformWords)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private void Recognize(DraftView input, Match first, ICollection<Entity> results)
    {
        var text = input.Text;
        for (var m = first; m.Success; m = m.NextMatch())
        {
            var h = m.Groups["h"];
            var p = m.Groups["p"];
            var handle = h.Value.TrimEnd('.');
            var bare = handle.TrimStart('@');
            if (bare.Length < 2 || NotHandles.Contains(bare)) continue;
            if (h.Index + h.Length < text.Length && text[h.Index + h.Length] is '@' or '/') continue;
            var at = handle.StartsWith('@');
            var sep = m.Groups["sep"].Value;
            var looksLikeHandle = bare.AsSpan().IndexOfAny('_', '.') >= 0 || bare.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            var invited = Invite.Before(text, p.Index, 14);
            var ambiguous = Ambiguous.Contains(p.Value);
            // An all-lower platform word like "x" or "snap" needs a separator, an @, or "my"/"add me on" before it.
            if (ambiguous && !at && sep is not (":" or "=") && !invited) continue;
            if (!at && !looksLikeHandle && !(sep is ":" or "=" or "is" || invited && m.Value.Contains(" is ", StringComparison.OrdinalIgnoreCase))) continue;
            if (!at && !looksLikeHandle && !invited && sep != ":") continue;
            var platform = Platform(p.Value);
            var confidence = at || looksLikeHandle ? 0.9 : 0.7;
            var own = SchoolHandles.IsSchoolOwn(bare, input.Context) || SchoolHandles.StartsInstitutionPage(text, h.Index + handle.Length);
            results.Add(new Entity(Name, h.Index, handle.Length, confidence, own ? $"the school's own {platform} handle" : $"a {platform} handle")
            {
                Tags = own ? [platform, "school-own"] : [platform],
                Values = new Dictionary<string, string> { ["handle"] = bare, ["platform"] = platform },
            });
        }
    }

    private static string Platform(string word) => word.ToLowerInvariant() switch
    {
        "snapchat" or "snap" or "sc" => "snapchat",
        "instagram" or "insta" or "ig" => "instagram",
        "tiktok" or "tik tok" or "tt" => "tiktok",
        "facebook" or "fb" => "facebook",
        "whatsapp" or "whats app" or "wa" => "whatsapp",
        "twitter" or "x" => "x",
        "youtube" or "yt" => "youtube",
        var w => w.Replace(" ", "", StringComparison.Ordinal),
    };
}
