using System.Text.RegularExpressions;
using PolicyRules.Tests.Classification;

namespace PolicyRules.Tests.Docs;

/// <summary>SECURITY.md sends reports to a private GitHub security advisory, not to an invented mailbox.</summary>
public class SecurityPolicyTests
{
    [Test]
    public void VulnerabilitiesAreReportedThroughAPrivateGitHubAdvisory()
    {
        var text = File.ReadAllText(Path.Combine(ClassifierTestData.RepoRoot, "SECURITY.md"));
        var section = text[text.IndexOf("## Reporting a vulnerability", StringComparison.Ordinal)..];
        section.Should().Contain("security advisory").And.Contain("Report a").And.Contain("vulnerability");
        Regex.IsMatch(text, @"[\w.+-]+@[\w-]+\.[\w.]+").Should().BeFalse("no email address is given for reports");
    }
}
