using System.CommandLine;

namespace PolicyRules.Cli.Commands;

/// <summary>Options that describe the context of drafts checked from files.</summary>
internal sealed class ContextOptions
{
    public Option<string> Channel { get; } = new("--channel")
    {
        Description = $"Where the text will be published: {WireNames.List<PolicyRules.Channel>()}.",
        DefaultValueFactory = _ => "newsletter",
    };

    public Option<string> Author { get; } = new("--author")
    {
        Description = $"Who wrote it: {WireNames.List<AuthorRole>()}.",
        DefaultValueFactory = _ => "staff",
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

    public PostContext Read(ParseResult parse)
    {
        var channel = parse.GetValue(Channel);
        var author = parse.GetValue(Author);
        if (!WireNames.TryParse<PolicyRules.Channel>(channel, out var c))
            throw new UsageException($"unknown channel '{channel}'; expected one of: {WireNames.List<PolicyRules.Channel>()}");
        if (!WireNames.TryParse<AuthorRole>(author, out var a))
            throw new UsageException($"unknown author '{author}'; expected one of: {WireNames.List<AuthorRole>()}");
        return new PostContext { Channel = c, Author = a, SchoolNames = parse.GetValue(School) ?? [], Profile = parse.GetValue(Profile) };
    }
}
