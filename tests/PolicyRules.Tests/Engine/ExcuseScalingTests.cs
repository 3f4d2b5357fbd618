using PolicyRules.Engine;

namespace PolicyRules.Tests.Engine;

/// <summary>
/// <c>unless: near/overlapping</c> parts are collected once per rule per check, not once per finding,
/// so a draft with thousands of findings stays linear.
/// </summary>
public class ExcuseScalingTests
{
    private static readonly PolicyEngine Engine = new PolicyEngineBuilder().AddPackYaml(
        "pack: conduct\nrules:\n  - id: r\n    title: T\n    detect: { lexicon: [rubbish, killer] }\n    unless:\n      near: [policy]\n      within: 2\n      overlapping: [\"killer whale\"]\n    message: M\n"
        + "  - id: s\n    title: S\n    detect: { lexicon: [nonsense] }\n    unless:\n      near: [policy]\n    message: M\n",
        "excuses.yaml").Build();

    [Test]
    public void ManyFindingsCollectTheExceptionsOncePerRule()
    {
        // 3,000 sentences, each with an excused and an unexcused finding of each rule.
        const int n = 3000;
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < n; i++)
            sb.Append("rubbish policy. a killer whale here. he is a killer. plain rubbish now and then. nonsense policy! ");
        sb.Append("nonsense alone.");
        ExcuseIndex.t_builds = 0;
        var result = Engine.Check(sb.ToString());
        ExcuseIndex.t_builds.Should().Be(2, "the exceptions are collected once for each rule that found something");
        var r = result.Violations.Where(v => v.Rule == "r").ToList();
        r.Should().HaveCount(2 * n);
        r.Select(v => v.Excerpt).Should().OnlyContain(e => e == "killer" || e == "rubbish");
        result.Violations.Where(v => v.Rule == "s").Should().ContainSingle();
    }

    [Test]
    public void NearWithinCountsTokensBothWays()
    {
        Engine.Check("policy a rubbish").Violations.Should().BeEmpty();
        Engine.Check("rubbish a b policy").Violations.Should().ContainSingle();
        Engine.Check("policy a b rubbish").Violations.Should().ContainSingle();
        Engine.Check("rubbish. policy").Violations.Should().BeEmpty("within counts tokens, not sentences");
        Engine.Check("nonsense. policy").Violations.Should().ContainSingle("without within, near means the same sentence");
        Engine.Check("killer whale").Violations.Should().BeEmpty();
        Engine.Check("killer whales and a killer").Violations.Should().ContainSingle();
    }
}
