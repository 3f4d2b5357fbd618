using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.PersonName;

/// <summary>
/// People's names without a model: a first name from the bundled list followed by a capitalised
/// surname, perhaps after a middle name ("Evie May Brown", <c>full-name</c>), a first name and an initial ("Amelia J.", <c>first-initial</c>), an
/// honorific and a surname ("Mrs Patel", <c>honorific</c>: staff, not a pupil), or a first name
/// alone (<c>first-name</c>, weaker, and <c>common-word</c> for names that are ordinary words such
/// as Grace or Will). <c>staff</c> when it matches the context's staff names; <c>public-figure</c>
/// for a famous person or character, or a name after a public role ("author", "Olympic champion");
/// <c>own-family</c> for a full name a parent writes after "my" or "our" (their own child).
/// Does not fire on "Hope Street", "St Mark's Church",
/// "Grace Darling House", "Blue team" or a common-word name opening a sentence ("Will you come").
/// The name lists ignore case and accents ("Zoë Jones" is found as "Zoe Jones" is). In a sentence in capitals,
/// where no capital letter marks a name, only a full name with a surname the list knows ("AMELIA JONES") and an
/// honorific's name are read; in a mixed-case sentence, so is such a full name in capitals for emphasis ("Well done to
/// AMELIA JONES in Year 4!"). In a draft typed without capitals, a full name is read from the lists alone, more strictly
/// still ("well done to amelia jones"). "Captain" before a first name and a surname is a team's captain, not a
/// rank, outside a sentence about the forces or a visit. It reads <see cref="DraftView.Text"/>, where full-width and
/// mathematical letters are ASCII ones, and a word keeps the invisible characters inside it ("Ame\u00ADlia").
/// Values: <c>first</c>, <c>last</c>, <c>initial</c>, <c>name</c>.
/// </summary>
internal sealed class PersonNameRecognizer : IRecognizer
{
    // Read by span (no string per candidate name).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterNameNotPerson = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "team", "teams", "house", "class", "group", "street", "road", "lane", "church", "school", "class's", "team's", "table", "set",
        "band", "club", "day", "week", "award", "cup", "trophy", "tree", "trees", "garden", "room", "hall", "block", "wing", "colour", "color",
        "watch", // a fire station's crew: "Blue Watch"
        "hut", "troop", "camp", "hq", // a scout or guide venue: "the Scout hut"
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "person-name";
    public SearchValues<char>? Trigger => null;
    public IReadOnlyCollection<string> Placeholders => ["first", "last", "initial", "name"];
    public IReadOnlyCollection<string> PossibleTags { get; } = ["full-name", "honorific", "first-initial", "first-name", "staff", "public-figure", "common-word", "own-family"];

    /// <summary>
    /// The index of the first ASCII capital or non-ASCII character of <paramref name="text"/> at or after
    /// <paramref name="from"/>, or -1: a name can start only at one (a capital, or a letter such as É), so the
    /// text between them is skipped eight characters a step. Inline rather than a SearchValues search: the
    /// next capital is usually a word or two away, where a call's set-up cost more than its scan.
    /// </summary>
    internal static int NextCapitalOrNonAscii(string text, int from)
    {
        var i = from;
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        for (; i + 8 <= text.Length; i += 8)
        {
            var v = Vector128.LoadUnsafe(ref chars, (nuint)i);
            var found = (Vector128.LessThan(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26))
                | Vector128.GreaterThanOrEqual(v, Vector128.Create((ushort)0x80))).ExtractMostSignificantBits();
            if (found != 0) return i + BitOperations.TrailingZeroCount(found);
        }
        for (; i < text.Length; i++)
            if (text[i] is >= 'A' and <= 'Z' or >= '\u0080') return i;
        return -1;
    }

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        var pos = 0;
        int prevStart = -1, prevEnd = -1;
        // A stretch jumped over since the previous word: its last word becomes the previous word, looked for only
        // when a name candidate needs it (most capitalised words are not one).
        int skippedFrom = 0, skippedTo = 0;
        while (true)
        {
            // Only capitalised words can be names. The words before the next capital are all ASCII lower
            // case, so the word-by-word loop would only remember the last of them as the previous word:
            // jump to the whitespace before the capital's word, remembering the stretch jumped over.
            var next = NextCapitalOrNonAscii(text, pos);
            if (next < 0) break;
            var c = next - pos;
            if (c > 0)
            {
                var q = pos + c;
                while (q > pos && !char.IsWhiteSpace(text[q - 1])) q--;
                if (q > pos)
                {
                    (skippedFrom, skippedTo) = (pos, q);
                    pos = q;
                }
            }
            if (!Words.Next(text, pos, out var s, out var e)) break;
            var consumed = e;
            if (MayStartName(text, s, e, out var honorific, out var caps))
            {
                if (skippedTo > skippedFrom) LastWord(text, skippedFrom, skippedTo, ref prevStart, ref prevEnd);
                consumed = Consider(input, text, s, e, honorific, caps, prevStart, prevEnd, results);
            }
            skippedFrom = skippedTo = 0;
            prevStart = s;
            prevEnd = e;
            pos = Math.Max(e, consumed);
        }
        LowerCaseDraft(input, text, results);
    }

    // The last word of [from, to) as Words.Next would split the text from 'from' (ASCII lower case,
    // digits and punctuation only), if there is one.
    private static void LastWord(string text, int from, int to, ref int prevStart, ref int prevEnd)
    {
        var j = to;
        while (j > from && !char.IsLetter(text[j - 1])) j--;
        if (j == from) return;
        var end = j;
        while (j > from && (char.IsLetter(text[j - 1]) || (text[j - 1] is '\'' or '\u2019' or '-' && j - 2 >= from && char.IsLetter(text[j - 2])))) j--;
        prevStart = j;
        prevEnd = end;
    }

    /// <summary>The word-by-word loop without the skip, as a reference for tests.</summary>
    internal void RecognizeReference(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        var pos = 0;
        int prevStart = -1, prevEnd = -1;
        while (Words.Next(text, pos, out var s, out var e))
        {
            var consumed = MayStartName(text, s, e, out var honorific, out var caps) ? Consider(input, text, s, e, honorific, caps, prevStart, prevEnd, results) : e;
            prevStart = s;
            prevEnd = e;
            pos = Math.Max(e, consumed);
        }
        LowerCaseDraft(input, text, results);
    }

    /// <summary>
    /// Reads a draft typed without capitals (<see cref="HasCapital"/>): there the capital that marks a name is lost ("well
    /// done to amelia jones in year 5"), so a full name is read from the lists alone, more strictly than in capitals
    /// (<see cref="LowerCaseName"/>). A draft with a capital, nearly every one, is settled at its first capital; the loop
    /// over capitals reads no word of a draft without one as a name.
    /// </summary>
    private void LowerCaseDraft(DraftView input, string text, ICollection<Entity> results)
    {
        if (!HasCapital(text, 0, text.Length)) ReadLowerCase(input, text, 0, text.Length, results);
    }

    /// <summary>
    /// True when [from, to) holds a capital letter A to Z (in <see cref="DraftView.Text"/>, where full-width and mathematical
    /// capitals are ASCII ones), but for those in a hashtag, a mention, a link or kisses (as <see cref="InCapitals"/> skips
    /// lower case there) and the pronoun "I", which a phone capitalises by itself. Other scripts' capitals ("Élodie") are
    /// not looked for: a vector search for A to Z passes over emoji and curly quotes, where a search that stopped at every
    /// non-ASCII character cost as much again on informal posts.
    /// </summary>
    internal static bool HasCapital(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var k = text.AsSpan(i, to - i).IndexOfAnyInRange('A', 'Z');
            if (k < 0) return false;
            i += k;
            if (IsPronounI(text, i)) { i++; continue; }
            var chunk = i;
            while (chunk > 0 && !char.IsWhiteSpace(text[chunk - 1]) && text[chunk - 1] is not ('#' or '@')) chunk--;
            if (chunk == 0 || text[chunk - 1] is not ('#' or '@'))
            {
                // A capitalised word, nearly every capital found here: no link without a '.', ':' or '/', no kisses but 'X'.
                if (text[i] != 'X' && !HasLinkMark(text, chunk)) return true;
                if (!IsLinkOrKisses(text, i)) return true;
            }
            // The rest of the hashtag, mention or link is no sign either way.
            while (i < to && !char.IsWhiteSpace(text[i])) i++;
        }
        return false;
    }

    // The run of non-space characters from 'from' holds a '.', ':' or '/', as every link does.
    private static bool HasLinkMark(string text, int from)
    {
        for (var j = from; j < text.Length && !char.IsWhiteSpace(text[j]); j++)
            if (text[j] is '.' or ':' or '/') return true;
        return false;
    }

    // "I", "I'm", "I've": the pronoun, a capital on its own.
    private static bool IsPronounI(string text, int i) =>
        text[i] == 'I' && (i == 0 || !char.IsLetter(text[i - 1])) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]));

    // The words of [from, to), which has no capital letter.
    private void ReadLowerCase(DraftView input, string text, int from, int to, ICollection<Entity> results)
    {
        int prevStart = -1, prevEnd = -1;
        var pos = from;
        while (Words.Next(text, pos, out var s, out var e) && s < to)
        {
            var consumed = LowerCaseName(input, text, s, e, prevStart, prevEnd, results);
            prevStart = s;
            prevEnd = e;
            pos = Math.Max(e, consumed);
        }
    }

    /// <summary>
    /// In a draft without capitals, the word [s, e) starts a full name when it is a first name given to at least 300
    /// babies and not a verb ("will", "may", "hope", "mark"), not in a hashtag or mention, followed by a surname the list
    /// knows, perhaps after a middle name of the same kind ("lily rose wilson"), where that surname is neither an ordinary
    /// word ("emily read", "harry rose", "olive green") nor one of the most given first names (a list typed without
    /// commas: "amelia oliver and noah"). Not after an honorific but "miss", "coach" and "captain" (a verb and nouns in
    /// lower case: "we'll miss amelia jones", "our captain amelia jones"; a captain in a sentence of the forces or a visit
    /// is a rank, as with a capital), nor after "the", "a", a saint or a day's number; the rest as for any full name
    /// (places, shops, public figures, own family, staff).
    /// </summary>
    private int LowerCaseName(DraftView input, string text, int s, int e, int prevStart, int prevEnd, ICollection<Entity> results)
    {
        var word = text.AsSpan(s, e - s);
        // One hash turns most words away.
        if (!IsLowerCaseFirstName(word)) return e;
        if (s > 0 && text[s - 1] is '#' or '@') return e;
        if (prevStart >= 0)
        {
            var before = text.AsSpan(prevStart, prevEnd - prevStart);
            if (NameData.IsHonorific(before) && !IsAny(before, caps: true, "miss", "coach", "captain")) return e;
            // "captain sarah jones from the raf": a rank, as with a capital.
            if (IsAny(before, caps: true, "captain") && InServiceSentence(text, prevStart, e)) return e;
            if (Words.Adjacent(text, prevEnd, s) && IsAny(before, caps: true, "the", "a", "an", "st", "saint", "santa", "san", "lake", "mount", "port", "fort", "cape"))
                return e;
        }
        if (AfterDayNumber(text, s) && NameData.IsMonth(word)) return e;
        if (!Words.Next(text, e, out var ns, out var ne) || !Words.Adjacent(text, e, ns)) return e;
        var next = text.AsSpan(ns, ne - ns);
        int ls = ns, le = ne;
        // A middle name, then a surname: "lily rose wilson".
        if (IsLowerCaseFirstName(next) && Words.Next(text, ne, out var ms, out var me) && Words.Adjacent(text, ne, ms)
            && IsLowerCaseSurname(Words.WithoutPossessive(text.AsSpan(ms, me - ms))))
            (ls, le) = (ms, me);
        var last = Words.WithoutPossessive(text.AsSpan(ls, le - ls));
        if (!IsLowerCaseSurname(last)) return e;
        var before2 = prevStart >= 0 ? text.AsSpan(prevStart, prevEnd - prevStart) : default;
        if (NameData.IsPlaceAfterFirstName(word, ls == ns ? last : next, before2)) return le;
        return FullName(input, text, s, e, ls, le, NameData.IsCommonWord(word), inTitle: false, results);
    }

    // A first name a draft without capitals reads: frequent, not a verb, not possessive.
    private static bool IsLowerCaseFirstName(ReadOnlySpan<char> word) =>
        word.Length > 1 && NameData.IsFrequentFirstName(word) && !NameData.IsVerbName(word);

    // A surname a draft without capitals reads: one the list knows, not an ordinary word, not one of the most given
    // first names.
    private static bool IsLowerCaseSurname(ReadOnlySpan<char> word) =>
        word.Length > 1 && NameData.IsKnownSurname(word) && !NameData.IsWordSurname(word) && !NameData.IsTopFirstName(word)
        && !NameData.IsNotSurname(word);

    // A capitalised honorific, or a capitalised first name (possibly possessive); in a sentence in capitals, one in
    // capitals (caps). Most capitalised words are neither: one hash turns them away, the set and capitalisation
    // checks are only for the few that pass.
    private static bool MayStartName(string text, int s, int e, out bool honorific, out bool caps)
    {
        honorific = caps = false;
        var word = text.AsSpan(s, e - s);
        if (!NameData.MayBeFirstNameOrHonorific(word)) return false;
        honorific = NameWordIsHonorific(word);
        if (!honorific && !NameData.IsFirstName(Words.WithoutPossessive(word))) return false;
        if (Words.IsCapitalised(word)) return true;
        caps = IsCapitalsWord(word) && (InCapitals(text, s, e) || IsCapitalsNameRun(text, word, honorific, e));
        return caps;
    }

    /// <summary>
    /// True when the first name or honorific <paramref name="word"/>, in capitals in a sentence that is not ("Well done to
    /// AMELIA JONES in Year 4!", "former pupil DR CHLOE MENSAH"), starts a run of capitals that reads as a name: perhaps a
    /// first or middle name, then a surname the list knows, each in capitals and one space apart, and no longer run of
    /// capitals after it ("named DUDLEY YOUNG MUSICIAN of the Year") but a name or a sentence word ("AMELIA JONES AND NOAH
    /// DAVIES"). A first name that is an ordinary word counts only when it is also a frequent name ("JACK", "GRACE") or
    /// nearly always one ("DAISY"): capitals for emphasis are mostly on words ("our STAR BAKER", "KING JAMES").
    /// Acronyms ("PE", "PTA") are no first names.
    /// </summary>
    private static bool IsCapitalsNameRun(string text, ReadOnlySpan<char> word, bool honorific, int e)
    {
        if (!honorific)
        {
            var bare = Words.WithoutPossessive(word);
            if (bare.Length != word.Length || NameData.IsCommonWord(bare) && !NameData.IsFrequentFirstName(bare) && !NameData.IsMostlyAName(bare)) return false;
        }
        if (!NextCapitalsWord(text, e, out var ls, out var le)) return false;
        // A middle name and a surname ("OLIVER JAMES SMITH"), else a surname.
        if (NameData.IsFirstName(text.AsSpan(ls, le - ls)) && NextCapitalsWord(text, le, out var ms, out var me)
            && NameData.IsKnownSurname(Words.WithoutPossessive(text.AsSpan(ms, me - ms))))
            (ls, le) = (ms, me);
        else if (!NameData.IsKnownSurname(Words.WithoutPossessive(text.AsSpan(ls, le - ls))))
            return false;
        if (Words.WithoutPossessive(text.AsSpan(ls, le - ls)).Length != le - ls || !NextCapitalsWord(text, le, out var fs, out var fe)) return true;
        var after = text.AsSpan(fs, fe - fs);
        return NameData.IsFirstName(after) || NameData.IsNotSurname(after) || NameData.IsHonorific(after);
    }

    // The next word [s, e) is in capitals, one or two spaces after 'from'.
    private static bool NextCapitalsWord(string text, int from, out int s, out int e) =>
        Words.Next(text, from, out s, out e) && Words.Adjacent(text, from, s) && IsCapitalsWord(text.AsSpan(s, e - s));

    // How far each way the sentence around a word in capitals is read for a lower-case letter: the bound keeps a
    // long run of capitals linear.
    private const int CapitalsReach = 100;

    /// <summary>
    /// True when the sentence around [s, e) has no lower-case letter (looking at most <see cref="CapitalsReach"/>
    /// characters each way; hashtags and mentions keep their own case): text in capitals ("WELL DONE TO AMELIA JONES
    /// FOR COMING FIRST!") has lost the capital letter that marks a name, so there a word in capitals stands for a
    /// capitalised one. An acronym in ordinary text ("the PTA", "PE kit") does not.
    /// </summary>
    internal static bool InCapitals(string text, int s, int e)
    {
        var from = s;
        while (from > 0 && s - from < CapitalsReach && text[from - 1] is not ('.' or '!' or '?' or '\n')) from--;
        var to = e;
        while (to < text.Length && to - e < CapitalsReach && text[to] is not ('.' or '!' or '?' or '\n')) to++;
        for (var i = from; i < to; i++)
        {
            if (!char.IsLower(text[i])) continue;
            // A lower-case letter in a hashtag or mention ("#ProudToBeUs") says nothing about the sentence: skip the tag.
            var chunk = i;
            while (chunk > 0 && !char.IsWhiteSpace(text[chunk - 1]) && text[chunk - 1] is not ('#' or '@')) chunk--;
            if ((chunk == 0 || text[chunk - 1] is not ('#' or '@')) && !IsLinkOrKisses(text, i)) return false;
            while (i < to && !char.IsWhiteSpace(text[i])) i++;
        }
        return true;
    }

    // The word around i is a link ("https://t.co/x", "(pic.twitter.com/x)") or kisses ("xx"): lower case that says
    // nothing about whether the sentence is in capitals.
    internal static bool IsLinkOrKisses(string text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var word = text.AsSpan(start, end - start).Trim("()[]!.,");
        if (word.Length > 0 && word.Length <= 6 && !word.ContainsAnyExcept('x', 'X')) return true;
        return word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || word.Contains(".com", StringComparison.OrdinalIgnoreCase) || word.Contains(".co.uk", StringComparison.OrdinalIgnoreCase)
            || word.Contains(".org", StringComparison.OrdinalIgnoreCase) || word.Contains(".sch.uk", StringComparison.OrdinalIgnoreCase);
    }

    // A word of two or more letters, all capitals ("AMELIA", "O'NEILL", "SMITH-JONES").
    private static bool IsCapitalsWord(ReadOnlySpan<char> word) => word.Length > 1 && IsAllCaps(word) && char.IsUpper(word[0]);

    // Capitalised as a name: "Jones", or in a sentence in capitals, "JONES".
    private static bool IsCapitalised(ReadOnlySpan<char> word, bool caps) => caps ? IsCapitalsWord(word) : Words.IsCapitalised(word);

    // The word, as written; in capitals, in any case ("THE", "ST").
    private static bool IsAny(ReadOnlySpan<char> word, bool caps, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (word.Equals(w, caps ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) return true;
        return false;
    }

    // Looks at the word [s, e), one MayStartName let through; returns where scanning resumes.
    private int Consider(DraftView input, string text, int s, int e, bool honorific, bool caps, int prevStart, int prevEnd, ICollection<Entity> results)
    {
        var word = text.AsSpan(s, e - s);
        var bare = Words.WithoutPossessive(word);

        var hasNext = Words.Next(text, e, out var ns, out var ne);
        var nextAdjacent = hasNext && Words.Adjacent(text, e, ns);
        // "Mr." then the name.
        if (!nextAdjacent && hasNext && e < text.Length && text[e] == '.' && honorific && ns - e is 2 or 3 && text[e + 1] == ' ')
            nextAdjacent = true;

        if (honorific)
        {
            // "Captain Lily Evans led from the front": the team's captain, read from the first name on.
            if (nextAdjacent && IsTeamCaptain(text, word, s, ns, ne, caps)) return e;
            return nextAdjacent ? Honorific(input, text, s, ns, ne, caps, results) : e;
        }

        // "St Mark's Church", "Saint Grace": a saint, not a pupil; but not the end of an ordinal ("1ST JACK WILSON").
        if (prevStart >= 0 && !AfterDigit(text, prevStart)
            && IsAny(text.AsSpan(prevStart, prevEnd - prevStart), caps, "St", "Saint", "Santa", "San", "Lake", "Mount", "Port", "Fort", "Cape")) return e;
        // "on 3 May", "THE 3RD JUNE": a month after a day's number is a date, not a name.
        if (AfterDayNumber(text, s) && NameData.IsMonth(bare)) return e;
        var sentenceStart = Words.AtSentenceStart(text, s);
        var common = NameData.IsCommonWord(bare);
        // In capitals a name that is also a verb reads as the verb: "YEAR 4 WILL READ", "WE HOPE YOUNG PEOPLE"
        // ("GRACE WILSON" stays a name).
        if (caps && NameData.IsVerbName(bare)) return e;
        // A capitalised word just before, mid-sentence: part of a title or a place ("The Tiger Who Came To Tea").
        var inTitle = prevStart >= 0 && !sentenceStart && Words.Adjacent(text, prevEnd, s)
            && Words.IsCapitalised(text.AsSpan(prevStart, prevEnd - prevStart))
            && !NameData.IsNotSurname(text.AsSpan(prevStart, prevEnd - prevStart))
            // "Poor Tyler Jones in Year 3", "Sadly Amelia Jones": an ordinary word capitalised because it opens the sentence.
            && !(Words.AtSentenceStart(text, prevStart) && NameData.IsSentenceOpener(text.AsSpan(prevStart, prevEnd - prevStart)))
            && !NameData.EndsAwardTitle(text, prevStart, prevEnd);
        if (prevStart >= 0 && Words.Adjacent(text, prevEnd, s) && IsAny(text.AsSpan(prevStart, prevEnd - prevStart), caps, "the", "The", "a", "A") && common) return e;
        // "at the Seven Sisters", "the Kitty Hawk": a name straight after "the" is a place or a thing, not a person.
        if (prevStart >= 0 && Words.Adjacent(text, prevEnd, s) && IsAny(text.AsSpan(prevStart, prevEnd - prevStart), caps, "the", "The")
            && hasNext && nextAdjacent && IsCapitalised(text.AsSpan(ns, ne - ns), caps)) return ne;

        var possessive = bare.Length != word.Length;
        // The word before the first name: a place preposition ("at Emily Park") or a street ("Oak Road, Dudley").
        var before = prevStart >= 0 ? text.AsSpan(prevStart, prevEnd - prevStart) : default;
        if (nextAdjacent && !possessive)
        {
            var next = text.AsSpan(ns, ne - ns);
            // An initial: "Amelia J." or "Amelia J"; a middle initial when a surname follows.
            if (next.Length == 1 && char.IsUpper(next[0]) && next[0] != 'I')
            {
                var initialEnd = ne < text.Length && text[ne] == '.' ? ne + 1 : ne;
                if (Words.Next(text, initialEnd, out var ss, out var se) && Words.Adjacent(text, initialEnd, ss) && IsSurnameLike(text.AsSpan(ss, se - ss), caps) && !NameData.IsPlaceWord(text.AsSpan(ss, se - ss)))
                    return FullName(input, text, s, e, ss, se, common, inTitle, results);
                // In capitals only a full name is read: without its capital letter, a first name and a letter (or a
                // first name alone, below) is too weak a sign ("MARK A BOX", "WILL YOU JOIN US?").
                if (inTitle || caps) return ne;
                var initialConfidence = common ? 0.55 : 0.8;
                results.Add(new Entity(Name, s, initialEnd - s, initialConfidence, "a first name and an initial")
                {
                    Tags = common ? ["first-initial", "common-word"] : ["first-initial"],
                    Values = Values(Words.Visible(bare), "", next.ToString(), Words.Visible(text.AsSpan(s, initialEnd - s))),
                });
                return initialEnd;
            }
            if (IsCapitalised(next, caps))
            {
                var nextBare = Words.WithoutPossessive(next);
                // "John Paul Jones", "Evie May Brown", "Lily Rose Wilson": a middle name, then a surname the list knows.
                // Read before the place words, which hold May, the month; in capitals a middle name that is also a verb
                // is the verb ("AMELIA WILL READ"), and a place named after the middle name stays a place ("Lily Rose Hill").
                if (IsMiddleNameThenSurname(text, next, ne, caps, before, out var ms, out var me))
                    return FullName(input, text, s, e, ms, me, common, inTitle, results);
                // "Hope Street", "Grace Church", "Jack Petchey Award" (checked in FullName); not "Sophie Hall".
                if (NameData.IsPlaceAfterFirstName(bare, nextBare, before)) return ne;
                // A second first name is a middle name when it is a usual one ("Ellie Louise"), else a surname ("Harriet Ellison").
                if (IsSurnameLike(nextBare, caps) && !(NameData.IsMiddleName(nextBare) && !NameData.IsKnownSurname(nextBare)))
                    return FullName(input, text, s, e, ns, ne, common, inTitle, results);
            }
            // "Blue team", "Blue Watch", "Rose Class": a team, crew or class, not a first name alone.
            if (AfterNameNotPerson.Contains(next)) return ne;
        }

        // A first name alone.
        if (inTitle || caps) return e;
        // "Oak Road · Dudley · DY1 4QT": a town.
        if (Words.InPostalAddress(text, s, e, before)) return e;
        if (common && sentenceStart) return e;
        var confidence = common ? 0.45 : sentenceStart ? 0.7 : 0.8;
        var firstName = Words.Visible(bare);
        results.Add(new Entity(Name, s, bare.Length, confidence, common ? "a first name that is also an ordinary word" : "a first name")
        {
            Tags = common ? ["first-name", "common-word"] : ["first-name"],
            Values = Values(firstName, "", "", firstName),
        });
        return e;
    }

    /// <summary>
    /// True when the honorific <paramref name="word"/> is "Captain" before a first name [ns, ne) and a surname, in a
    /// sentence with no word of the forces, an airline, a ship or a visit (<see cref="NameData.IsServiceWord"/>): in a
    /// school's post the team's captain, a pupil ("Captain Lily Evans led from the front"), not a rank ("Captain Sarah
    /// Jones from the RAF visited Year 5"). Before a surname alone it stays a rank ("Captain Smith"), and "Capt" always.
    /// </summary>
    internal static bool IsTeamCaptain(string text, ReadOnlySpan<char> word, int s, int ns, int ne, bool caps)
    {
        if (!IsAny(word, caps, "Captain")) return false;
        var first = text.AsSpan(ns, ne - ns);
        if (!IsCapitalised(first, caps) || !NameData.IsFirstName(first) || caps && NameData.IsVerbName(first)) return false;
        if (!Words.Next(text, ne, out var ls, out var le) || !Words.Adjacent(text, ne, ls)
            || !IsSurnameLike(Words.WithoutPossessive(text.AsSpan(ls, le - ls)), caps)) return false;
        return !InServiceSentence(text, s, le);
    }

    // A word of the forces, an airline, a ship or a visit in the sentence around [s, e), read at most CapitalsReach
    // characters each way.
    private static bool InServiceSentence(string text, int s, int e)
    {
        var from = s;
        while (from > 0 && s - from < CapitalsReach && text[from - 1] is not ('.' or '!' or '?' or '\n')) from--;
        var to = e;
        while (to < text.Length && to - e < CapitalsReach && text[to] is not ('.' or '!' or '?' or '\n')) to++;
        for (var i = from; Words.Next(text, i, out var ws, out var we) && ws < to; i = we)
            if (NameData.IsServiceWord(Words.WithoutPossessive(text.AsSpan(ws, Math.Min(we, to) - ws)))) return true;
        return false;
    }

    // The word 'middle' (ending at middleEnd) is a first name, not possessive, and an adjacent surname the list knows
    // follows it, written as a name [ms, me).
    private static bool IsMiddleNameThenSurname(string text, ReadOnlySpan<char> middle, int middleEnd, bool caps, ReadOnlySpan<char> before, out int ms, out int me)
    {
        ms = me = 0;
        if (Words.WithoutPossessive(middle).Length != middle.Length || !NameData.IsFirstName(middle)) return false;
        if (caps && NameData.IsVerbName(middle)) return false;
        if (!Words.Next(text, middleEnd, out ms, out me) || !Words.Adjacent(text, middleEnd, ms)) return false;
        var last = Words.WithoutPossessive(text.AsSpan(ms, me - ms));
        return IsSurnameLike(last, caps) && NameData.IsKnownSurname(last) && !NameData.IsPlaceAfterFirstName(middle, last, before);
    }

    private int FullName(DraftView input, string text, int s, int e, int ls, int le, bool common, bool inTitle, ICollection<Entity> results)
    {
        var lastWord = Words.WithoutPossessive(text.AsSpan(ls, le - ls));
        var end = ls + lastWord.Length;
        // "Grace Darling House", "Mark Smith Academy": a building or organisation named after a person.
        if (Words.Next(text, le, out var fs, out var fe) && Words.Adjacent(text, le, fs) && lastWord.Length == le - ls
            && (NameData.IsPlaceWord(text.AsSpan(fs, fe - fs)) || AfterNameNotPerson.Contains(text.AsSpan(fs, fe - fs)) && fs > 0))
            return fe;
        // "the Dudley Young Writers' Awards", "Dudley Young Musician of the Year": a capitalised word that is
        // neither a name nor a sentence word after the pair makes it a title.
        if (Words.Next(text, le, out var ts, out var te) && Words.Adjacent(text, le, ts) && lastWord.Length == le - ls)
        {
            var after = Words.WithoutPossessive(text.AsSpan(ts, te - ts));
            if (after.Length > 1 && Words.IsCapitalised(after) && !IsAllCaps(after) && !NameData.IsFirstName(after) && !NameData.IsNotSurname(after)
                && !NameData.IsHonorific(after))
                return te;
        }
        // "JOHN LEWIS", "Star Baker": a shop or a title.
        if (NameData.IsNotAPerson(text.AsSpan(s, e - s), lastWord)) return le;
        // Invisible characters inside a word ("Ame\u00ADlia") stay in the span but not in the values a suggestion shows.
        var first = Words.Visible(text.AsSpan(s, e - s));
        var last = Words.Visible(lastWord);
        var known = NameData.IsKnownSurname(lastWord);
        var confidence = known ? 0.9 : 0.7;
        if (common) confidence -= known || NameData.IsMostlyAName(text.AsSpan(s, e - s)) ? 0.1 : 0.25;
        if (inTitle) confidence -= 0.35;
        var tags = Tags("full-name", (NameData.IsPublicFigure(first, last) || IsIntroducedAsPublic(text, s), "public-figure"), (IsStaff(input.Context, first, last, honorific: false), "staff"),
            (common, "common-word"), (IsOwnFamily(input.Context, text, s), "own-family"));
        results.Add(new Entity(Name, s, end - s, TextScan.Clamp(confidence), known ? "a first name and a common surname" : "a first name and a capitalised surname")
        {
            Tags = tags,
            Values = Values(first, last, Initial(last), Words.Visible(text.AsSpan(s, end - s))),
        });
        return le;
    }

    private int Honorific(DraftView input, string text, int hs, int ns, int ne, bool caps, ICollection<Entity> results)
    {
        var next = text.AsSpan(ns, ne - ns);
        if (!IsCapitalised(next, caps) || NameData.IsNotSurname(next)) return ns;
        int ls = ns, le = ne;
        // "Mrs Jane Patel": a first name between.
        if (NameData.IsFirstName(next) && Words.Next(text, ne, out var ss, out var se) && Words.Adjacent(text, ne, ss)
            && IsSurnameLike(text.AsSpan(ss, se - ss), caps) && !NameData.IsPlaceWord(text.AsSpan(ss, se - ss)))
        {
            ls = ss;
            le = se;
        }
        var lastLength = Words.WithoutPossessive(text.AsSpan(ls, le - ls)).Length;
        // "Mr Men", "Dr Seuss" are rare enough; a place word after the surname makes it a building ("Sir John Moore School").
        if (lastLength == le - ls && Words.Next(text, le, out var fs, out var fe) && Words.Adjacent(text, le, fs) && NameData.IsPlaceWord(text.AsSpan(fs, fe - fs)))
            return fe;
        // Rules that never keep an honorific name (staff, not a pupil) spare its strings.
        if (!input.Wants(["honorific"], 0.9, moreTags: true)) return le;
        var first = ls == ns ? "" : Words.Visible(next);
        var last = Words.Visible(text.AsSpan(ls, lastLength));
        var end = ls + lastLength;
        var tags = Tags("honorific", (first.Length > 0, "full-name"), (IsStaff(input.Context, first, last, honorific: true), "staff"),
            (first.Length > 0 && NameData.IsPublicFigure(first, last), "public-figure"), (false, ""));
        results.Add(new Entity(Name, hs, end - hs, 0.9, "an honorific and a surname: an adult, usually staff")
        {
            Tags = tags,
            Values = Values(first, last, Initial(last), Words.Visible(text.AsSpan(hs, end - hs))),
        });
        return le;
    }

    // A day's number, perhaps as an ordinal ("3", "3rd", "21ST"), and spaces just before s.
    private static bool AfterDayNumber(string text, int s)
    {
        var i = s - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i == s - 1 || i < 0) return false;
        if (i >= 2 && (char.ToLowerInvariant(text[i - 1]), char.ToLowerInvariant(text[i])) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h')) i -= 2;
        return char.IsAsciiDigit(text[i]);
    }

    // The word starting at s is glued to a digit before it: the letters of an ordinal ("1ST", "2nd"), not a word of their own.
    private static bool AfterDigit(string text, int s) => s > 0 && char.IsAsciiDigit(text[s - 1]);

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static bool NameWordIsHonorific(ReadOnlySpan<char> word) => char.IsUpper(word[0]) && NameData.IsHonorific(word);

    private static bool IsSurnameLike(ReadOnlySpan<char> word, bool caps)
    {
        if (!IsCapitalised(word, caps) || NameData.IsNotSurname(word)) return false;
        if (word.Length < 2) return false;
        // In capitals the shape says nothing ("OLIVIA WINS", "NAVY COAT", "SCARLET FEVER"): only a surname the list knows.
        if (caps) return NameData.IsKnownSurname(word);
        // Smith-Jones: every part capitalised; O'Neill: a capital after the apostrophe.
        foreach (var part in word.Split('-'))
            if (!char.IsUpper(word[part][0])) return false;
        return true;
    }

    // A staff name's first and last space-separated parts, read in place rather than split into strings.
    private static bool IsStaff(PostContext context, string first, string last, bool honorific)
    {
        var staffNames = context.StaffNames; // indexed: foreach over the interface would allocate an enumerator
        for (var i = 0; i < staffNames.Count; i++)
        {
            var staff = staffNames[i].AsSpan().Trim(' ');
            if (staff.IsEmpty) continue;
            var staffFirst = staff.IndexOf(' ') is var space and >= 0 ? staff[..space] : staff;
            // Accents do not matter, as in the draft: staff "Zoe Jones" is "Zoë Jones".
            if (!NameSet.Same(staff[(staff.LastIndexOf(' ') + 1)..], last)) continue;
            if (honorific || NameData.IsHonorific(staffFirst.TrimEnd('.'))) return true;
            if (first.Length > 0 && NameSet.Same(staffFirst, first)) return true;
        }
        return false;
    }

    // The tags that apply, in order, in an array of their number (a list would be a second object).
    private static string[] Tags(string always, (bool On, string Tag) a, (bool On, string Tag) b, (bool On, string Tag) c, (bool On, string Tag) d)
    {
        var tags = new string[1 + (a.On ? 1 : 0) + (b.On ? 1 : 0) + (c.On ? 1 : 0) + (d.On ? 1 : 0)];
        var n = 0;
        tags[n++] = always;
        if (a.On) tags[n++] = a.Tag;
        if (b.On) tags[n++] = b.Tag;
        if (c.On) tags[n++] = c.Tag;
        if (d.On) tags[n] = d.Tag;
        return tags;
    }

    // A parent writing "my Amelia Thornton" or "our Amelia Thornton" names their own child (own-family).
    internal static bool IsOwnFamily(PostContext context, string text, int s)
    {
        if (context.Author != AuthorRole.Parent) return false;
        var word = text.AsSpan(WordBefore(text, s));
        return word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase);
    }

    // "author Onjali Rauf", "Paralympic swimmer Ellie Simmonds", "Olympic gold medallist Tom Daley": a full name
    // introduced by a public role is no pupil.
    internal static bool IsIntroducedAsPublic(string text, int s)
    {
        var role = WordBefore(text, s);
        if (NameData.IsPublicRole(text.AsSpan(role))) return true;
        if (!NameData.IsTitleWon(text.AsSpan(role))) return false;
        var level = WordBefore(text, role.Start.Value);
        if (NameData.IsMedal(text.AsSpan(level))) level = WordBefore(text, level.Start.Value);
        return NameData.IsTitleLevel(text.AsSpan(level));
    }

    // The letters of the word that ends in spaces just before s (empty when s follows anything else).
    private static Range WordBefore(string text, int s)
    {
        var i = s - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i == s - 1) return default;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return (i + 1)..end;
    }

    private static readonly string[] AsciiLetters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    // The surname's first character as a string, shared when it is ASCII.
    private static string Initial(string last) => last[0] < 128 ? AsciiLetters[last[0]] : last[..1];

    private static Dictionary<string, string> Values(string first, string last, string initial, string name) =>
        new() { ["first"] = first, ["last"] = last, ["initial"] = initial, ["name"] = name };
}
