using System.Runtime.InteropServices;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>Bulk little-endian read/write of numeric arrays for model files.</summary>
internal static class BinaryArrays
{
    public static void Write(BinaryWriter writer, ReadOnlySpan<float> values) => writer.Write(MemoryMarshal.AsBytes(values));

    public static void Write(BinaryWriter writer, ReadOnlySpan<double> values) => writer.Write(MemoryMarshal.AsBytes(values));

    public static float[] ReadFloats(BinaryReader reader, int count)
    {
        var result = new float[count];
        ReadExactly(reader, MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    public static double[] ReadDoubles(BinaryReader reader, int count)
    {
        var result = new double[count];
        ReadExactly(reader, MemoryMarshal.AsBytes(result.AsSpan()));
        return result;
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            int n = reader.Read(bytes);
            if (n == 0) throw new InvalidDataException("The model file ends early.");
            bytes = bytes[n..];
        }
    }
}
