using System.Globalization;

namespace CopOffice.Samples;

/// <summary>
/// A random seed made of its parts, the same in every process. <see cref="HashCode.Combine{T1, T2}"/> is salted per
/// process, so a sample drawn with it changed from run to run; this is FNV-1a over the parts' invariant text.
/// </summary>
internal static class StableSeed
{
    public static int Of(params object?[] parts)
    {
        var hash = 2166136261u;
        foreach (var part in parts)
        {
            foreach (var c in Convert.ToString(part, CultureInfo.InvariantCulture) ?? "")
            {
                hash ^= c;
                hash *= 16777619u;
            }
            hash ^= 0x1F;                 // a separator, so that ("ab", "c") and ("a", "bc") differ
            hash *= 16777619u;
        }
        return unchecked((int)hash);
    }
}
