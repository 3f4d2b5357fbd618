using System.Text;
using System.Text.RegularExpressions;
using PolicyRules.Recognizers;
using PolicyRules.Recognizers.Shared;

namespace PolicyRules.Tests.Recognizers;

/// <summary>
/// The recognizers scan only windows around their trigger characters (<see cref="TextScan.Windows(string, System.Buffers.SearchValues{char}, int)"/>).
/// Seeded random text checks that the windows find exactly the matches a whole-text scan finds, for the
/// recognizers' own pattern shapes, and that the recognizers' entities do not change (STYLE.md item 10).
/// </summary>
public class TriggerWindowTests
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // The candidate patterns of the windowed recognizers, with their reach (longest match).
    private static readonly (string Pattern, int Reach)[] Shapes =
    [
        (@"\b(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}\b", 8),
        (@"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b", 13),
        (@"[0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{4}", 12),
    ];

    // Short words, digits, spaces, line breaks and punctuation, so candidates are frequent and windows
    // meet, nearly meet and run into long unbroken stretches.
    private static string RandomText(Random random)
    {
        const string pieces = "0123456789ABDEGHJLNPQRSTUWXYZabnrstuwz";
        var sb = new StringBuilder();
        var length = random.Next(0, 400);
        while (sb.Length < length)
        {
            var roll = random.Next(100);
            if (roll < 55) sb.Append(pieces[random.Next(pieces.Length)]);
            else if (roll < 75) sb.Append(' ');
            else if (roll < 80) sb.Append('\n');
            else if (roll < 86) sb.Append("-.,/_'()"[random.Next(8)]);
            else if (roll < 90) sb.Append("é\u00A0\tß"[random.Next(4)]);
            else sb.Append(random.Next(2) == 0 ? "LE14 4AA" : "QQ 12 34 56 C");
        }
        return sb.ToString();
    }

    [Test]
    public void Windows_find_the_same_matches_as_a_whole_text_scan()
    {
        var random = new Random(20261121);
        var regexes = Shapes.Select(s => (Regex: new Regex(s.Pattern, Options), s.Reach)).ToArray();
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomText(random);
            foreach (var (regex, reach) in regexes)
            {
                var whole = new List<(int, int)>();
                foreach (var m in regex.EnumerateMatches(text)) whole.Add((m.Index, m.Length));
                var windowed = new List<(int, int)>();
                var lastEnd = 0;
                foreach (var (start, length) in TextScan.Windows(text, TextScan.Digits, reach))
                {
                    Assert.That(start, Is.GreaterThanOrEqualTo(lastEnd), "windows are ordered and disjoint");
                    lastEnd = start + length;
                    foreach (var m in regex.EnumerateMatches(text.AsSpan(start, length))) windowed.Add((start + m.Index, m.Length));
                }
                Assert.That(windowed, Is.EqualTo(whole), $"pattern {regex} on text {text}");
            }
        }
    }

    [Test]
    public void Windows_cover_every_trigger_and_nothing_without_one()
    {
        Assert.That(TextScan.Windows("no digits here at all", TextScan.Digits, 8).MoveNext(), Is.False);
        Assert.That(TextScan.Windows("", TextScan.Digits, 8).MoveNext(), Is.False);
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var text = RandomText(random);
            var covered = new bool[text.Length];
            foreach (var (start, length) in TextScan.Windows(text, TextScan.Digits, 5))
                for (var k = start; k < start + length; k++) covered[k] = true;
            for (var k = 0; k < text.Length; k++)
                if (char.IsAsciiDigit(text[k]))
                    for (var j = Math.Max(0, k - 5); j < Math.Min(text.Length, k + 6); j++)
                        Assert.That(covered[j], $"offset {j} near the digit at {k} of {text}");
        }
    }
}
