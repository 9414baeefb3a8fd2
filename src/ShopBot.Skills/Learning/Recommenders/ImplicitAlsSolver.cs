namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// One least-squares step of weighted ALS (Hu, Koren and Volinsky 2008) for a single row:
/// x = (Y^T Y + Y^T (C - I) Y + lambda I)^-1 Y^T C p, where only the row's observed items differ from the
/// precomputed Y^T Y (the "Y^T Y trick"; cells with r = 0 have p = 0 and c = 1, so they change nothing), so the cost is O(n_u k^2 + k^3) instead of O(n k^2).
/// </summary>
internal static class ImplicitAlsSolver
{
    /// <summary>Overwrites <paramref name="x"/>; <paramref name="a"/> (k*k) is a scratch buffer.</summary>
    public static void SolveRow(
        ReadOnlySpan<double> yty, ReadOnlySpan<double> y, int k, ReadOnlySpan<int> observed, ReadOnlySpan<double> strength,
        double alpha, double lambda, Span<double> a, Span<double> x)
    {
        yty.CopyTo(a);
        for (var f = 0; f < k; f++) a[f * k + f] += lambda;
        x.Clear();
        for (var o = 0; o < observed.Length; o++)
        {
            if (strength[o] <= 0) continue; // r = 0: preference 0 with confidence 1, already inside Y^T Y
            var yi = y.Slice(observed[o] * k, k);
            var confidence = 1 + alpha * strength[o];
            var extra = confidence - 1;
            for (var f = 0; f < k; f++)
            {
                x[f] += confidence * yi[f]; // preference p = 1 for every observed cell
                var row = a.Slice(f * k, k);
                var s = extra * yi[f];
                for (var g = 0; g <= f; g++) row[g] += s * yi[g];
            }
        }
        for (var f = 0; f < k; f++)
            for (var g = f + 1; g < k; g++) a[f * k + g] = a[g * k + f];
        if (!Cholesky.Decompose(a, k)) throw new InvalidOperationException("ALS normal equations are not positive definite");
        Cholesky.Solve(a, k, x);
    }

    /// <summary>Y^T Y (k x k, row-major) of the row-major factor matrix <paramref name="y"/>.</summary>
    public static void Gram(ReadOnlySpan<double> y, int k, Span<double> result)
    {
        result.Clear();
        var rows = y.Length / k;
        for (var i = 0; i < rows; i++)
        {
            var yi = y.Slice(i * k, k);
            for (var f = 0; f < k; f++)
            {
                var s = yi[f];
                var row = result.Slice(f * k, k);
                for (var g = 0; g <= f; g++) row[g] += s * yi[g];
            }
        }
        for (var f = 0; f < k; f++)
            for (var g = f + 1; g < k; g++) result[f * k + g] = result[g * k + f];
    }
}
