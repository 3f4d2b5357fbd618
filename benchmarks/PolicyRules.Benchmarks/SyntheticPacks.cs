namespace PolicyRules.Benchmarks;

/// <summary>
/// Deterministic rule packs shaped like the bundled ones (five packs: lexicons, patterns, a recognizer,
/// combinations, a required rule, exceptions), with a chosen total number of lexicon phrases. Used
/// until the bundled packs land, and for the phrase-count scaling benchmark.
/// </summary>
public static class SyntheticPacks
{
    public static readonly string[] Categories = ["profanity", "personal-data", "safeguarding", "reputation", "confidential"];

    /// <summary>Real flagged phrases the input generator plants; they are in every pack size.</summary>
    public static readonly string[] Planted =
    [
        "crap", "bloody hell", "pissed off", "bollocks", "shit", "useless head", "home address", "date of birth",
        "child protection", "safeguarding concern", "looked after child", "staff redundancies", "ofsted downgrade",
        "keep it quiet", "not announced yet", "what a joke",
    ];

    public static readonly string[] Patterns =
    [
        @"\b07\d{3}\s?\d{6}\b",                                  // UK mobile
        @"\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b",                // postcode
        @"pass(word)?\s*[:=]\s*\S+",                             // password
        @"\b[a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[a-d]\b",         // NI number
        @"\b(dob|d\.o\.b)\s*[:\-]?\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", // date of birth
    ];

    private static readonly string[] Syllables =
        ["bra", "ken", "dol", "mi", "zor", "tal", "vek", "quo", "ran", "pel", "gus", "thi", "mon", "dra", "sil", "fen", "lox", "wim", "tur", "gal"];

    /// <summary>Pseudo-words: never in ordinary text, so they load the vocabulary without matching.</summary>
    public static string PseudoWord(int i)
    {
        var a = Syllables[i % Syllables.Length];
        var b = Syllables[(i / Syllables.Length) % Syllables.Length];
        var c = Syllables[(i / (Syllables.Length * Syllables.Length)) % Syllables.Length];
        return i < 400 ? a + b : a + b + c + (i / 8000 > 0 ? "x" + (i / 8000) : "");
    }

    /// <summary>The rules: <paramref name="phrases"/> lexicon phrases in total, spread over the five packs.</summary>
    public static List<RulePack> Build(int phrases)
    {
        var packs = new List<RulePack>();
        var perPack = phrases / Categories.Length;
        var common = InputGenerator.CommonWords;
        var next = 0;
        for (var p = 0; p < Categories.Length; p++)
        {
            var cat = Categories[p];
            var rules = new List<RuleDefinition>();
            // Lexicons: a quarter two-word phrases built on ordinary words (so the automaton walks states
            // on real text), the rest pseudo-words; a few planted real ones.
            const int lexicons = 4;
            for (var l = 0; l < lexicons; l++)
            {
                var list = new List<string>();
                var count = perPack / lexicons;
                for (var k = 0; k < count; k++, next++)
                {
                    if (k < Planted.Length / Categories.Length && l == 0)
                        list.Add(Planted[(p * (Planted.Length / Categories.Length) + k) % Planted.Length]);
                    else if (k % 4 == 0) list.Add(common[next % common.Length] + " " + PseudoWord(next));
                    else if (k % 4 == 1) list.Add(PseudoWord(next) + " " + common[(next * 7) % common.Length]);
                    else list.Add(PseudoWord(next));
                }
                rules.Add(new RuleDefinition
                {
                    Id = $"{cat}-lexicon-{l}", Title = $"{cat} words {l}", Category = cat,
                    Severity = l == 0 ? Severity.Error : Severity.Warning,
                    Detect = new LexiconSpec(list, Inflect: true, Evasions: p == 0),
                    Unless = l == 1 ? new RuleExceptions { Negated = true, Quoted = true } : RuleExceptions.None,
                    Message = "Avoid '{match}' ({category}).", Suggestion = "Reword without '{match}'.",
                });
            }
            rules.Add(new RuleDefinition
            {
                Id = $"{cat}-pattern", Title = $"{cat} pattern", Category = cat, Severity = Severity.Error,
                Detect = new PatternSpec(Patterns[p]), Message = "Personal data: {match}",
            });
            rules.Add(new RuleDefinition
            {
                Id = $"{cat}-combination", Title = $"{cat} combination", Category = cat, Severity = Severity.Warning,
                Detect = new CombinationSpec(
                    [new LexiconSpec(["head", "headteacher", "governors", "staff"])],
                    [new LexiconSpec(["useless", "joke", "clown", "redundancies", "sacked"])], Within: 5),
                Unless = new RuleExceptions { Negated = true },
                Message = "Criticism of colleagues: {match}",
            });
            if (p == 1)
                rules.Add(new RuleDefinition
                {
                    Id = "personal-email", Title = "Personal email", Category = cat, Severity = Severity.Error,
                    Detect = new RecognizerSpec("email", Tags: ["personal"]), Message = "Personal email at {domain}",
                });
            if (p == 3)
                rules.Add(new RuleDefinition
                {
                    Id = "disclaimer", Title = "Views my own", Category = cat, Severity = Severity.Warning,
                    When = new RuleConditions { Channels = [Channel.Personal], MentionsWork = true },
                    Detect = new RequiredSpec([new LexiconSpec(["views my own", "views are my own", "personal account"])],
                        Trigger: [new LexiconSpec(["think", "reckon", "opinion"])]),
                    Message = "Add a disclaimer",
                });
            packs.Add(new RulePack { Name = cat, Rules = rules, WorkTerms = ["school", "pupils", "class", "teacher"] });
        }
        return packs;
    }

    public static PolicyEngine Engine(IReadOnlyList<RulePack> packs)
    {
        var builder = new PolicyEngineBuilder().UseBundledRecognizers();
        foreach (var p in packs) builder.AddPack(p);
        return builder.Build();
    }
}
