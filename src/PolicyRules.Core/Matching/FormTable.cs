using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyRules.Matching;

/// <summary>
/// A read-only map from strings to ids looked up by span: open addressing over a compact array of hashes (a miss
/// usually reads only that), with each key's first eight characters kept beside its id, so a key of up to eight
/// characters (most words) is hashed and compared as one vector, with no loop or call whose length varies.
/// </summary>
internal sealed class FormTable
{
    private readonly uint[] _hashes;   // 0 marks an empty slot; a stored hash has its top bit set
    private readonly Entry[] _entries;
    private readonly int _mask;

    private struct Entry
    {
        public Vector128<ushort> Head;  // the first eight characters, zero after the key's end
        public int Id;
        public int Length;
        public string Key;
    }

    private const int HeadLength = 8;
    private const uint Occupied = 0x8000_0000;

    public FormTable(IReadOnlyDictionary<string, int> items)
    {
        // At most half full, so probes stay short and every miss soon meets an empty slot.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, items.Count * 2));
        _hashes = new uint[size];
        _entries = new Entry[size];
        _mask = size - 1;
        foreach (var (key, id) in items)
        {
            var hash = Hash(key, Head(key));
            var i = (int)(hash & _mask);
            while (_hashes[i] != 0) i = (i + 1) & _mask;
            _hashes[i] = hash;
            _entries[i] = new Entry { Head = Head(key), Id = id, Length = key.Length, Key = key };
        }
        Count = items.Count;
    }

    public int Count { get; }

    public bool TryGetValue(ReadOnlySpan<char> key, out int id) => TryGetValue(key, Head(key), out id);

    /// <summary>As <see cref="TryGetValue(ReadOnlySpan{char}, out int)"/> for the key at <paramref name="start"/> in
    /// <paramref name="buffer"/>, whose head is read in one load when eight characters fit there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(char[] buffer, int start, int length, out int id)
    {
        var key = buffer.AsSpan(start, length);
        return TryGetValue(key, start + HeadLength <= buffer.Length ? HeadAt(buffer, start, length) : Head(key), out id);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryGetValue(ReadOnlySpan<char> key, Vector128<ushort> head, out int id)
    {
        var hash = Hash(key, head);
        var hashes = _hashes;
        for (var i = (int)(hash & _mask); ; i = (i + 1) & _mask)
        {
            var stored = hashes[i];
            if (stored == hash)
            {
                ref var e = ref _entries[i];
                if (e.Length == key.Length && e.Head == head && (key.Length <= HeadLength || key.SequenceEqual(e.Key)))
                {
                    id = e.Id;
                    return true;
                }
            }
            else if (stored == 0)
            {
                break;
            }
        }
        id = -1;
        return false;
    }

    // The first eight characters, read past the key's end (the caller checked the buffer has them) and masked.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> HeadAt(char[] buffer, int start, int length)
    {
        var chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(buffer)), (nuint)start);
        return chars & Vector128.LessThan(Vector128<ushort>.Indices, Vector128.Create((ushort)Math.Min(length, HeadLength)));
    }

    private static Vector128<ushort> Head(ReadOnlySpan<char> key)
    {
        Span<char> head = stackalloc char[HeadLength];
        head.Clear();
        key[..Math.Min(key.Length, HeadLength)].CopyTo(head);
        return Vector128.Create(MemoryMarshal.Cast<char, ushort>(head));
    }

    // The head as two CRC steps, then any characters beyond it; the top bit marks an occupied slot.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> s, Vector128<ushort> head)
    {
        var words = head.AsUInt64();
        var h = BitOperations.Crc32C(BitOperations.Crc32C((uint)s.Length, words.GetElement(0)), words.GetElement(1));
        if (s.Length > HeadLength) h = HashTail(s[HeadLength..], h);
        return h | Occupied;
    }

    private static uint HashTail(ReadOnlySpan<char> s, uint h)
    {
        ref var r = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(s));
        var bytes = s.Length * 2;
        var k = 0;
        for (; k + 8 <= bytes; k += 8) h = BitOperations.Crc32C(h, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref r, k)));
        for (; k < bytes; k += 2) h = BitOperations.Crc32C(h, Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref r, k)));
        return h;
    }
}
