using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.RegularExpressions;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;
using PolicyRules.Recognizers.SocialHandle;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// The social-handle recognizer as it was before its platform-word scan settled most word starts within the
/// vector step, kept as the oracle the randomized comparisons check the library's version against. Not used by
/// the library.
/// </summary>
/// <remarks>
/// A social media handle given with its platform: "my snapchat is jess_b99", "add me on insta @x",
/// "sc: jess.b", "@jess_b on tiktok". Tags: the platform (<c>snapchat</c>, <c>instagram</c>,
/// <c>tiktok</c>, <c>facebook</c>, <c>whatsapp</c>, <c>x</c>, <c>discord</c>, <c>youtube</c>, ...), and
/// <c>school-own</c> when the handle is the school's own (<see cref="SchoolHandles"/>), so packs can exclude it.
/// The span is the handle. Values: <c>handle</c>, <c>platform</c>.
/// </remarks>
internal sealed partial class ReferenceSocialHandleRecognizer : IRecognizer
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

    // 0xFF at the low nibble of each letter a platform word starts with: a-o (0x61-0x6F) and p-z (0x70-0x7A).
    private static readonly Vector128<byte> FirstLettersAToO = FirstLetterNibbles(0x60), FirstLettersPToZ = FirstLetterNibbles(0x70);

    private static Vector128<byte> FirstLetterNibbles(int high)
    {
        var table = new byte[16];
        foreach (var w in PlatformWords)
            if ((w[0] & 0xF0) == high) table[w[0] & 0x0F] = 0xFF;
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
    /// Word starts with a platform word's first letter are found sixteen characters per step; nearly all
    /// are then rejected by their first two letters and length.
    /// </summary>
    internal static int NextPlatformWord(string text, int from)
    {
        var i = from;
        var wordBefore = i > 0 && IsAsciiWordChar(text[i - 1]) ? 1u : 0u;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        const int Step = 2 * 8;
        for (; i + Step <= text.Length; i += Step)
        {
            // As bytes, characters past 255 saturating to 255: no other character becomes an ASCII letter, digit or '_'.
            var v = Vector128.NarrowWithSaturation(Vector128.LoadUnsafe(ref chars, (nuint)i), Vector128.LoadUnsafe(ref chars, (nuint)(i + 8)));
            var lower = v | Vector128.Create((byte)0x20);
            var letters = Vector128.LessThanOrEqual(lower - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));
            var wordChars = letters | Vector128.LessThanOrEqual(v - Vector128.Create((byte)'0'), Vector128.Create((byte)9)) | Vector128.Equals(v, Vector128.Create((byte)'_'));
            var wordBits = wordChars.ExtractMostSignificantBits();
            // Of the letters, those a platform word starts with, looked up by low nibble (a-o: 0x61-0x6F, p-z: 0x70-0x7A).
            var nibble = lower & Vector128.Create((byte)0x0F);
            var pToZ = Vector128.Equals(lower & Vector128.Create((byte)0xF0), Vector128.Create((byte)0x70));
            var firsts = letters & Vector128.ConditionalSelect(pToZ, Vector128.ShuffleNative(FirstLettersPToZ, nibble), Vector128.ShuffleNative(FirstLettersAToO, nibble));
            // Those whose character before is not a word character.
            var starts = firsts.ExtractMostSignificantBits() & ~(wordBits << 1 | wordBefore);
            wordBefore = wordBits >> (Step - 1);
            for (; starts != 0; starts &= starts - 1)
            {
                var k = i + BitOperations.TrailingZeroCount(starts);
                if (IsPlatformWordAt(text, k)) return k;
            }
        }
        for (; i < text.Length; i++)
            if ((i == 0 || !IsAsciiWordChar(text[i - 1])) && IsPlatformWordAt(text, i)) return i;
        return -1;
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // The entry of LengthsByStart for a word starting with the letter a then b (a letter, or anything else).
    private static int StartIndex(char a, char b) => ((a | 0x20) - 'a') * 27 + (char.IsAsciiLetter(b) ? (b | 0x20) - 'a' : 26);

    // Whether the letters at k (a word start) spell a platform word that the next character does not continue.
    private static bool IsPlatformWordAt(string text, int k)
    {
        if (!char.IsAsciiLetter(text[k])) return false;
        var lengths = LengthsByStart[StartIndex(text[k], k + 1 < text.Length ? text[k + 1] : ' ')];
        if (lengths == 0) return false;
        var e = k + 1;
        while (e < text.Length && e - k <= LongestPlatformWord && char.IsAsciiLetter(text[e])) e++;
        if ((lengths >> (e - k) & 1) == 0 || e < text.Length && IsAsciiWordChar(text[e])) return false;
        var word = text.AsSpan(k, e - k);
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
