using PolicyRules.Matching;

namespace PolicyRules.Tests.Matching;

/// <summary>The matcher's open-addressing tables answer exactly as a <see cref="Dictionary{TKey, TValue}"/> with the same entries.</summary>
public class TableTests
{
    [Test]
    public void FormTableAgreesWithADictionary([Range(1, 20)] int seed)
    {
        var random = new Random(seed);
        const string alphabet = "abcdefghijklmnopqrstuvwxyz'*1ßé😀\uD835";
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 14)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var forms = Enumerable.Range(0, random.Next(0, 3000)).Select(_ => Word()).Distinct().Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
        var table = new FormTable(forms);

        table.Count.Should().Be(forms.Count);
        foreach (var w in forms.Keys.Concat(Enumerable.Range(0, 3000).Select(_ => Word())))
        {
            var found = table.TryGetValue(w, out var id);
            var expectedAnswer = forms.TryGetValue(w, out var expected) ? (true, expected) : (false, -1);
            (found, id).Should().Be(expectedAnswer, $"word \"{w}\"");
            // Read from a buffer, with other text after the word or with the word at its very end.
            var buffer = $"x{w}{Word()}".ToCharArray();
            (table.TryGetValue(buffer, 1, w.Length, out id), id).Should().Be(expectedAnswer, $"word \"{w}\" followed by more");
            buffer = $"x{w}".ToCharArray();
            (table.TryGetValue(buffer, 1, w.Length, out id), id).Should().Be(expectedAnswer, $"word \"{w}\" at the buffer's end");
        }
    }

    [Test]
    public void TransitionTableAgreesWithADictionary([Range(1, 20)] int seed)
    {
        var random = new Random(seed);
        long Key() => ((long)random.Next(1, 5000) << 32) | (uint)random.Next(0, 2000);
        var transitions = Enumerable.Range(0, random.Next(0, 5000)).Select(_ => Key()).Distinct().Select((k, i) => (k, i + 1)).ToDictionary(x => x.k, x => x.Item2);
        var table = new TransitionTable(transitions);

        foreach (var k in transitions.Keys.Concat(Enumerable.Range(0, 5000).Select(_ => Key())))
            table.Get(k).Should().Be(transitions.GetValueOrDefault(k, -1));
    }
}
