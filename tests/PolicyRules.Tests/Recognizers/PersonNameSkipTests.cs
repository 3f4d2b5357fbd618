using System.Text;
using PolicyRules.Recognition;
using PolicyRules.Recognizers.PersonName;

namespace PolicyRules.Tests.Recognizers;

/// <summary>The person-name recognizer skips to capitals with a vectorised search; seeded random drafts
/// check it finds exactly what the word-by-word reference loop finds (STYLE.md item 10).</summary>
public class PersonNameSkipTests
{
    private static readonly string[] Words =
    [
        "Amelia", "Jones", "amelia", "Mrs", "Mr.", "Patel", "St", "Mark's", "Church", "Grace", "Will", "the", "The", "a", "J.", "J",
        "Hope", "Street", "team", "O'Neill", "Smith-Jones", "Zoë", "Éloise", "well", "done", "to", "for", "and", "Year", "3", "UK", "I",
        "iPhone", "McDonald", "re-Amelia", "x'Jack", "Jack", "Petchey", "Award", "House", "Dudley", "Young", "Writers'", "John", "Paul",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "  ", ", ", ". ", "\n", "! ", " (", ") ", "-", "'", "\u2019", "_", "1", " \u00A0", ": ", "\"", ""];

    [Test]
    public void Skipping_to_capitals_finds_what_the_reference_loop_finds()
    {
        var recognizer = new PersonNameRecognizer();
        var random = new Random(1121);
        var context = new PostContext { StaffNames = ["Mrs Patel", "John Smith"] };
        for (var i = 0; i < 20_000; i++)
        {
            var sb = new StringBuilder();
            var n = random.Next(0, 30);
            for (var k = 0; k < n; k++)
            {
                sb.Append(random.Next(4) == 0 ? Words[random.Next(Words.Length)].ToLowerInvariant() : Words[random.Next(Words.Length)]);
                sb.Append(Gaps[random.Next(Gaps.Length)]);
            }
            var view = DraftView.Create(sb.ToString(), context);
            var fast = new List<Entity>();
            var reference = new List<Entity>();
            recognizer.Recognize(view, fast);
            recognizer.RecognizeReference(view, reference);
            Assert.That(fast.Select(Describe), Is.EqualTo(reference.Select(Describe)), sb.ToString());
        }
    }

    private static string Describe(Entity e) =>
        $"{e.Type} {e.Start}+{e.Length} {e.Confidence} {e.Evidence} [{string.Join(",", e.Tags)}] {{{string.Join(",", e.Values.Select(kv => kv.Key + "=" + kv.Value))}}}";
}
