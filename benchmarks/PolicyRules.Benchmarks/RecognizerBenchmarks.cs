using BenchmarkDotNet.Attributes;
using PolicyRules;
using PolicyRules.Recognizers;

/// <summary>
/// How fast does each bundled recognizer run over a draft, through the engine (trigger check,
/// one pass, cached per check)? One engine per recognizer with a one-rule pack that uses it.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private PolicyEngine _engine = null!;
    private string _text = null!;
    private PostContext _context = null!;

    [ParamsSource(nameof(Names))]
    public string Recognizer { get; set; } = "";

    [Params(280, 5000)]
    public int Length { get; set; }

    public static IEnumerable<string> Names() => RecognizerCatalog.All.Select(r => r.Name);

    private const string Sample =
        "Well done to Amelia Jones (8) in Year 3 for her poem! Call the office on 0161 496 0000 or email office@stathern.leics.sch.uk. " +
        "Trip on 14/03/2024 at 10:30, tickets £12.50. Mrs Patel says hi. Lost: a blue bag near 14 Hope Street, LE14 4AA. #proud @stathern ";

    [GlobalSetup]
    public void Setup()
    {
        var text = string.Concat(Enumerable.Repeat(Sample, Length / Sample.Length + 1));
        _text = text[..Length];
        _context = new PostContext
        {
            SchoolContacts = ["0161 496 0000"],
            Roster = [new RosterEntry("Amelia Jones", ["photo"]), new RosterEntry("Will Smith")],
            StaffNames = ["Mrs Patel"],
        };
        _engine = new PolicyEngineBuilder().UseBundledRecognizers().AddPackYaml($$"""
            pack: pupil-identification
            rules:
              - id: found
                title: Found
                detect: { recognizer: {{Recognizer}} }
                message: "Found {match}."
            """, "bench.yaml").Build();
    }

    [Benchmark]
    public int Check() => _engine.Check(_text, _context).Violations.Count;
}
