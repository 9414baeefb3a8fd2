using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>Ordinary least squares by QR decomposition (no normal equations, so no squared condition number).</summary>
internal static class LeastSquares
{
    /// <summary>Relative size of a diagonal element of R below which a column counts as collinear with the others.</summary>
    private const double RankTolerance = 1e-10;

    /// <summary>
    /// Fits y = X b. Classical SE: sqrt(s^2 [(X'X)^-1]_jj) with s^2 = SSR / (n - k).
    /// HC1: sqrt([(X'X)^-1 X' diag(e^2) X (X'X)^-1]_jj * n / (n - k)).
    /// Throws <see cref="ArgumentException"/> when n &lt;= k or the columns are linearly dependent.
    /// </summary>
    /// <param name="design">n rows by k columns.</param>
    /// <param name="response">n values.</param>
    /// <param name="columnNames">Names used in the error message when a column is collinear.</param>
    public static LeastSquaresFit Fit(double[,] design, double[] response, IReadOnlyList<string> columnNames)
    {
        int n = design.GetLength(0), k = design.GetLength(1);
        if (response.Length != n) throw new ArgumentException("The response and the design matrix have different numbers of rows.");
        if (n <= k) throw new ArgumentException($"Need more observations ({n}) than parameters ({k}) to fit demand.");

        var x = Matrix<double>.Build.DenseOfArray(design);
        var y = Vector<double>.Build.DenseOfArray(response);
        var qr = Decompose(x, columnNames);
        var r = qr.R;
        var beta = qr.Solve(y);
        var residuals = y - x * beta;
        double ssr = residuals.DotProduct(residuals);
        double mean = y.Average();
        double sst = 0;
        for (int i = 0; i < n; i++) sst += (response[i] - mean) * (response[i] - mean);
        double sigma2 = ssr / (n - k);

        var rInverse = r.Inverse();
        var xtxInverse = rInverse * rInverse.Transpose();
        var meat = Matrix<double>.Build.Dense(k, k);
        var row = new double[k];
        for (int i = 0; i < n; i++)
        {
            double e2 = residuals[i] * residuals[i];
            for (int a = 0; a < k; a++) row[a] = design[i, a];
            for (int a = 0; a < k; a++)
            {
                double ra = row[a] * e2;
                for (int b = a; b < k; b++) meat[a, b] += ra * row[b];
            }
        }
        for (int a = 0; a < k; a++)
            for (int b = 0; b < a; b++) meat[a, b] = meat[b, a];
        var sandwich = xtxInverse * meat * xtxInverse;
        double hc1 = (double)n / (n - k);

        var se = new double[k];
        var robust = new double[k];
        for (int j = 0; j < k; j++)
        {
            se[j] = Math.Sqrt(sigma2 * xtxInverse[j, j]);
            robust[j] = Math.Sqrt(Math.Max(0, sandwich[j, j] * hc1));
        }
        double rSquared = sst > 0 ? 1 - ssr / sst : 0;
        return new LeastSquaresFit(beta.ToArray(), se, robust, residuals.ToArray(), rSquared, sigma2, n, k);
    }

    /// <summary>Coefficients only (no standard errors), for inner loops such as IRLS steps.</summary>
    public static double[] Solve(double[,] design, double[] response, IReadOnlyList<string> columnNames)
    {
        if (design.GetLength(0) <= design.GetLength(1)) throw new ArgumentException("Need more observations than parameters to fit demand.");
        var qr = Decompose(Matrix<double>.Build.DenseOfArray(design), columnNames);
        return qr.Solve(Vector<double>.Build.DenseOfArray(response)).ToArray();
    }

    private static QR<double> Decompose(Matrix<double> x, IReadOnlyList<string> columnNames)
    {
        var qr = x.QR(QRMethod.Thin);
        var r = qr.R;
        int k = x.ColumnCount;
        double maxDiagonal = 0;
        for (int j = 0; j < k; j++) maxDiagonal = Math.Max(maxDiagonal, Math.Abs(r[j, j]));
        for (int j = 0; j < k; j++)
        {
            if (Math.Abs(r[j, j]) <= RankTolerance * maxDiagonal)
                throw new ArgumentException($"The '{columnNames[j]}' column is collinear with the others (e.g. the price never changes); demand cannot be fitted.");
        }
        return qr;
    }
}
