using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ShopBot.Skills.Nlu.Intents;

/// <summary>
/// A vectorised double-precision exp for softmax over class scores (arguments x − max ≤ 0). exp(x) = 2^k · e^r with
/// k = round(x / ln 2) and r = x − k ln 2 (ln 2 split in two parts, so r is exact to about 1e-17), |r| ≤ ln 2 / 2;
/// e^r by its Taylor series to degree 13 (truncation below 1e-17), and 2^k added to the exponent bits. Within one unit
/// in the last place of <see cref="Math.Exp(double)"/> (tested); arguments below −708 give 0 (Math.Exp gives less
/// than 3.4e-308 there), −∞ gives 0, NaN gives NaN; arguments above 709 are not supported. Eight lanes at a time with
/// AVX-512, else <see cref="Vector{T}.Count"/>: about three times faster than <see cref="Vector.Exp(Vector{double})"/>.
/// </summary>
internal static class FastExp
{
    private const double MinArgument = -708;
    private const double Log2E = 1.4426950408889634074;

    // ln 2 = Ln2Hi + Ln2Lo: Ln2Hi is the double nearest ln 2, Ln2Lo the remainder (ln 2 − Ln2Hi, from ln 2 to 36 digits).
    private const double Ln2Hi = 0.6931471805599453094, Ln2Lo = 2.319046813846299558e-17;

    // Adding 1.5 · 2^52 rounds a double of magnitude below 2^51 to an integer held in the low mantissa bits.
    private const double RoundingShift = 6755399441055744.0;

    // 1/n! for n = 13 down to 2 (the Taylor coefficients of e^r after 1 + r).
    private const double C13 = 1.0 / 6227020800, C12 = 1.0 / 479001600, C11 = 1.0 / 39916800, C10 = 1.0 / 3628800, C9 = 1.0 / 362880,
        C8 = 1.0 / 40320, C7 = 1.0 / 5040, C6 = 1.0 / 720, C5 = 1.0 / 120, C4 = 1.0 / 24, C3 = 1.0 / 6, C2 = 0.5;

    /// <summary>exp of every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Exp(Vector<double> x)
    {
        // Lanes below the range are masked to 0 at the end, so their garbage (even from −∞) never shows.
        var underflow = Vector.LessThan(x, new Vector<double>(MinArgument));
        var shifted = Vector.FusedMultiplyAdd(x, new Vector<double>(Log2E), new Vector<double>(RoundingShift));
        var k = shifted - new Vector<double>(RoundingShift);
        var r = Vector.FusedMultiplyAdd(-k, new Vector<double>(Ln2Hi), x);
        r = Vector.FusedMultiplyAdd(-k, new Vector<double>(Ln2Lo), r);
        var p = Vector.FusedMultiplyAdd(new Vector<double>(C13), r, new Vector<double>(C12));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C11));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C10));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C9));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C8));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C7));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C6));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C5));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C4));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C3));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(C2));
        p = Vector.FusedMultiplyAdd(p, r, Vector<double>.One);
        p = Vector.FusedMultiplyAdd(p, r, Vector<double>.One);
        // k sits in the low bits of shifted; moved into the exponent field it multiplies p by 2^k.
        var scaled = Vector.AsVectorDouble(Vector.AsVectorUInt64(p) + Vector.ShiftLeft(Vector.AsVectorUInt64(shifted), 52));
        return Vector.AndNot(scaled, Vector.AsVectorDouble(underflow));
    }

    /// <summary>The same computation eight lanes at a time (used when <see cref="Vector512.IsHardwareAccelerated"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        var underflow = Vector512.LessThan(x, Vector512.Create(MinArgument));
        var shifted = Vector512.FusedMultiplyAdd(x, Vector512.Create(Log2E), Vector512.Create(RoundingShift));
        var k = shifted - Vector512.Create(RoundingShift);
        var r = Vector512.FusedMultiplyAdd(-k, Vector512.Create(Ln2Hi), x);
        r = Vector512.FusedMultiplyAdd(-k, Vector512.Create(Ln2Lo), r);
        var p = Vector512.FusedMultiplyAdd(Vector512.Create(C13), r, Vector512.Create(C12));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C11));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C10));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C9));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C8));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C7));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C6));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C5));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C4));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C3));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512.Create(C2));
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);
        p = Vector512.FusedMultiplyAdd(p, r, Vector512<double>.One);
        var scaled = (p.AsUInt64() + Vector512.ShiftLeft(shifted.AsUInt64(), 52)).AsDouble();
        return Vector512.AndNot(scaled, underflow);
    }

    /// <summary>exp(x) for one value, by the vector routine (the same result as its lanes).</summary>
    public static double Exp(double x) => Exp(new Vector<double>(x))[0];

    /// <summary>Σ exp(x_i − shift).</summary>
    public static double SumExp(ReadOnlySpan<double> x, double shift) => ExpShifted(x, shift, default, store: false);

    /// <summary>output_i = exp(x_i − shift); returns their sum.</summary>
    public static double ExpShifted(ReadOnlySpan<double> x, double shift, Span<double> output)
    {
        if (output.Length < x.Length) throw new ArgumentException("The output is shorter than the input.", nameof(output));
        return ExpShifted(x, shift, output, store: true);
    }

    private static double ExpShifted(ReadOnlySpan<double> x, double shift, Span<double> output, bool store)
    {
        int n = x.Length, i = 0;
        double total = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var vs = Vector512.Create(shift);
            var sum = Vector512<double>.Zero;
            for (; i <= n - Vector512<double>.Count; i += Vector512<double>.Count)
            {
                var e = Exp(Vector512.Create(x.Slice(i, Vector512<double>.Count)) - vs);
                if (store) e.CopyTo(output[i..]);
                sum += e;
            }
            total = Vector512.Sum(sum);
        }
        int w = Vector<double>.Count;
        var vshift = new Vector<double>(shift);
        var rest = Vector<double>.Zero;
        for (; i <= n - w; i += w)
        {
            var e = Exp(new Vector<double>(x[i..]) - vshift);
            if (store) e.CopyTo(output[i..]);
            rest += e;
        }
        if (i < n)
        {
            // The last partial vector, padded with −∞ (whose exp is 0).
            Span<double> lanes = stackalloc double[w];
            lanes.Fill(double.NegativeInfinity);
            x[i..].CopyTo(lanes);
            var e = Exp(new Vector<double>(lanes) - vshift);
            rest += e;
            if (store)
            {
                e.CopyTo(lanes);
                lanes[..(n - i)].CopyTo(output[i..]);
            }
        }
        return total + Vector.Sum(rest);
    }
}
