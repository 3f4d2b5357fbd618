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
internal sealed class BatchRunner(PolicyEngine engine, Severity failOn)
{
    private const int BlockSize = 2048;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Lines { get; private set; }
    public int Errors => _errors;
    public int Failing => _failing;

    public void Run(TextReader input, TextWriter output)
    {
        var block = new List<string>(BlockSize);
        var results = new string[BlockSize];
        while (true)
        {
            block.Clear();
            string? line;
            while (block.Count < BlockSize && (line = input.ReadLine()) is not null) block.Add(line);
            if (block.Count == 0) break;
            Parallel.For(0, block.Count, i => results[i] = CheckLine(block[i]));
            for (var i = 0; i < block.Count; i++) output.WriteLine(results[i]);
            output.Flush();
            Lines += block.Count;
            if (block.Count < BlockSize) break;
        }
    }

    private string CheckLine(string line)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var input = BatchInput.Parse(line);
            if (input.Error is not null)
            {
                Interlocked.Increment(ref _errors);
                ViolationJson.WriteError(w, input.Id, input.Error);
            }
            else
            {
                var result = engine.Check(input.Text!, input.Context);
                if (result.Violations.Any(v => v.Severity >= failOn)) Interlocked.Increment(ref _failing);
                ViolationJson.WriteResult(w, input.Id, result);
            }
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private int _errors;
    private int _failing;
}
