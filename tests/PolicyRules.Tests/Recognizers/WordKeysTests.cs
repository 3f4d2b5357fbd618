using System.Text;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Tests.Recognizers;

/// <summary>WordKeys, the quick filter in front of the first-name and honorific sets, never turns away a word
/// the set holds (in any case, and with look-alike letters such as "ı" and the Kelvin sign), and turns away most others.</summary>
public class WordKeysTests
{
    private static List<string> FirstNames()
    {
        using var stream = typeof(TextScan).Assembly.GetManifestResourceStream("PolicyRules.names.first-names.txt")!;
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
            if (!line.StartsWith('#')) names.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return names;
    }

    [Test]
    public void Never_turns_away_a_word_of_the_set_and_turns_away_most_others()
    {
        var names = FirstNames();
        names.Should().HaveCountGreaterThan(1000);
        names.AddRange(["ıvy", "Zoë", "Jo", "A", "Mr"]);
        var set = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        var keys = new WordKeys(names);
        var random = new Random(11);
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZıİſKéë'-";
        int others = 0, turnedAway = 0;
        for (var i = 0; i < 200_000; i++)
        {
            string word;
            if (random.Next(2) == 0)
            {
                // A name with its case changed, and now and then a letter swapped for a look-alike.
                var sb = new StringBuilder(names[random.Next(names.Count)]);
                for (var k = 0; k < sb.Length; k++)
                    sb[k] = random.Next(3) switch { 0 => char.ToUpperInvariant(sb[k]), 1 => char.ToLowerInvariant(sb[k]), _ => sb[k] };
                if (random.Next(4) == 0 && sb.Length > 0) sb[random.Next(sb.Length)] = "ıIiſsSKké"[random.Next(9)];
                word = sb.ToString();
            }
            else word = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => random.Next(5) == 0 ? letters[random.Next(letters.Length)] : letters[random.Next(26)]));
            if (set.Contains(word)) keys.MayContain(word).Should().BeTrue(word);
            else if (word.All(char.IsAsciiLetter))
            {
                others++;
                if (!keys.MayContain(word)) turnedAway++;
            }
        }
        turnedAway.Should().BeGreaterThan(others * 9 / 10, "the filter should turn away most words that are not names");
    }
}
