using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyRules.Cli.Output;

namespace PolicyRules.Cli.Batch;

/// <summary>
/// Checks JSON Lines: reads a block of lines, checks them on all cores, writes their results in
/// input order, and moves on, so memory stays flat however long the input is. Every input line
/// gets exactly one output line; a line that cannot be checked gets an <c>error</c> field.
/// </summary>
internal sealed class BatchRunner(PolicyEngine engine, Severity failOn, Action<int>? onBlock = null)
{
    // Lines per block: enough to keep every core busy, few enough that a block's results (each line's violations
    // quote their policy clauses, often 40 KB of JSON a line) stay small: a fixed 2,048 held ~700 MB at peak.
    private static readonly int BlockSize = 32 * Environment.ProcessorCount;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Lines { get; private set; }
    public int Errors => _errors;
    public int Failing => _failing;

    // A block also ends once it holds this many chars, so a run of huge lines is not all in memory at once.
    private const long BlockChars = 64L * 1024 * 1024;

    /// <summary>Checks lines of text (already decoded).</summary>
    public void Run(TextReader input, TextWriter output) => Run(new BoundedLineReader(input, BatchInput.MaxLineChars), output);

    /// <summary>Checks lines of UTF-8 bytes; a line with invalid UTF-8 gets an <c>error</c> naming the byte offset in the line.</summary>
    public void Run(Stream input, TextWriter output) => Run(new BoundedLineReader(input, BatchInput.MaxLineChars), output);

    private void Run(BoundedLineReader reader, TextWriter output)
    {
        var block = new List<InputLine>(BlockSize);
        var results = new string[BlockSize];
        var more = true;
        while (more)
        {
            block.Clear();
            long chars = 0;
            while (block.Count < BlockSize && chars < BlockChars && (more = reader.TryRead(out var line)))
            {
                block.Add(line);
                chars += line.Text?.Length ?? 0;
            }
            if (block.Count == 0) break;
            var first = Lines + 1;
            Parallel.For(0, block.Count, i => results[i] = CheckLine(block[i], first + i));
            for (var i = 0; i < block.Count; i++) output.WriteLine(results[i]);
            output.Flush();
            Lines += block.Count;
            onBlock?.Invoke(block.Count);
        }
    }

    private string CheckLine(InputLine line, long number)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var input = line.Text is { } text ? BatchInput.Parse(text)
                : line.Error is { } error ? new BatchInput(line.ValidPrefix is { } valid ? BatchInput.LeadingId(valid) : null, null, null, error)
                : new BatchInput(null, null, null, $"line is longer than {BatchInput.MaxLineChars / (1024 * 1024)} MB ({line.Length:N0} {(line.LengthInBytes ? "bytes" : "chars")})");
            if (input.Error is not null)
            {
                Interlocked.Increment(ref _errors);
                ViolationJson.WriteError(w, input.Id, number, input.Error);
            }
            else
            {
                CheckResult? result = null;
                try
                {
                    result = engine.Check(input.Text!, input.Context);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A bug in a rule or recognizer must not cost the other lines their results:
                    // this line gets an error (and the run exit code 2), the rest are checked.
                    Interlocked.Increment(ref _errors);
                    ViolationJson.WriteError(w, input.Id, number, $"internal error while checking this line ({e.GetType().Name}: {e.Message}); please report it");
                }
                if (result is not null)
                {
                    if (result.Violations.Any(v => v.Severity >= failOn)) Interlocked.Increment(ref _failing);
                    ViolationJson.WriteResult(w, input.Id, result);
                }
            }
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private int _errors;
    private int _failing;
}
