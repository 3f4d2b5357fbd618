using PolicyRules.Cli;

namespace PolicyRules.Tests.Cli;

/// <summary>
/// A temporary folder with a small test pack and policy, and a way to run the CLI against them only
/// (<c>--no-bundled-rules</c>), so CLI behaviour is tested independently of the bundled packs.
/// </summary>
internal sealed class CliTestKit : IDisposable
{
    public const string Pack = """
        pack: conduct
        work-terms: [school, class]
        rules:
          - id: pupil-full-name
            title: Pupil named in full
            category: pupil-identification
            detect: { pattern: '\b(?:Amelia Jones|Ben Smith)\b' }
            message: "'{match}' looks like a pupil's full name."
            suggestion: Use the first name and initial only.
          - id: conduct-personal-contact
            title: Personal phone number
            detect: { pattern: '\b07\d{3} ?\d{6}\b' }
            message: "A personal mobile number: {match}."
            suggestion: Give the school office number instead.
          - id: conduct-offensive-language
            title: Offensive language
            severity: warning
            detect: { lexicon: [rubbish, useless] }
            message: "'{match}' is unkind."
          - id: cake-mention
            title: Cake
            severity: info
            detect: { lexicon: [cake] }
            message: "Cake, {match}, mentioned."
          - id: disclaimer-missing
            title: Disclaimer missing
            category: disclaimers
            severity: warning
            when: { channel: personal, author: [staff, governor], mentions-work: true }
            detect: { required: { any: ["views are my own", "views my own"] } }
            message: Add a 'views are my own' disclaimer.
        """;

    public const string Policy = """
        policy: test-school
        title: Test School Social Media Policy
        url: https://example.org/test-school/social-media-policy
        clauses:
          - id: "4.5(f)"
            heading: Using social media on behalf of the school
            quote: "Staff must not identify a pupil by their full name."
            enforced-by: [pupil-full-name]
          - id: "5.2"
            heading: Contact with pupils and parents
            quote: "Staff must not share personal contact details."
            enforced-by: [conduct-personal-contact]
          - id: "6.1"
            heading: Personal accounts
            quote: "Say that your views are your own."
            enforced-by: [disclaimer-missing]
        """;

    public CliTestKit()
    {
        Dir = Path.Combine(Path.GetTempPath(), "policyrules-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        PackFile = Write("rules/test-pack.yaml", Pack);
        PolicyFile = Write("rules/test-policy.yaml", Policy);
    }

    public string Dir { get; }
    public string PackFile { get; }
    public string PolicyFile { get; }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string PathOf(string relative) => Path.Combine(Dir, relative);

    /// <summary>Runs the CLI with the test pack and policy (and no bundled rules); the config search starts in <paramref name="workingDirectory"/>.</summary>
    public (int Exit, string Out, string Err) RunWith(string stdin, string? workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] engine = ["--no-bundled-rules", "--pack", PackFile, "--policy-file", PolicyFile];
        var full = args.Length > 0 && args[0] is "check" or "fix" ? [args[0], .. engine, .. args[1..]] : args;
        var io = new ConsoleIO(new StringReader(stdin), output, error) { WorkingDirectory = workingDirectory ?? Dir };
        var exit = CliApp.Run(full, io);
        return (exit, output.ToString(), error.ToString());
    }

    public (int Exit, string Out, string Err) Run(params string[] args) => RunWith("", null, args);

    /// <summary>Runs the CLI with standard input given as bytes, as the real console gives it (<see cref="ConsoleIO.InBytes"/>).</summary>
    public (int Exit, string Out, string Err) RunWithBytes(byte[] stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] engine = ["--no-bundled-rules", "--pack", PackFile, "--policy-file", PolicyFile];
        string[] full = [args[0], .. engine, .. args[1..]];
        using var bytes = new MemoryStream(stdin);
        var io = new ConsoleIO(TextReader.Null, output, error) { WorkingDirectory = Dir, InBytes = bytes };
        var exit = CliApp.Run(full, io);
        return (exit, output.ToString(), error.ToString());
    }

    public static PolicyEngine Engine() =>
        new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml(Pack, "test-pack.yaml").AddPolicyYaml(Policy, "test-policy.yaml").Build();

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
