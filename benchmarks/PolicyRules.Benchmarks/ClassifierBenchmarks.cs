using BenchmarkDotNet.Attributes;
using PolicyRules.Classification;
using PolicyRules.Recognition;

namespace PolicyRules.Benchmarks;

/// <summary>
/// What the bundled classifier adds to a check: scoring one 280-character draft (hashing its
/// features and summing five categories' weights). The target is at most 5 µs and no allocation.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    /// <summary>A 280-character staff post on a personal account.</summary>
    public const string Draft =
        "Shattered after parents' evening. Honestly the management here couldn't organise a raffle, " +
        "and the new deputy wouldn't know a lesson plan if it bit him. Year 6 were brilliant though, proud of every one " +
        "of them. Roll on half term, need a lie in and a big mug of cocoa! #teacherlife";

    private readonly double[] _scores = new double[5];
    private LinearClassifier _classifier = null!;
    private DraftView _draft = null!;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = BundledRules.DefaultClassifier;
        _draft = DraftView.Create(Draft, new PostContext { Channel = Channel.Personal, Author = AuthorRole.Staff });
    }

    [Benchmark]
    public double Score280()
    {
        _classifier.Score(_draft, _scores);
        return _scores[2];
    }
}
