namespace PolicyRules.Cli.Output;

/// <summary>A one-line progress bar on standard error, drawn only when it is a terminal and there is enough work to be worth it.</summary>
internal sealed class Progress : IDisposable
{
    public const int Threshold = 5;
    private readonly TextWriter? _w;
    private readonly int _total;
    private readonly string _unit;
    private int _done;
    private long _lastDraw;

    /// <param name="io">Where to draw (standard error, only when it is a terminal).</param>
    /// <param name="total">How many items there are, or -1 when unknown (a streamed batch): then a running count is drawn.</param>
    /// <param name="unit">What the items are called, e.g. "files".</param>
    public Progress(ConsoleIO io, int total, string unit)
    {
        _w = io.ErrorIsTerminal && (total < 0 || total > Threshold) ? io.Error : null;
        _total = total;
        _unit = unit;
    }

    public void Step(string? current = null) => Step(1, current);

    public void Step(int count, string? current = null)
    {
        _done += count;
        if (_w is null) return;
        var now = Environment.TickCount64;
        if (_total < 0)
        {
            if (_done > Threshold && now - _lastDraw >= 50) { _lastDraw = now; _w.Write($"\r{_done:N0} {_unit} checked\e[K"); }
            return;
        }
        if (_done < _total && now - _lastDraw < 50) return;
        _lastDraw = now;
        const int width = 30;
        var filled = _total == 0 ? width : (int)((long)_done * width / _total);
        var label = current is null ? "" : " " + (current.Length > 40 ? "..." + current[^37..] : current);
        _w.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {_done}/{_total} {_unit}{label}\e[K");
    }

    public void Dispose()
    {
        if (_w is null) return;
        _w.Write("\r\e[K");
        _w.Flush();
    }
}
