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

    public Progress(ConsoleIO io, int total, string unit)
    {
        _w = io.ErrorIsTerminal && total > Threshold ? io.Error : null;
        _total = total;
        _unit = unit;
    }

    public void Step(string? current = null)
    {
        _done++;
        if (_w is null) return;
        var now = Environment.TickCount64;
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
