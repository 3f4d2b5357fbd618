using System.Buffers;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.PersonName;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Tests.Reference;

/// <summary>
/// The person-name recognizer as it was before the previous word was found only when needed and a word's name
/// checks were reordered, kept as the oracle the randomized comparison checks the library's version against.
/// Not used by the library.
/// </summary>
/// <remarks>
/// People's names without a model: a first name from the bundled list followed by a capitalised
/// surname (<c>full-name</c>), a first name and an initial ("Amelia J.", <c>first-initial</c>), an
/// honorific and a surname ("Mrs Patel", <c>honorific</c>: staff, not a pupil), or a first name
/// alone (<c>first-name</c>, weaker, and <c>common-word</c> for names that are ordinary words such
/// as Grace or Will). <c>staff</c> when it matches the context's staff names; <c>public-figure</c>
/// for a famous person or character. Does not fire on "Hope Street", "St Mark's Church",
/// "Grace Darling House", "Blue team" or a common-word name opening a sentence ("Will you come").
/// Values: <c>first</c>, <c>last</c>, <c>initial</c>, <c>name</c>.
/// </remarks>
internal sealed class ReferencePersonNameRecognizer : IRecognizer
{
    private static readonly HashSet<string> AfterNameNotPerson = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "teams", "house", "class", "group", "street", "road", "lane", "church", "school", "class's", "team's", "table", "set",
        "band", "club", "day", "week", "award", "cup", "trophy", "tree", "trees", "garden", "room", "hall", "block", "wing", "colour", "color",
        "watch", // a fire station's crew: "Blue Watch"
        "hut", "troop", "camp", "hq", // a scout or guide venue: "the Scout hut"
    };

    public string Name => "person-name";
    public SearchValues<char>? Trigger => null;
    public IReadOnlyCollection<string> Placeholders => ["first", "last", "initial", "name"];

    // Every ASCII character but the capitals: a name can start only at one of the others (a capital, or
    // a non-ASCII letter such as É), so the text between them is skipped with a vectorised search.
    private static readonly SearchValues<char> NotCapital = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not (>= 'A' and <= 'Z'))));

    public void Recognize(DraftView input, ICollection<Entity> results)
    {
        var text = input.Text;
        var pos = 0;
        int prevStart = -1, prevEnd = -1;
        while (true)
        {
            // Only capitalised words can be names. The words before the next capital are all ASCII lower
            // case, so the word-by-word loop would only remember the last of them as the previous word:
            // jump to the whitespace before the capital's word, remembering that word.
            var c = text.AsSpan(pos).IndexOfAnyExcept(NotCapital);
            if (c < 0) break;
            if (c > 0)
            {
                var q = pos + c;
                while (q > pos && !char.IsWhiteSpace(text[q - 1])) q--;
                if (q > pos)
                {
                    LastWord(text, pos, q, ref prevStart, ref prevEnd);
                    pos = q;
                }
            }
            if (!Words.Next(text, pos, out var s, out var e)) break;
            var consumed = Consider(input, text, s, e, prevStart, prevEnd, results);
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
            var consumed = Consider(input, text, s, e, prevStart, prevEnd, results);
            prevStart = s;
            prevEnd = e;
            pos = Math.Max(e, consumed);
        }
        LowerCaseDraft(input, text, results);
    }

    // A draft with no capital letter A to Z but in a hashtag, a mention, a link or kisses, or the pronoun "I": its full
    // names, read from the name lists alone.
    private void LowerCaseDraft(DraftView input, string text, ICollection<Entity> results)
    {
        if (!Enumerable.Range(0, text.Length).Any(k => CountsAsCapital(text, k))) ReadLowerCase(input, text, 0, text.Length, results);
    }

    private static bool CountsAsCapital(string text, int k)
    {
        if (text[k] is not (>= 'A' and <= 'Z')) return false;
        var run = k;
        while (run > 0 && !char.IsWhiteSpace(text[run - 1]) && text[run - 1] is not ('#' or '@')) run--;
        if (run > 0 && text[run - 1] is '#' or '@') return false;
        if (PolicyRules.Recognizers.PersonName.PersonNameRecognizer.IsLinkOrKisses(text, k)) return false;
        return !(text[k] == 'I' && (k == 0 || !char.IsLetter(text[k - 1])) && (k + 1 == text.Length || !char.IsLetter(text[k + 1])));
    }

    private void ReadLowerCase(DraftView input, string text, int from, int to, ICollection<Entity> results)
    {
        (int S, int E)? prev = null;
        for (var pos = from; Words.Next(text, pos, out var s, out var e) && s < to;)
        {
            var consumed = LowerCaseName(input, text, s, e, prev, results);
            prev = (s, e);
            pos = Math.Max(e, consumed);
        }
    }

    private static readonly string[] LowerCaseBlockers = ["the", "a", "an", "st", "saint", "santa", "san", "lake", "mount", "port", "fort", "cape"];

    // The word [s, e) of a draft without capitals: a frequent first name (not a verb), perhaps a second one, then a
    // surname the list knows that is neither an ordinary word nor one of the 200 most given first names.
    private int LowerCaseName(DraftView input, string text, int s, int e, (int S, int E)? prev, ICollection<Entity> results)
    {
        var word = text[s..e];
        if (!FirstInLowerCase(word) || (s > 0 && text[s - 1] is '#' or '@')) return e;
        var before = prev is { } p ? text[p.S..p.E] : "";
        if (prev is { } q)
        {
            var lower = before.ToLowerInvariant();
            if (NameData.IsHonorific(before) && lower is not ("miss" or "coach" or "captain")) return e;
            if (lower == "captain" && !TeamCaptainContext(text, q.S, e)) return e;
            if (Words.Adjacent(text, q.E, s) && LowerCaseBlockers.Contains(lower)) return e;
        }
        if (NameData.IsMonth(word) && System.Text.RegularExpressions.Regex.IsMatch(text[..s], @"[0-9]([sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])? +$")) return e;
        if (!Words.Next(text, e, out var ns, out var ne) || !Words.Adjacent(text, e, ns)) return e;
        int ls = ns, le = ne;
        if (FirstInLowerCase(text[ns..ne]) && Words.Next(text, ne, out var ms, out var me) && Words.Adjacent(text, ne, ms)
            && SurnameInLowerCase(Words.WithoutPossessive(text.AsSpan(ms, me - ms))))
            (ls, le) = (ms, me);
        var last = Words.WithoutPossessive(text.AsSpan(ls, le - ls));
        if (!SurnameInLowerCase(last)) return e;
        if (NameData.IsPlaceAfterFirstName(word, ls == ns ? last : text.AsSpan(ns, ne - ns), before)) return le;
        return FullName(input, text, s, e, ls, le, NameData.IsCommonWord(word), inTitle: false, results);
    }

    // The sentence around [s, e) has no word of the forces or a visit.
    private static bool TeamCaptainContext(string text, int s, int e)
    {
        var from = s;
        while (from > 0 && s - from < 100 && ".!?\n".IndexOf(text[from - 1], StringComparison.Ordinal) < 0) from--;
        var to = e;
        while (to < text.Length && to - e < 100 && ".!?\n".IndexOf(text[to], StringComparison.Ordinal) < 0) to++;
        var words = new List<string>();
        for (var i = from; Words.Next(text, i, out var ws, out var we) && ws < to; i = we) words.Add(text[ws..Math.Min(we, to)]);
        return !words.Any(x => NameData.IsServiceWord(Words.WithoutPossessive(x)));
    }

    private static bool FirstInLowerCase(string word) => word.Length > 1 && NameData.IsFrequentFirstName(word) && !NameData.IsVerbName(word);

    private static bool SurnameInLowerCase(ReadOnlySpan<char> word) => word.Length > 1 && NameData.IsKnownSurname(word) && !NameData.IsWordSurname(word)
        && !NameData.IsTopFirstName(word) && !NameData.IsNotSurname(word);

    // Looks at the word [s, e); returns where scanning resumes.
    private int Consider(DraftView input, string text, int s, int e, int prevStart, int prevEnd, ICollection<Entity> results)
    {
        var word = text.AsSpan(s, e - s);
        // In a sentence with no lower-case letter (but in hashtags and mentions), a word in capitals counts as capitalised.
        var caps = !Words.IsCapitalised(word);
        // In a sentence in mixed case, capitals for emphasis: a run of capitals that reads as a full name.
        if (caps && !(IsCapitalsWord(word) && (InCapitals(text, s, e) || CapitalsNameRun(text, s, e)))) return e;
        var honorific = NameWordIsHonorific(word);
        var bare = Words.WithoutPossessive(word);
        // Most capitalised words are neither: settled before looking at the next word.
        if (!honorific && !NameData.IsFirstName(bare)) return e;

        var hasNext = Words.Next(text, e, out var ns, out var ne);
        var nextAdjacent = hasNext && Words.Adjacent(text, e, ns);
        // "Mr." then the name.
        if (!nextAdjacent && hasNext && e < text.Length && text[e] == '.' && honorific && ns - e is 2 or 3 && text[e + 1] == ' ')
            nextAdjacent = true;

        if (honorific)
        {
            // "Captain Lily Evans led from the front": before a first name and a surname, outside a sentence of the forces
            // or a visit, the team's captain; the name is read from the first name on.
            if (nextAdjacent && TeamCaptain(text, s, e, ns, ne, caps)) return e;
            return nextAdjacent ? Honorific(input, text, s, ns, ne, caps, results) : e;
        }

        // "St Mark's Church", "Saint Grace": a saint, not a pupil.
        // Not the letters of an ordinal ("1ST JACK WILSON").
        if (prevStart >= 0 && !(prevStart > 0 && char.IsAsciiDigit(text[prevStart - 1])) && Is(text[prevStart..prevEnd], caps, "St", "Saint", "Santa", "San", "Lake", "Mount", "Port", "Fort", "Cape")) return e;
        // A month after a day's number ("on 3 May", "THE 3RD JUNE") is a date.
        if (NameData.IsMonth(bare) && System.Text.RegularExpressions.Regex.IsMatch(text[..s], @"[0-9]([sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])? +$")) return e;
        var sentenceStart = Words.AtSentenceStart(text, s);
        var common = NameData.IsCommonWord(bare);
        if (caps && NameData.IsVerbName(bare)) return e;
        // A capitalised word just before, mid-sentence: part of a title or a place ("The Tiger Who Came To Tea").
        var inTitle = prevStart >= 0 && !sentenceStart && Words.Adjacent(text, prevEnd, s)
            && Words.IsCapitalised(text.AsSpan(prevStart, prevEnd - prevStart))
            && !NameData.IsNotSurname(text.AsSpan(prevStart, prevEnd - prevStart))
            // "Poor Tyler Jones in Year 3", "Sadly Amelia Jones": an ordinary word capitalised because it opens the sentence.
            && !(Words.AtSentenceStart(text, prevStart) && NameData.IsSentenceOpener(text.AsSpan(prevStart, prevEnd - prevStart)))
            && !NameData.EndsAwardTitle(text, prevStart, prevEnd);
        if (prevStart >= 0 && Words.Adjacent(text, prevEnd, s) && Is(text[prevStart..prevEnd], caps, "the", "The", "a", "A") && common) return e;
        // "at the Seven Sisters", "the Kitty Hawk": a name straight after "the" is a place or a thing, not a person.
        if (prevStart >= 0 && Words.Adjacent(text, prevEnd, s) && Is(text[prevStart..prevEnd], caps, "the", "The")
            && hasNext && nextAdjacent && Capitalised(text.AsSpan(ns, ne - ns), caps)) return ne;

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
                if (inTitle || caps) return ne;
                var initialConfidence = common ? 0.55 : 0.8;
                results.Add(new Entity(Name, s, initialEnd - s, initialConfidence, "a first name and an initial")
                {
                    Tags = common ? ["first-initial", "common-word"] : ["first-initial"],
                    Values = Values(Words.Visible(bare), "", next.ToString(), Words.Visible(text.AsSpan(s, initialEnd - s))),
                });
                return initialEnd;
            }
            if (Capitalised(next, caps))
            {
                var nextBare = Words.WithoutPossessive(next);
                // "John Paul Jones", "Evie May Brown": a middle name (not possessive; in capitals not a verb), then a
                // surname the list knows, unless the middle name and it make a place ("Lily Rose Hill").
                if (nextBare.Length == next.Length && NameData.IsFirstName(next) && !(caps && NameData.IsVerbName(next))
                    && Words.Next(text, ne, out var ms, out var me) && Words.Adjacent(text, ne, ms))
                {
                    var third = Words.WithoutPossessive(text.AsSpan(ms, me - ms));
                    if (IsSurnameLike(third, caps) && NameData.IsKnownSurname(third) && !NameData.IsPlaceAfterFirstName(next, third, before))
                        return FullName(input, text, s, e, ms, me, common, inTitle, results);
                }
                // "Hope Street", "Grace Church", "Jack Petchey Award" (checked in FullName); not "Sophie Hall".
                if (NameData.IsPlaceAfterFirstName(bare, nextBare, before)) return ne;
                // A second first name is a middle name when it is a usual one ("Ellie Louise"), else a surname ("Harriet Ellison").
                if (IsSurnameLike(nextBare, caps) && !(NameData.IsMiddleName(nextBare) && !NameData.IsKnownSurname(nextBare)))
                    return FullName(input, text, s, e, ns, ne, common, inTitle, results);
            }
            // "Blue team", "Blue Watch", "Rose Class": a team, crew or class, not a first name alone.
            if (AfterNameNotPerson.Contains(next.ToString())) return ne;
        }

        // A first name alone: not in capitals.
        if (inTitle || caps) return e;
        // "Oak Road · Dudley · DY1 4QT": a town.
        if (Words.InPostalAddress(text, s, e, before)) return e;
        if (common && sentenceStart) return e;
        var confidence = common ? 0.45 : sentenceStart ? 0.7 : 0.8;
        results.Add(new Entity(Name, s, bare.Length, confidence, common ? "a first name that is also an ordinary word" : "a first name")
        {
            Tags = common ? ["first-name", "common-word"] : ["first-name"],
            Values = Values(Words.Visible(bare), "", "", Words.Visible(bare)),
        });
        return e;
    }

    private static bool TeamCaptain(string text, int s, int e, int ns, int ne, bool caps)
    {
        if (!Is(text[s..e], caps, "Captain")) return false;
        var first = text[ns..ne];
        if (!Capitalised(first, caps) || !NameData.IsFirstName(first) || (caps && NameData.IsVerbName(first))) return false;
        if (!Words.Next(text, ne, out var ls, out var le) || !Words.Adjacent(text, ne, ls) || !IsSurnameLike(Words.WithoutPossessive(text.AsSpan(ls, le - ls)), caps)) return false;
        // The sentence: back to the last '.', '!', '?' or line break and on to the next, at most 100 characters each way.
        var from = s;
        while (from > 0 && s - from < 100 && ".!?\n".IndexOf(text[from - 1], StringComparison.Ordinal) < 0) from--;
        var to = le;
        while (to < text.Length && to - le < 100 && ".!?\n".IndexOf(text[to], StringComparison.Ordinal) < 0) to++;
        var words = new List<string>();
        for (var i = from; Words.Next(text, i, out var ws, out var we) && ws < to; i = we) words.Add(text[ws..Math.Min(we, to)]);
        return !words.Any(w => NameData.IsServiceWord(Words.WithoutPossessive(w)));
    }

    private int FullName(DraftView input, string text, int s, int e, int ls, int le, bool common, bool inTitle, ICollection<Entity> results)
    {
        var lastWord = Words.WithoutPossessive(text.AsSpan(ls, le - ls));
        var end = ls + lastWord.Length;
        // "Grace Darling House", "Mark Smith Academy": a building or organisation named after a person.
        if (Words.Next(text, le, out var fs, out var fe) && Words.Adjacent(text, le, fs) && lastWord.Length == le - ls
            && (NameData.IsPlaceWord(text.AsSpan(fs, fe - fs)) || AfterNameNotPerson.Contains(text[fs..fe]) && fs > 0))
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
        var first = Words.Visible(text.AsSpan(s, e - s));
        var last = Words.Visible(lastWord);
        var fullText = first + " " + last;
        if (NameData.IsNotAPerson(fullText)) return le;
        var known = NameData.IsKnownSurname(lastWord);
        var confidence = known ? 0.9 : 0.7;
        if (common) confidence -= known || NameData.IsMostlyAName(text.AsSpan(s, e - s)) ? 0.1 : 0.25;
        if (inTitle) confidence -= 0.35;
        var tags = new List<string>(4) { "full-name" };
        if (NameData.IsPublicFigure(fullText) || PolicyRules.Recognizers.PersonName.PersonNameRecognizer.IsIntroducedAsPublic(text, s)) tags.Add("public-figure");
        if (IsStaff(input.Context, first, last, honorific: false)) tags.Add("staff");
        if (common) tags.Add("common-word");
        if (PolicyRules.Recognizers.PersonName.PersonNameRecognizer.IsOwnFamily(input.Context, text, s)) tags.Add("own-family");
        results.Add(new Entity(Name, s, end - s, TextScan.Clamp(confidence), known ? "a first name and a common surname" : "a first name and a capitalised surname")
        {
            Tags = tags,
            Values = Values(first, last, last[..1], Words.Visible(text.AsSpan(s, end - s))),
        });
        return le;
    }

    private int Honorific(DraftView input, string text, int hs, int ns, int ne, bool caps, ICollection<Entity> results)
    {
        var next = text.AsSpan(ns, ne - ns);
        if (!Capitalised(next, caps) || NameData.IsNotSurname(next)) return ns;
        int ls = ns, le = ne;
        // "Mrs Jane Patel": a first name between.
        if (NameData.IsFirstName(next) && Words.Next(text, ne, out var ss, out var se) && Words.Adjacent(text, ne, ss)
            && Capitalised(text.AsSpan(ss, se - ss), caps) && IsSurnameLike(text.AsSpan(ss, se - ss), caps) && !NameData.IsPlaceWord(text.AsSpan(ss, se - ss)))
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
        var tags = new List<string>(3) { "honorific" };
        if (first.Length > 0) tags.Add("full-name");
        if (IsStaff(input.Context, first, last, honorific: true)) tags.Add("staff");
        if (first.Length > 0 && NameData.IsPublicFigure(first + " " + last)) tags.Add("public-figure");
        results.Add(new Entity(Name, hs, end - hs, 0.9, "an honorific and a surname: an adult, usually staff")
        {
            Tags = tags,
            Values = Values(first, last, last[..1], Words.Visible(text.AsSpan(hs, end - hs))),
        });
        return le;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static bool IsCapitalsWord(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && IsAllCaps(word);

    private static bool Capitalised(ReadOnlySpan<char> word, bool caps) => caps ? IsCapitalsWord(word) : Words.IsCapitalised(word);

    private static bool Is(string word, bool caps, params string[] words) =>
        words.Any(w => string.Equals(word, w, caps ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    // The sentence around [s, e), at most 100 characters each way, has no lower-case letter but in a hashtag or
    // mention (one with a '#' or '@' before it in its run of non-space characters).
    private static bool InCapitals(string text, int s, int e)
    {
        var from = Math.Max(0, s - 100);
        var enders = ".!?\n";
        var lastEnder = text.LastIndexOfAny(enders.ToCharArray(), s - 1 < 0 ? 0 : s - 1, s - from);
        if (s > 0 && lastEnder >= from) from = lastEnder + 1;
        var to = Math.Min(text.Length, e + 100);
        var nextEnder = text.IndexOfAny(enders.ToCharArray(), e, to - e);
        if (nextEnder >= 0) to = nextEnder;
        for (var i = from; i < to; i++)
        {
            if (!char.IsLower(text[i])) continue;
            var j = i;
            while (j > 0 && !char.IsWhiteSpace(text[j - 1]) && text[j - 1] is not ('#' or '@')) j--;
            if ((j == 0 || text[j - 1] is not ('#' or '@')) && !PolicyRules.Recognizers.PersonName.PersonNameRecognizer.IsLinkOrKisses(text, i)) return false;
        }
        return true;
    }

    // A first name in capitals (not possessive; an ordinary word only if a frequent name or nearly always a name) or an
    // honorific, then more words in capitals one space apart: a surname the list knows, or a first name and one, and
    // after it no further word in capitals but a first name, a sentence word or an honorific (or the surname is possessive).
    private static bool CapitalsNameRun(string text, int s, int e)
    {
        var first = text[s..e];
        if (!NameWordIsHonorific(first))
        {
            if (!NameData.IsFirstName(first) || Words.WithoutPossessive(first).Length != first.Length) return false;
            if (NameData.IsCommonWord(first) && !NameData.IsFrequentFirstName(first) && !NameData.IsMostlyAName(first)) return false;
        }
        var run = new List<string>();
        var at = e;
        while (run.Count < 3 && Words.Next(text, at, out var ws, out var we) && Words.Adjacent(text, at, ws) && IsCapitalsWord(text.AsSpan(ws, we - ws)))
        {
            run.Add(text[ws..we]);
            at = we;
        }
        bool Known(string w) => NameData.IsKnownSurname(Words.WithoutPossessive(w));
        var surname = run.Count >= 2 && NameData.IsFirstName(run[0]) && Known(run[1]) ? 1 : run.Count >= 1 && Known(run[0]) ? 0 : -1;
        if (surname < 0) return false;
        if (Words.WithoutPossessive(run[surname]).Length != run[surname].Length || run.Count == surname + 1) return true;
        var after = run[surname + 1];
        return NameData.IsFirstName(after) || NameData.IsNotSurname(after) || NameData.IsHonorific(after);
    }

    private static bool NameWordIsHonorific(ReadOnlySpan<char> word) => char.IsUpper(word[0]) && NameData.IsHonorific(word);

    private static bool IsSurnameLike(ReadOnlySpan<char> word, bool caps)
    {
        if (!Capitalised(word, caps) || NameData.IsNotSurname(word)) return false;
        if (word.Length < 2) return false;
        if (caps) return NameData.IsKnownSurname(word);
        // Smith-Jones: every part capitalised; O'Neill: a capital after the apostrophe.
        foreach (var part in word.Split('-'))
            if (!char.IsUpper(word[part][0])) return false;
        return true;
    }

    private static bool IsStaff(PostContext context, string first, string last, bool honorific)
    {
        foreach (var staff in context.StaffNames)
        {
            var parts = staff.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (!NameSet.Same(parts[^1], last)) continue;
            if (honorific || NameData.IsHonorific(parts[0].TrimEnd('.'))) return true;
            if (first.Length > 0 && NameSet.Same(parts[0], first)) return true;
        }
        return false;
    }

    private static Dictionary<string, string> Values(string first, string last, string initial, string name) =>
        new() { ["first"] = first, ["last"] = last, ["initial"] = initial, ["name"] = name };
}
