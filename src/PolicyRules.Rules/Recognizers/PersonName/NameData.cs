using System.Reflection;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Recognizers.PersonName;

/// <summary>
/// The name lists the name recognizers share: first names (derived from ONS baby-name tables, see
/// NOTICE), common UK surnames, first names that are ordinary words, words that follow a name in a
/// place or organisation name ("Hope Street", "Grace Darling House"), honorifics and public figures.
/// </summary>
internal static class NameData
{
    // Every list is a NameSet: case and accents do not matter ("Zoë" is the list's "Zoe"; the ONS tables have no accents).
    private static readonly NameSet FirstNames = Load("first-names.txt");
    private static readonly NameSet Surnames = Load("surnames.txt");
    private static readonly NameSet FrequentFirstNames = Load("first-names-frequent.txt");
    // The 200 most given of them (the file lists them most given first: Oliver, George, Olivia...).
    private static readonly NameSet TopFirstNames = Load("first-names-frequent.txt", take: 200);

    /// <summary>First names that are also ordinary words, places or brands: weak evidence alone.</summary>
    private static readonly NameSet CommonWords = Set(
        """
        Grace Hope Will Summer Rose Jack Mark Bill Faith Joy Amber Ruby Daisy Holly Ivy Lily Poppy Violet Jasmine Autumn Dawn
        April May June August Sky Rain River Storm Hunter Archer Miles Frank Rich Sunny Honey Angel Star Bear Fox Wolf Reed
        Heath Dean Chase Dale Glen Cliff Brook Pearl Crystal Ginger Cherry Olive Hazel Sage Bay Royal Rocky Price Sterling
        True Duke King Prince Princess Major Patience Harmony Melody Destiny Liberty Justice Nova Eve Bob Pat Sue Ray Drew
        Art Gene Guy Rob Don Ash Ed Al Ben Max Penny Kitty Sandy Rusty Misty Cole Gray Grey Jade Blue Green Red White Black
        Brown Gold Silver Page Sunday Winter Snow Forest Ocean Heaven Precious Blessing Saint Berry Iris Bella Coco Jay Joe
        Chelsea Paris London India Jersey Kent Devon Chester Lincoln Sydney Florence Austin Dallas Victoria Charlotte Brooklyn
        Phoenix Orlando Georgia Trinity Eden Kingston Preston Milton Clifton Ashton Bolton Lourdes Carmel Sol Unique Marvel
        Legend Hero Lucky Happy Sonny Tiger Lion Leo Apple Bonnie Dusty Candy Hunter Ember Clay Stone Rowan Ivory Scarlett
        Echo Zen Rio Neo Kit Pip Bo Ted Tom Sam Jim Tim Ken Ron Roy Lee Ian Dan Mac Chance Reign Rebel Mercy Honor Honour
        Haven Harbour Meadow Willow Aspen Cedar Oakley Robin Wren Lark Dove Raven Jet Onyx Opal Sapphire Emerald Diamond
        """);

    /// <summary>Ordinary words that before a capitalised surname are nearly always a child's name ("Daisy Fenwick",
    /// "Poppy Lindqvist"), unlike "Star Readers" or "Summer Fair": flowers, gems and short boys' names.</summary>
    private static readonly NameSet MostlyNames = Set(
        """
        Daisy Poppy Lily Ruby Rose Holly Ivy Violet Jasmine Amber Hazel Willow Scarlett Olive Iris Bella Jade Leo Max Sam
        Tom Ben Joe Ted
        """);

    public static bool IsMostlyAName(ReadOnlySpan<char> word) => MostlyNames.Contains(word);

    /// <summary>First names that are also verbs, which in capitals read as the verb ("YEAR 4 WILL READ", "WE HOPE
    /// YOUNG PEOPLE"): there no capital letter marks the name.</summary>
    private static readonly NameSet VerbNames = Set("Will May Hope Mark Rob Sue Pat Bill Drew Chase");

    public static bool IsVerbName(ReadOnlySpan<char> word) => VerbNames.Contains(word);

    /// <summary>The months, four of them also first names (April, May, June, August): after a day's number a date.</summary>
    private static readonly NameSet Months = Set("January February March April May June July August September October November December");

    public static bool IsMonth(ReadOnlySpan<char> word) => Months.Contains(word);

    /// <summary>Words that, after a name, make it a place, building, team or organisation.</summary>
    private static readonly NameSet PlaceWords = Set(
        """
        Street St Road Rd Lane Close Cross Avenue Ave Drive Way Crescent Gardens Grove Place Terrace Court Mews Row Walk Square Rise
        Parade Hill Park View Green Vale Boulevard Church Chapel Cathedral Abbey Chantry School Academy College University
        Primary Infants Infant Juniors Junior Nursery Preschool Pre-school House Hall Centre Center Library Hospital Hospice
        Surgery Clinic Team Teams Class Group Club Society Trust Foundation Federation Award Awards Cup Trophy Shield Prize
        Medal Day Week Month Fund Appeal Festival Fair Museum Gallery Theatre Cinema Stadium Arena Ground Bridge Station
        Airport Port Harbour Bay Beach Island Valley Wood Woods Forest Farm Lodge Cottage Manor Castle Palace Tower Estate
        Bank Market Shop Store Cafe Café Restaurant Hotel Inn Pub Arms Building Room Suite Wing Block Campus Street's Road's
        United City Rovers Town Athletic Wanderers Albion FC AFC RFC CC Ltd PLC Inc Council Borough County Village Ward
        Lake River Mountain Falls Gate Wharf Quay Common Heath Moor Marsh Fields Meadows Orchard Ward Unit Base Camp Challenge
        Project Programme Scheme Initiative Service Services Partnership Network Company Band Choir Orchestra Ensemble Players
        Singers Dancers Cadets Scouts Guides Brownies Beavers Cubs Rainbows Rangers Explorers Squad Crew Bears Lions Tigers
        Eagles Wolves Foxes Owls Hawks Falcons Dragons Sharks Stars Angels Saints Tree Trees Garden Hub Zone Corner Cup
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
        September October November December Christmas Easter Term Assembly Concert Show Play Production Musical Series
        Book Books Story Stories Adventures Chronicles Diary Tales Poem Song Film Movie Lane's Primary's
        """);

    /// <summary>Ordinary words that open a sentence before a child's name: adjectives ("Poor Tyler Jones", "Little", "Brave"),
    /// adverbs ("Sadly") and verbs ("Go Amelia Jones!", "Meet"). Capitalised only because they open the sentence, they
    /// do not make the name after them part of a title ("The Tiger Who Came To Tea"). A title that opens with one still
    /// ends in a capitalised word that is no name ("Little Red Riding Hood": the word after the pair), or a place word.</summary>
    private static readonly NameSet SentenceOpeners = Set(
        """
        Poor Little Brave Clever Sweet Kind Lucky Dear Big Tiny Wee Bright Bold Busy Fab Fabulous Wonderful Superb Super
        Sadly Unfortunately Luckily Fortunately Thankfully Hopefully Finally Recently Yesterday Today Tonight Sometimes Once
        Go Come Meet Ask Cheer Celebrate Congratulate Applaud Support Wish Send Give Join See Look Watch Tell Help Remember
        Introducing Presenting Say Thank Thanks Welcome Hooray Hurray Bravo Wow Oh Yay
        """);

    /// <summary>True for a word that opens a sentence without being part of a name or title after it
    /// (<see cref="SentenceOpeners"/>), and for an adverb in -ly that is neither a first name nor a surname ("Amazingly").</summary>
    public static bool IsSentenceOpener(ReadOnlySpan<char> word) =>
        SentenceOpeners.Contains(word)
        || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && !IsFirstName(word) && !IsKnownSurname(word);

    private static readonly NameSet AwardPeriods = Set("Week Month Term Year Day Match Half-term");

    /// <summary>True when [s, e) in <paramref name="text"/> ends an award's title, "of the Week" ("Star of the Week Tom
    /// Whitfield", "Pupil of the Month Amelia Jones"): the name after it is the winner's, not the title's.</summary>
    public static bool EndsAwardTitle(string text, int s, int e) =>
        AwardPeriods.Contains(text.AsSpan(s, e - s)) && s >= 7 && text.AsSpan(s - 7, 7).Equals("of the ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Capitalised words that are never a surname after a first name.</summary>
    private static readonly NameSet NotSurnames = Set(
        """
        The A An And Or But Of In On At To For From With By As Is Was Are Were Be Been Has Have Had Do Does Did Will Would
        Can Could Should May Might Must Shall I You He She It We They Me Him Her Us Them My Your His Its Our Their This That
        These Those Who What When Where Why How All Any Some No Not Yes Well Done Thanks Thank Please Today Tomorrow Yesterday
        Here There Then Now Also Just Very So Too Up Down Out Over After Before Again Said Says Came Won Scored Played Made
        Got Went Who's It's I'm Mr Mrs Ms Miss Dr Sir Year Key Stage Reception Nursery Class Team Head Teacher Headteacher
        Mum Dad Nan Grandma Grandad Auntie Uncle Our Your OK Ok Hello Hi Dear Love Congratulations Congrats Happy Merry
        Good Great Amazing Brilliant Fantastic Excellent Super Lovely Proud Welcome Goodbye Bye Everyone Everybody
        Watch Captain
        """);

    /// <summary>Words of a sentence about the armed forces, an airline or a ship, or a visit: there "Captain" before a first
    /// name and a surname is a rank ("Captain Sarah Jones from the RAF visited Year 5"), elsewhere a team's captain.</summary>
    private static readonly NameSet ServiceWords = Set(
        """
        RAF Army Navy Naval Marines Regiment Forces Military Soldier Soldiers Squadron Battalion Brigade HMS Pilot Pilots
        Airline Airways Flight Ship Sailor Sailors Veteran Veterans Officer Officers Remembrance War Served RNLI Lifeboat
        Coastguard Visit Visits Visited Visiting Visitor Visitors Guest Welcomed
        """);

    public static bool IsServiceWord(ReadOnlySpan<char> word) => ServiceWords.Contains(word);

    private static readonly NameSet Honorifics = Set(
        "Mr Mrs Ms Miss Mx Dr Sir Dame Prof Professor Rev Revd Reverend Lady Lord Madam Mme Mister Missus Cllr Councillor Coach Captain Capt");

    /// <summary>Famous people and characters a school post may name without naming a pupil.</summary>
    private static readonly NameSet PublicFigures = new(
        """
        phil foden|marcus rashford|harry kane|bukayo saka|jude bellingham|raheem sterling|jordan henderson|jordan pickford|
        harry maguire|jack grealish|declan rice|mason mount|kieran trippier|john stones|kyle walker|cole palmer|leah williamson|
        mary earps|lucy bronze|beth mead|alessia russo|chloe kelly|ella toone|lauren james|emma raducanu|andy murray|lewis hamilton|
        mo farah|jessica ennis|tom daley|ben stokes|joe root|jonny wilkinson|david beckham|gareth southgate|sarina wiegman|
        roald dahl|julia donaldson|david walliams|michael morpurgo|jacqueline wilson|jk rowling|enid blyton|beatrix potter|
        lewis carroll|charles dickens|william shakespeare|jane austen|cressida cowell|tom fletcher|malorie blackman|axel scheffler|
        harry potter|hermione granger|ron weasley|greg heffley|tracy beaker|peter rabbit|winnie the|charlie bucket|
        david attenborough|tim peake|helen sharman|florence nightingale|mary seacole|isaac newton|charles darwin|albert einstein|
        winston churchill|grace darling|rosa parks|martin luther|nelson mandela|greta thunberg|malala yousafzai|marie curie|
        rishi sunak|keir starmer|boris johnson|theresa may|liz truss|david cameron|tony blair|margaret thatcher|king charles|
        queen elizabeth|prince william|prince harry|kate middleton|prince george|princess charlotte|prince louis|queen camilla|
        princess anne|prince edward|prince philip|princess diana|princess beatrice|princess eugenie|joe wicks|tom moore|ed sheeran|taylor swift|harry styles|
        adele adkins|stormzy|joe biden|donald trump|barack obama|alan turing|ada lovelace|amelia earhart|neil armstrong|
        anne frank|henry viii|elizabeth i|queen victoria|katherine johnson|mary anning|emmeline pankhurst|walter tull|
        benjamin zephaniah|michael rosen|anthony browne|shirley hughes|oliver jeffers|philip pullman|onjali rauf|ted hughes|
        katherine rundell|judith kerr|quentin blake|rudyard kipling|roger mcgough|allan ahlberg|maya angelou|lemn sissay|
        joseph coelho|dick king-smith|frank cottrell-boyce|kate pankhurst|nicola davies|rob biddulph|liz pichon|
        anne boleyn|jane seymour|catherine parr|mary tudor|thomas cromwell|guy fawkes|jack frost|robin hood|
        olive morris|mary prince|claudia jones|lilian bader|john blanke|noor inayat|ignatius sancho|olaudah equiano|
        harold moody|harriet tubman|ruby bridges|jesse owens|
        ernest shackleton|james cook|samuel pepys|william wilberforce|isambard kingdom|george stephenson|mary shelley|
        charlotte bronte|emily bronte|frida kahlo|pablo picasso|claude monet|andy warhol|
        lionel messi|cristiano ronaldo|mo salah|erling haaland|simone biles|serena williams|usain bolt|kelly holmes|
        paula radcliffe|chris hoy|laura kenny|jason kenny|max whitlock|ellie simmonds|hannah cockroft|jonnie peacock|
        dina asher-smith|keely hodgkinson|david weir|tanni grey-thompson|kadeena cox|adam peaty|jade jones
        """.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Shops, brands and titles that read as a first name and a surname ("PE kit from JOHN LEWIS", "this week's
    /// Star Baker"): no person at all.</summary>
    private static readonly NameSet NotPeople = new(
        "john lewis|ted baker|paul smith|ernest jones|laura ashley|star baker".Split('|'));

    /// <summary>Public roles that introduce a famous or visiting adult by name ("author Onjali Rauf", "Olympian Tom Daley");
    /// roles a pupil could be given ("swimmer", "player") are left out.</summary>
    private static readonly NameSet PublicRoles = Set(
        """
        author illustrator poet novelist storyteller historian Olympian Paralympian footballer cricketer astronaut scientist
        explorer naturalist adventurer sculptor actor actress comedian songwriter rapper presenter broadcaster journalist
        MP councillor mayor manager firefighter paramedic PCSO sergeant constable inspector nurse doctor vet vicar chef
        librarian
        """);

    /// <summary>"Olympic champion", "Paralympic swimmer", "England captain": titles and sports at a level no pupil writes
    /// about a classmate.</summary>
    private static readonly NameSet TitleLevels = Set("Olympic Paralympic world Commonwealth European England Scotland Wales Lionesses GB");

    /// <summary>What follows a level: a title won, or a sport ("county champion" and a plain "swimmer" could be a pupil).</summary>
    private static readonly NameSet LevelledTitles = Set(
        """
        champion medallist swimmer athlete sprinter cyclist gymnast rower boxer runner diver sailor skier
        snowboarder triathlete archer fencer wrestler weightlifter powerlifter climber skater canoeist kayaker footballer
        captain
        """);

    public static bool IsPublicRole(ReadOnlySpan<char> word) => word.Length > 1 && PublicRoles.Contains(word);

    public static bool IsTitleWon(ReadOnlySpan<char> word) => word.Length > 1 && LevelledTitles.Contains(word);

    /// <summary>A medal word between a level and its title is skipped ("Olympic gold medallist"); one level, one medal
    /// word and one title are all that is read.</summary>
    private static readonly NameSet Medals = Set("gold silver bronze double triple");

    public static bool IsMedal(ReadOnlySpan<char> word) => word.Length > 1 && Medals.Contains(word);

    public static bool IsTitleLevel(ReadOnlySpan<char> word) => word.Length > 1 && TitleLevels.Contains(word);

    /// <summary>Adults' first names too rare among babies since 2010 to be in the ONS-derived list.</summary>
    private static readonly NameSet OlderFirstNames = Set(
        """
        Phil Gary Wayne Nigel Keith Colin Trevor Brian Kevin Steve Dave Andy Mike Pete Chris Sue Julie Karen Tracey Tracy Lynn
        Jackie Debbie Mandy Gillian Gail Lorraine Sharon Deborah Denise Janet Pauline Carol Susan Geoff Graham Derek Barry
        Malcolm Stuart Darren Lee Neil Clive Roger Terry Tony Ian Les Norman Doug Ken Bukayo Declan Gareth Kieran Raheem
        Sarina Alessia Keir Rishi Boris Theresa Margaret Winston Nelson Greta Malala Marcus
        """);

    /// <summary>First names common in the French, Polish, Lithuanian, Romanian, Bulgarian, Portuguese and Spanish families
    /// of UK schools (children's, and parents' such as Agnieszka) that the ONS-derived list lacks: given to fewer than 30
    /// babies in its years (Maelle, Apolline, Bastien) or to none under that spelling (Solene, Baptiste). Written for this
    /// project; accents fold away as everywhere ("Maëlle", "Solène").</summary>
    private static readonly NameSet WiderFirstNames = Set(
        """
        Maelle Maelys Apolline Lilou Zelie Enora Romane Louna Ambre Lise Solene Capucine Nolwenn Amandine Baptiste Bastien
        Romain Guillaume Matthieu Thibault Corentin Aurelien Francois Gaetan Benoit Stephane Agnieszka Justyna Sylwia Iwona
        Danuta Kasia Basia Gosia Zuzia Julka Bartek Jacek Przemek Radek Jarek Wojtek Aiste Egle Ruta Migle Rugile Urte Ignas
        Mantas Paulius Iulia Mirela Ionela Cosmin Catalin Sorin Ovidiu Costel Gheorghe Yordan Desislava Zornitsa Gergana
        Hristo Goncalo Iker Unai Aitana Nerea Ainhoa
        """);

    // Most capitalised words are neither a first name nor an honorific: these turn them away before the set lookups.
    private static readonly WordKeys FirstNameKeys = new([.. FirstNames.Words, .. OlderFirstNames.Words, .. WiderFirstNames.Words]);
    private static readonly WordKeys HonorificKeys = new(Honorifics.Words);
    private static readonly WordKeys FirstNameOrHonorificKeys =
        new([.. FirstNames.Words, .. OlderFirstNames.Words, .. WiderFirstNames.Words, .. Honorifics.Words]);

    /// <summary>
    /// False for most words that are neither a first name nor an honorific, with one hash instead of a check of each;
    /// never false for one that is, possessive ("Amelia's") or double ("Mary-Jane") too.
    /// </summary>
    public static bool MayBeFirstNameOrHonorific(ReadOnlySpan<char> word) => FirstNameOrHonorificKeys.MayContain(word);

    public static bool IsFirstName(ReadOnlySpan<char> word)
    {
        // A word the keys turn away is all ASCII letters, so has no dash either.
        if (!FirstNameKeys.MayContain(word)) return false;
        if (FirstNames.Contains(word) || OlderFirstNames.Contains(word) || WiderFirstNames.Contains(word)) return true;
        // Mary-Jane, Jean-Luc: the first part is enough.
        var dash = word.IndexOf('-');
        return dash > 1 && FirstNameKeys.MayContain(word[..dash]) && FirstNames.Contains(word[..dash]);
    }

    /// <summary>After another first name, a middle name ("Ellie Louise", "Sarah Jane") rather than a surname ("Harriet
    /// Ellison", Ellison being a rarer first name): a first name given to at least 300 babies in the ONS tables, or a
    /// traditional middle name rarer than that as a first name.</summary>
    public static bool IsMiddleName(ReadOnlySpan<char> word) => FrequentFirstNames.Contains(word) || TraditionalMiddleNames.Contains(word);

    /// <summary>A first name given to at least 300 babies in the ONS tables ("Jack", "Grace", not "Star").</summary>
    public static bool IsFrequentFirstName(ReadOnlySpan<char> word) => FrequentFirstNameKeys.MayContain(word) && FrequentFirstNames.Contains(word);

    // A sentence without capitals asks this of every word: most are turned away with one hash.
    private static readonly WordKeys FrequentFirstNameKeys = new(FrequentFirstNames.Words);

    private static readonly NameSet TraditionalMiddleNames =
        Set("Jane Jayne Ann Anne Marie Jean Lou Leigh Lynn Lynne Dawn Jo Kay Fay Sue");

    /// <summary>Surnames of the list that are also ordinary words, verbs or places, or too short to tell in lower case
    /// ("emily read her poem", "harry rose to the challenge", "olive green", "li", "ma"): in a sentence without
    /// capitals, no sign of a name.</summary>
    private static readonly NameSet WordSurnames = Set(
        """
        Brown White Green Grey Gray Black Hall Wood Woods Hill Ward King Young Price Bell Cook Foster Hunt Mills Knight Fox
        Ford Day Brooks West Gill Ball Watts Rose Grant Wells Page Marsh Berry Stone Porter Reed Read Bird Dean Lane Parry
        Bishop Burns Shepherd Cross Long Warren Moss Chambers Griffin Sharp Sharpe Hardy Potter Jordan May Miles Barber
        Frost Lynch Bond Stokes Heath Norman Banks French Peters Field Storey Hale Islam Le Li Ma Sun Wu Xu Ho Lam Ng Kim
        Das Sen Park Lee Walker Hunter Burrows Booth Lord Swift Winter Summers Little Pope Dale Finch Lamb Savage Skinner
        Smart Snow Wall Waters Rice Mount Stones Sterling Baker
        """);

    public static bool IsWordSurname(ReadOnlySpan<char> word) => WordSurnames.Contains(word);

    /// <summary>One of the 200 first names most given to babies in the ONS tables ("Oliver", "Thomas", "Mason"): after a
    /// first name in a sentence without capitals, as likely the next name of a list typed without commas ("amelia oliver
    /// and noah") as a surname.</summary>
    public static bool IsTopFirstName(ReadOnlySpan<char> word) => TopFirstNames.Contains(word);

    public static bool IsKnownSurname(ReadOnlySpan<char> word)
    {
        if (Surnames.Contains(word)) return true;
        foreach (var part in word.Split('-'))
            if (Surnames.Contains(word[part])) return true;
        return false;
    }

    public static bool IsCommonWord(ReadOnlySpan<char> word) => CommonWords.Contains(word);
    public static bool IsPlaceWord(ReadOnlySpan<char> word) => PlaceWords.Contains(word) || PlaceWords.Contains(word.TrimEnd('s'));

    /// <summary>
    /// A place word straight after the first name <paramref name="first"/> makes a place ("Hope Street"), except one
    /// that is also a common surname ("Sophie Hall", "Tyler Banks", "Jack Wood") after a first name that places are
    /// rarely named after; "Victoria Park" and "Rose Hill" stay places, and so does any after "at", "in", "near"...
    /// (<paramref name="before"/>, the word before the first name, or empty).
    /// </summary>
    public static bool IsPlaceAfterFirstName(ReadOnlySpan<char> first, ReadOnlySpan<char> word, ReadOnlySpan<char> before) =>
        IsPlaceWord(word) && (!SurnamePlaceWords.Contains(word) || PlaceNamingFirstNames.Contains(first) || PlacePrepositions.Contains(before));

    private static readonly NameSet SurnamePlaceWords = Set(
        "Hill Hills Wood Woods Green Greens Hall Halls Park Parks Ward Bank Banks Church Marsh Heath Lodge Bridge Bridges Castle Lake Field Fields Moor Gate Gates Rivers Cross");

    private static readonly NameSet PlaceNamingFirstNames = Set(
        """
        Victoria Alexandra Albert Elizabeth Mary George William Charles Edward James John Grace Hope Faith Rose Primrose
        Holly Poppy Ivy Hazel Heather Willow Laurel Crystal Stanley Clarence Florence Lloyd Jubilee Trinity Sandy
        """);

    private static readonly NameSet PlacePrepositions = Set(
        "at At in In near Near around Around outside Outside opposite Opposite past through across towards round behind beside inside into via");
    public static bool IsNotSurname(ReadOnlySpan<char> word) => NotSurnames.Contains(word);
    public static bool IsHonorific(ReadOnlySpan<char> word) => HonorificKeys.MayContain(word) && Honorifics.Contains(word);
    public static bool IsPublicFigure(string fullName) => PublicFigures.Contains(fullName);

    public static bool IsNotAPerson(string fullName) => NotPeople.Contains(fullName);

    private static readonly int LongestPublicFigure = PublicFigures.Words.Max(f => f.Length);
    private static readonly int LongestNotAPerson = NotPeople.Words.Max(f => f.Length);

    /// <summary><see cref="IsPublicFigure(string)"/> of <paramref name="first"/>, a space and <paramref name="last"/>, without building the string.</summary>
    public static bool IsPublicFigure(ReadOnlySpan<char> first, ReadOnlySpan<char> last) => ContainsPair(PublicFigures, LongestPublicFigure, first, last);

    /// <summary><see cref="IsNotAPerson(string)"/> of <paramref name="first"/>, a space and <paramref name="last"/>, without building the string.</summary>
    public static bool IsNotAPerson(ReadOnlySpan<char> first, ReadOnlySpan<char> last) => ContainsPair(NotPeople, LongestNotAPerson, first, last);

    private static bool ContainsPair(NameSet set, int longest, ReadOnlySpan<char> first, ReadOnlySpan<char> last)
    {
        var length = first.Length + 1 + last.Length;
        // Longer than any entry, unless folding shortens it (an invisible character inside a word, "JOHN LEW\u00ADIS").
        if (length > longest && (length > 256 || System.Text.Ascii.IsValid(first) && System.Text.Ascii.IsValid(last))) return false;
        Span<char> fullName = stackalloc char[length];
        first.CopyTo(fullName);
        fullName[first.Length] = ' ';
        last.CopyTo(fullName[(first.Length + 1)..]);
        return set.Contains(fullName);
    }

    private static NameSet Set(string words) => new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static NameSet Load(string file, int take = int.MaxValue)
    {
        using var stream = typeof(NameData).Assembly.GetManifestResourceStream("PolicyRules.names." + file)
            ?? throw new InvalidOperationException($"embedded name list {file} is missing");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) continue;
            words.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return new NameSet(words.Take(take));
    }
}
