using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicyRules.Matching;

/// <summary>
/// A read-only map from strings to ids looked up by span: open addressing with the hash stored beside each
/// key, so a lookup is one hardware CRC per four characters, usually one slot, and one comparison; cheaper
/// than a <see cref="Dictionary{TKey, TValue}"/>'s alternate lookup through its comparer interface.
/// </summary>
internal sealed class FormTable
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    private struct Entry
    {
        public uint Hash;
        public int Id;
        public string? Key;
    }

    public FormTable(IReadOnlyDictionary<string, int> items)
    {
        // At most half full, so probes stay short and every miss soon meets an empty slot.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, items.Count * 2));
        _entries = new Entry[size];
        _mask = size - 1;
        foreach (var (key, id) in items)
        {
            var hash = Hash(key);
            var i = (int)(hash & _mask);
            while (_entries[i].Key is not null) i = (i + 1) & _mask;
            _entries[i] = new Entry { Hash = hash, Id = id, Key = key };
        }
        Count = items.Count;
    }

    public int Count { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> key, out int id)
    {
        var hash = Hash(key);
        var entries = _entries;
        for (var i = (int)(hash & _mask); ; i = (i + 1) & _mask)
        {
            ref var e = ref entries[i];
            if (e.Key is null) break;
            if (e.Hash == hash && key.SequenceEqual(e.Key)) { id = e.Id; return true; }
        }
        id = -1;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> s)
    {
        ref var r = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(s));
        var bytes = s.Length * 2;
        var h = (uint)s.Length;
        var k = 0;
        for (; k + 8 <= bytes; k += 8) h = BitOperations.Crc32C(h, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, k)));
        for (; k < bytes; k += 2) h = BitOperations.Crc32C(h, Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref r, k)));
        return h;
    }
}
