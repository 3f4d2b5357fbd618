using System.Buffers.Binary;
using System.Security.Cryptography;
using PolicyRules.Classification;
using PolicyRules.Recognition;

namespace PolicyRules.Tests.Classification;

public class ModelFileTests
{
    private static LinearModel Model => ClassifierTestData.SmallReport.Model;

    private static RuleLoadException LoadFails(byte[] bytes, FeatureSettings? expected = null) =>
        FluentActions.Invoking(() => LinearModel.Load(new MemoryStream(bytes), "m.prmodel", expected)).Should().Throw<RuleLoadException>().Which;

    // Rewrites the SHA-256 trailer, to make a file whose checksum is right but whose contents are not.
    private static byte[] Resign(byte[] bytes)
    {
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32), bytes.AsSpan(bytes.Length - 32));
        return bytes;
    }

    [Test]
    public void RoundTripKeepsEverything()
    {
        var bytes = Model.ToBytes();
        var loaded = LinearModel.Load(new MemoryStream(bytes), "m.prmodel");
        loaded.Settings.Should().Be(Model.Settings);
        loaded.Categories.Should().Equal(Model.Categories);
        loaded.Thresholds.Should().Equal(Model.Thresholds);
        loaded.Biases.Should().Equal(Model.Biases);
        loaded.Description.Should().Be(Model.Description);
        loaded.ToBytes().Should().Equal(bytes);

        var draft = DraftView.Create("the head is a total fraud, don't tell anyone", new PostContext { Channel = Channel.Personal });
        var before = new double[5];
        var after = new double[5];
        new LinearClassifier(Model).Score(draft, before);
        new LinearClassifier(loaded).Score(draft, after);
        after.Should().Equal(before);
    }

    [Test]
    public void SavesToAndLoadsFromAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policyrules-{Guid.NewGuid():N}.prmodel");
        try
        {
            Model.Save(path);
            LinearClassifier.Load(path).Model.ToBytes().Should().Equal(Model.ToBytes());
        }
        finally
        {
            File.Delete(path);
        }
        FluentActions.Invoking(() => LinearModel.Load(path)).Should().Throw<RuleLoadException>().WithMessage("*cannot read the model file*");
    }

    [Test]
    public void HeaderIsDocumented()
    {
        var bytes = Model.ToBytes();
        bytes.AsSpan(0, 8).ToArray().Should().Equal("PRMODEL\0"u8.ToArray());
        BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)).Should().Be(ModelFile.FormatVersion);
        BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(12)).Should().Be((ulong)(bytes.Length - 20 - 32));
    }

    [Test]
    public void CorruptByteFailsTheChecksum()
    {
        var bytes = Model.ToBytes();
        bytes[bytes.Length / 2] ^= 0x40;
        var e = LoadFails(bytes);
        e.Message.Should().Be("m.prmodel: the model file is corrupt: its SHA-256 checksum does not match its contents");
        e.Line.Should().Be(0);
        e.Column.Should().Be(0);
    }

    [Test]
    public void CorruptChecksumFails()
    {
        var bytes = Model.ToBytes();
        bytes[^1] ^= 1;
        LoadFails(bytes).Problem.Should().Contain("checksum does not match");
    }

    [TestCase(0)]
    [TestCase(5)]
    [TestCase(15)]
    [TestCase(1000)]
    [TestCase(-1)]
    public void TruncatedFails(int keep)
    {
        var bytes = Model.ToBytes();
        var cut = bytes[..(keep < 0 ? bytes.Length + keep : keep)];
        var problem = LoadFails(cut).Problem;
        if (keep == 0) problem.Should().StartWith("not a PolicyRules model file");
        else problem.Should().StartWith("the model file is truncated");
    }

    [Test]
    public void ExtraBytesFail() => LoadFails([.. Model.ToBytes(), 0]).Problem.Should().Contain("unexpected bytes after the checksum");

    [Test]
    public void OtherFileFails()
    {
        LoadFails("pack: conduct\nrules: []\n"u8.ToArray()).Problem.Should().StartWith("not a PolicyRules model file");
    }

    [Test]
    public void OtherVersionFails()
    {
        var bytes = Model.ToBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), 2);
        LoadFails(Resign(bytes)).Problem.Should().Be("the model file has format version 2; this build reads version 1. Retrain it with 'policyrules train'");
    }

    [Test]
    public void UnsupportedFeatureSchemeFails()
    {
        var bytes = Model.ToBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(20), 7); // the scheme is the payload's first field
        LoadFails(Resign(bytes)).Problem.Should().Be("the model's feature settings cannot be used by this build: feature scheme 7 is not supported (this build implements scheme 1)");
    }

    [Test]
    public void UnsupportedHashBitsFail()
    {
        var bytes = Model.ToBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), 40);
        LoadFails(Resign(bytes)).Problem.Should().Contain("hash bits 40 is outside");
    }

    [Test]
    public void SettingsThatDisagreeWithTheWeightsFail()
    {
        var bytes = Model.ToBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), 13); // says 2^13 buckets, holds 2^12
        LoadFails(Resign(bytes)).Problem.Should().Contain("4096 buckets, but its feature settings say 2^13 = 8192");
    }

    [Test]
    public void UnexpectedFeatureSettingsFail()
    {
        var bytes = Model.ToBytes();
        var problem = LoadFails(bytes, FeatureSettings.Default).Problem;
        problem.Should().StartWith("the model was trained with other feature settings than required").And.Contain("2^12 buckets").And.Contain("2^16 buckets");
        LinearModel.Load(new MemoryStream(bytes), "m.prmodel", Model.Settings).Settings.Should().Be(Model.Settings);
    }

    [Test]
    public void BadFlagFails()
    {
        var bytes = Model.ToBytes();
        bytes[32] = 7; // the unigram flag, after scheme, bits and seed
        LoadFails(Resign(bytes)).Problem.Should().Contain("a feature flag is 7");
    }

    [Test]
    public void NonFiniteWeightFails()
    {
        var bytes = Model.ToBytes();
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(bytes.Length - 32 - 4), float.NaN);
        LoadFails(Resign(bytes)).Problem.Should().Contain("is not a finite number");
    }

    [Test]
    public void ConstructorChecksSizes()
    {
        var settings = FeatureSettings.Default with { HashBits = 10 };
        FluentActions.Invoking(() => new LinearModel(settings, ["a"], [0.5], [0f], new float[10])).Should().Throw<ArgumentException>().WithMessage("*expected 1024 weights*");
        FluentActions.Invoking(() => new LinearModel(settings, ["a", "a"], [0.5, 0.5], [0f, 0f], new float[2048])).Should().Throw<ArgumentException>();
    }
}
