using System.Runtime.CompilerServices;

namespace PolicyRules.Classification;

/// <summary>
/// A hash that is the same in every process, on every machine and in every .NET version
/// (unlike <see cref="string.GetHashCode()"/>, which is randomised per process): 32-bit FNV-1a
/// taking one UTF-16 code unit per step; combined hashes go through the MurmurHash3 mixer, and
/// buckets are taken from the top bits of a Fibonacci (golden-ratio) multiply. Model files depend
/// on it: changing it needs a new <see cref="FeatureSettings.Scheme"/>.
/// </summary>
internal static class StableHash
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The starting state for a feature family (a namespace), mixed with the model's seed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Start(uint seed, uint family) => Mix(Step(OffsetBasis ^ seed, family));

    /// <summary>Adds one UTF-16 code unit to an FNV-1a state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint h, uint c) => (h ^ c) * Prime;

    /// <summary>Spreads a hash for bucketing: a multiply by 2^32 / golden ratio; use the top bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Spread(uint h) => h * 0x9E3779B1u;

    /// <summary>FNV-1a of a span of characters from a starting state.</summary>
    public static uint Chars(uint h, ReadOnlySpan<char> s)
    {
        foreach (var c in s) h = Step(h, c);
        return h;
    }

    /// <summary>Combines two hashes into one (order matters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Combine(uint a, uint b) => Mix(a * 0x9E3779B1u + b + 0x7F4A7C15u);

    /// <summary>The MurmurHash3 32-bit finaliser: spreads every input bit over every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
