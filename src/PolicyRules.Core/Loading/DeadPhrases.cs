using PolicyRules.Text;

namespace PolicyRules.Loading;

/// <summary>A phrase of a rule that can never fire: one of the rule's own <c>unless: overlapping</c> phrases is the same
/// words, so it covers, and excuses, every occurrence.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Phrase">The phrase, as written.</param>
/// <param name="At">Where it is written (0:0 for a rule made in code).</param>
/// <param name="Exception">The exception phrase that covers it, as written.</param>
internal sealed record DeadPhrase(RuleDefinition Rule, string Phrase, YamlPosition At, string Exception)
{
    public override string ToString() =>
        $"rule '{Rule.Id}': the phrase '{Phrase}' can never fire, as its 'unless: overlapping' phrase '{Exception}' is the same words and excuses every occurrence";

    /// <summary>
    /// The rule's dead phrases. Only phrases whose occurrence is a finding on its own are read: a lexicon detector's,
    /// and those of a combination with no 'all' parts (each 'any' occurrence is a finding). A phrase that inflects or
    /// matches evasions is dead only when the exception does too, as it would otherwise still match "cats" or "c@t".
    /// </summary>
    public static IEnumerable<DeadPhrase> Of(RuleDefinition rule)
    {
        var exceptions = rule.Unless.Overlapping.OfType<LexiconSpec>()
            .SelectMany(l => l.Phrases.Select(p => (Spec: l, Phrase: p, Words: Words(p)))).ToList();
        if (exceptions.Count == 0) yield break;
        IEnumerable<LexiconSpec> alone = rule.Detect switch
        {
            LexiconSpec l => [l],
            CombinationSpec { All.Count: 0 } c => c.Any.OfType<LexiconSpec>(),
            _ => [],
        };
        foreach (var lexicon in alone)
            for (var i = 0; i < lexicon.Phrases.Count; i++)
            {
                var words = Words(lexicon.Phrases[i]);
                foreach (var e in exceptions)
                    if (words.SequenceEqual(e.Words) && (e.Spec.Inflect || !lexicon.Inflect) && (e.Spec.Evasions || !lexicon.Evasions))
                    {
                        yield return new DeadPhrase(rule, lexicon.Phrases[i], lexicon.PhraseAt.ElementAtOrDefault(i), e.Phrase);
                        break;
                    }
            }
    }

    private static string[] Words(string phrase) => Tokenizer.PhraseWords(phrase, new NormalizedText(), new TokenizedText());
}
