namespace PolicyRules.Tests.Hostile;

/// <summary>
/// Regression: characters that fold to several (ß → ss) pushed the normalised text past a reused
/// buffer that the one-to-one paths then wrote into without checking (IndexOutOfRangeException).
/// </summary>
public class NormalizerBufferTests
{
    [Test]
    public void ExpansionsFollowedByPlainTextOnAWarmBuffer()
    {
        var engine = Hostile.Engine.Value;
        foreach (var expanding in new[] { 20, 100, 500, 1000 })
            foreach (var e in new[] { "ß", "ﬃ", "㎏", "…" })
            {
                // The buffer holds 2 x 1000 + 16 chars; a 2,000-char text fits it without growing it,
                // until its expansions push the folded text past the end.
                engine.Check(new string('x', 1000));
                var text = string.Concat(Enumerable.Repeat(e, expanding)) + new string('a', 1995 - expanding) + " shit";
                text.Length.Should().Be(2000);
                Hostile.CheckAndVerify(text).Violations.Should().ContainSingle(v => v.Excerpt == "shit");
            }
    }
}
