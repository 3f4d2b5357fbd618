using System.CommandLine;

namespace PolicyRules.Cli.Commands;

/// <summary>Options that describe the context of drafts checked from files.</summary>
internal sealed class ContextOptions
{
    public Option<string?> Channel { get; } = new("--channel")
    {
        Description = $"Where the text will be published: {WireNames.List<PolicyRules.Channel>()} (default: from front matter or the config, else newsletter).",
    };

    public Option<string?> Author { get; } = new("--author")
    {
        Description = $"Who wrote it: {WireNames.List<AuthorRole>()} (default: from front matter or the config, else staff).",
    };

    public Option<string[]> School { get; } = new("--school") { Description = "A name of the school (repeatable)." };

    public Option<string?> Profile { get; } = new("--profile") { Description = "The author's profile bio." };

    public void AddTo(Command command)
    {
        command.Options.Add(Channel);
        command.Options.Add(Author);
        command.Options.Add(School);
        command.Options.Add(Profile);
    }

    /// <summary>Only what the command line says, validated; null where it says nothing.</summary>
    public Checking.ContextDefaults ReadDefaults(ParseResult parse)
    {
        var channel = parse.GetValue(Channel);
        var author = parse.GetValue(Author);
        if (channel is not null && !WireNames.TryParse<PolicyRules.Channel>(channel, out _))
            throw new UsageException($"unknown channel '{channel}'; expected one of: {WireNames.List<PolicyRules.Channel>()}");
        if (author is not null && !WireNames.TryParse<AuthorRole>(author, out _))
            throw new UsageException($"unknown author '{author}'; expected one of: {WireNames.List<AuthorRole>()}");
        return new Checking.ContextDefaults(channel, author, parse.GetValue(School) ?? [], parse.GetValue(Profile));
    }
}
