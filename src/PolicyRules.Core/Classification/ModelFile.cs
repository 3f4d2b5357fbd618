using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PolicyRules.Classification;

/// <summary>
/// The binary model format, little-endian throughout:
/// <code>
/// 0   8 bytes  magic "PRMODEL\0"
/// 8   u16      format version (1)
/// 10  u16      reserved (0)
/// 12  u64      payload length P
/// 20  P bytes  payload:
///       feature settings: i32 scheme, i32 hash bits, u32 hash seed, u8 unigrams, u8 bigrams,
///                         i32 char n-gram min, i32 char n-gram max, u8 context, u8 channel conjunctions
///       description: i32 byte length, UTF-8
///       i32 category count K; per category: i32 byte length, UTF-8 name, f64 threshold, f32 bias
///       i32 bucket count B (= 2^hash bits); B * K f32 weights, bucket-major
/// 20+P 32 bytes SHA-256 of bytes [0, 20+P)
/// </code>
/// Nothing in it depends on time or machine, so the same model always gives the same bytes.
/// </summary>
public static class ModelFile
{
    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The conventional file extension.</summary>
    public const string Extension = ".prmodel";

    private static ReadOnlySpan<byte> Magic => "PRMODEL\0"u8;
    private const int HeaderLength = 20;
    private const int ChecksumLength = 32;

    /// <summary>Writes a model.</summary>
    public static void Write(LinearModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(stream);
        var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            var s = model.Settings;
            w.Write(s.Scheme);
            w.Write(s.HashBits);
            w.Write(s.HashSeed);
            w.Write((byte)(s.WordUnigrams ? 1 : 0));
            w.Write((byte)(s.WordBigrams ? 1 : 0));
            w.Write(s.CharNGramMin);
            w.Write(s.CharNGramMax);
            w.Write((byte)(s.ContextFeatures ? 1 : 0));
            w.Write((byte)(s.ChannelConjunctions ? 1 : 0));
            WriteString(w, model.Description);
            w.Write(model.Categories.Count);
            for (var c = 0; c < model.Categories.Count; c++)
            {
                WriteString(w, model.Categories[c]);
                w.Write(model.Thresholds[c]);
                w.Write(model.Biases[c]);
            }
            w.Write(s.Buckets);
            foreach (var weight in model.Weights) w.Write(weight);
        }
        var bytes = new byte[HeaderLength + payload.Length + ChecksumLength];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(10), 0);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(12), (ulong)payload.Length);
        payload.GetBuffer().AsSpan(0, (int)payload.Length).CopyTo(bytes.AsSpan(HeaderLength));
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - ChecksumLength), bytes.AsSpan(bytes.Length - ChecksumLength));
        stream.Write(bytes);
    }

    /// <summary>Reads a model, checking magic, version, length, checksum and feature settings in that order.</summary>
    /// <exception cref="RuleLoadException">What is wrong, in plain words, with line and column 0.</exception>
    public static LinearModel Read(Stream stream, string name, FeatureSettings? expected = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        name ??= "model";
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        RuleLoadException Fail(string problem) => new(name, 0, 0, problem);

        if (bytes.Length < Magic.Length || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            if (bytes.Length < Magic.Length && Magic.StartsWith(bytes) && bytes.Length > 0)
                throw Fail($"the model file is truncated: {bytes.Length} bytes, not even a header");
            throw Fail("not a PolicyRules model file (it does not start with the PRMODEL magic bytes)");
        }
        if (bytes.Length < HeaderLength) throw Fail($"the model file is truncated: {bytes.Length} bytes, shorter than the {HeaderLength}-byte header");
        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
        if (version != FormatVersion)
            throw Fail($"the model file has format version {version}; this build reads version {FormatVersion}. Retrain it with 'policyrules train'");
        var payloadLength = BinaryPrimitives.ReadUInt64LittleEndian(bytes[12..]);
        var expectedLength = HeaderLength + (decimal)payloadLength + ChecksumLength;
        if (bytes.Length < expectedLength)
            throw Fail($"the model file is truncated: {bytes.Length} bytes, its header says {expectedLength}");
        if (bytes.Length > expectedLength)
            throw Fail($"the model file is corrupt: {bytes.Length - expectedLength} unexpected bytes after the checksum");
        Span<byte> checksum = stackalloc byte[ChecksumLength];
        SHA256.HashData(bytes[..^ChecksumLength], checksum);
        if (!checksum.SequenceEqual(bytes[^ChecksumLength..]))
            throw Fail("the model file is corrupt: its SHA-256 checksum does not match its contents");

        var reader = new Reader(bytes.Slice(HeaderLength, (int)payloadLength).ToArray(), Fail);
        var settings = new FeatureSettings
        {
            Scheme = reader.Int32(),
            HashBits = reader.Int32(),
            HashSeed = reader.UInt32(),
            WordUnigrams = reader.Flag(),
            WordBigrams = reader.Flag(),
            CharNGramMin = reader.Int32(),
            CharNGramMax = reader.Int32(),
            ContextFeatures = reader.Flag(),
            ChannelConjunctions = reader.Flag(),
        };
        if (settings.Problem() is { } problem)
            throw Fail($"the model's feature settings cannot be used by this build: {problem}");
        if (expected is not null && expected != settings)
            throw Fail($"the model was trained with other feature settings than required: it has [{settings}], required [{expected}]");
        var description = reader.String();
        var count = reader.Int32();
        if (count is < 1 or > 64) throw Fail($"the model file is malformed: {count} categories");
        var categories = new string[count];
        var thresholds = new double[count];
        var biases = new float[count];
        for (var c = 0; c < count; c++)
        {
            categories[c] = reader.String();
            thresholds[c] = reader.Float64();
            biases[c] = reader.Float32();
            if (double.IsNaN(thresholds[c]) || !float.IsFinite(biases[c]))
                throw Fail($"the model file is malformed: category '{categories[c]}' has a non-numeric threshold or bias");
        }
        var buckets = reader.Int32();
        if (buckets != settings.Buckets)
            throw Fail($"the model file is malformed: {buckets} buckets, but its feature settings say 2^{settings.HashBits} = {settings.Buckets}");
        var weights = new float[(long)buckets * count];
        for (var i = 0; i < weights.Length; i++)
            if (!float.IsFinite(weights[i] = reader.Float32()))
                throw Fail($"the model file is malformed: weight {i} is not a finite number");
        if (!reader.AtEnd) throw Fail("the model file is malformed: the payload has bytes after the weights");
        try
        {
            return new LinearModel(settings, categories, thresholds, biases, weights, description);
        }
        catch (ArgumentException e)
        {
            throw Fail($"the model file is malformed: {e.Message}");
        }
    }

    private static void WriteString(BinaryWriter w, string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    private sealed class Reader(byte[] data, Func<string, RuleLoadException> fail)
    {
        private int _at;

        public bool AtEnd => _at == data.Length;

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || _at + n > data.Length) throw fail("the model file is malformed: its payload ends early");
            var span = data.AsSpan(_at, n);
            _at += n;
            return span;
        }

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));
        public float Float32() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));
        public double Float64() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        public bool Flag() => Take(1)[0] switch
        {
            0 => false,
            1 => true,
            var b => throw fail($"the model file is malformed: a feature flag is {b}, not 0 or 1"),
        };

        public string String()
        {
            var length = Int32();
            if (length > 1 << 20) throw fail("the model file is malformed: a string is too long");
            try
            {
                return new UTF8Encoding(false, true).GetString(Take(length));
            }
            catch (DecoderFallbackException)
            {
                throw fail("the model file is malformed: a string is not valid UTF-8");
            }
        }
    }
}
