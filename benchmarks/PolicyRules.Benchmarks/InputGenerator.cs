using System.Text;

namespace PolicyRules.Benchmarks;

/// <summary>
/// Deterministic (seeded) school-post text: news sentences, names, dates, times, emoji, hashtags,
/// links, with a few findings per KB (a flagged phrase, a phone number, a personal email, a
/// criticism of staff), so every run measures the same text.
/// </summary>
public sealed class InputGenerator(int seed = 42)
{
    private readonly Random _random = new(seed);

    public static readonly string[] CommonWords =
    [
        "school", "pupils", "class", "year", "trip", "today", "parents", "teacher", "week", "sports", "day", "reading",
        "assembly", "lunch", "children", "reminder", "football", "team", "homework", "music", "concert", "museum",
        "forest", "library", "uniform", "term", "holiday", "science", "maths", "phonics", "choir", "governors",
    ];

    private static readonly string[] Openers =
    [
        "What a fantastic morning", "Huge well done to", "A quick reminder that", "Thank you so much to", "This week in",
        "We are so proud of", "Don't forget that", "Congratulations to", "Lovely to see", "Great effort from",
    ];

    private static readonly string[] Subjects =
    [
        "Year 3", "our Reception class", "the Year 6 netball team", "Oak Class", "the school choir", "all our pupils",
        "Mrs Patel's class", "the PTA", "our Eco Council", "Year 5", "the football team", "our new starters",
    ];

    private static readonly string[] Events =
    [
        "at the National Space Centre", "on the trip to the museum", "at Sports Day", "in the maths challenge",
        "during World Book Day", "at the harvest festival", "in the reading café", "on the forest school walk",
        "in the Christmas concert", "at the county cross-country", "during science week", "at the library",
    ];

    private static readonly string[] Tails =
    [
        "Questions about black holes all the way home!", "Please remember PE kits on Thursday.",
        "Tickets are available from the school office.", "Homework is on the learning platform.",
        "The gates open at 8.40am as usual.", "Lunch menus for next term are on the website.",
        "We raised £412.50 for charity, thank you!", "Photos will be shared with parents by email.",
        "Dinner money is due by Friday 14th March.", "See you all at 3.15pm for pick-up.",
    ];

    private static readonly string[] Extras =
    [
        " 🚀", " 🎉", " 📚", " ⚽", " #ProudToBeUs", " #SportsDay", " More at https://www.stathern.leics.sch.uk/news.",
        " Contact office@stathern.leics.sch.uk with questions.", " 😂", "",
    ];

    private static readonly string[] Findings =
    [
        "Honestly it was a bloody hell of a day.", "Ring me on 07700 900123 if the coach is late.",
        "Email me at jo.bloggs@gmail.com for the forms.", "The head is a total joke about this.",
        "Some parents were pissed off about the pick-up.", "Please keep it quiet, staff redundancies are not announced yet.",
        "What a sh1t show the car park was.", "Our password: Tiger99 for the portal.",
    ];

    /// <summary>One sentence of ordinary school news.</summary>
    public string Sentence() =>
        $"{Pick(Openers)} {Pick(Subjects)} {Pick(Events)}! {Pick(Tails)}{Pick(Extras)}";

    private string Pick(string[] list) => list[_random.Next(list.Length)];

    /// <summary>Text of about <paramref name="chars"/> characters, with a finding about every
    /// <paramref name="charsPerFinding"/> characters (0: none).</summary>
    public string Text(int chars, int charsPerFinding = 350)
    {
        var sb = new StringBuilder(chars + 200);
        var nextFinding = charsPerFinding > 0 ? _random.Next(charsPerFinding / 2, charsPerFinding * 3 / 2) : int.MaxValue;
        while (sb.Length < chars)
        {
            if (sb.Length > 0) sb.Append(_random.Next(6) == 0 ? "\n\n" : " ");
            if (sb.Length >= nextFinding)
            {
                sb.Append(Pick(Findings));
                nextFinding = sb.Length + _random.Next(charsPerFinding / 2, charsPerFinding * 3 / 2);
            }
            else sb.Append(Sentence());
        }
        // Cut at the last space before the target, so sizes are exact-ish and words whole.
        if (sb.Length > chars)
        {
            var cut = sb.ToString(0, chars).LastIndexOf(' ');
            sb.Length = cut > chars / 2 ? cut : chars;
        }
        return sb.ToString();
    }

    /// <summary><paramref name="count"/> drafts of up to 280 characters; <paramref name="withFindings"/> of every 4 carry one finding.</summary>
    public string[] Drafts(int count, int withFindings)
    {
        var drafts = new string[count];
        for (var i = 0; i < count; i++)
        {
            var d = i % 4 < withFindings ? Pick(Findings) + " " + Sentence() : Sentence() + " " + Sentence();
            while (d.Length < 240) d += " " + Pick(Tails);
            drafts[i] = d.Length > 280 ? d[..d.LastIndexOf(' ', 279)] : d;
        }
        return drafts;
    }
}
