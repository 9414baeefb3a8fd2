using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>Poisson pseudo-maximum likelihood with a log link, by iteratively reweighted least squares.</summary>
internal static class PoissonRegression
{
    private const int MaximumIterations = 100;
    private const double Tolerance = 1e-10;

    /// <summary>
    /// Fits E[y] = exp(X b). Each step solves the weighted least squares of the working response
    /// z = eta + (y - mu) / mu with weights mu. Standard errors: sqrt(phi [(X'WX)^-1]_jj) with the quasi-Poisson
    /// dispersion phi = sum((y - mu)^2 / mu) / (n - k); HC1: the sandwich (X'WX)^-1 X' diag((y - mu)^2) X (X'WX)^-1 * n / (n - k).
    /// RSquared is the deviance R^2, 1 - D(model) / D(intercept only). Residuals are y - mu.
    /// </summary>
    public static LeastSquaresFit Fit(double[,] design, double[] response, IReadOnlyList<string> columnNames)
    {
        int n = design.GetLength(0), k = design.GetLength(1);
        if (n <= k) throw new ArgumentException($"Need more observations ({n}) than parameters ({k}) to fit demand.");
        double mean = response.Average();
        if (!(mean > 0)) throw new ArgumentException("The history has no day with sales; a demand curve cannot be fitted.");

        var eta = new double[n];
        var mu = new double[n];
        for (int i = 0; i < n; i++)
        {
            mu[i] = (response[i] + mean) / 2;
            eta[i] = Math.Log(mu[i]);
        }
        var weighted = new double[n, k];
        var working = new double[n];
        double[] beta = new double[k];
        double previous = double.PositiveInfinity;
        for (int iteration = 0; iteration < MaximumIterations; iteration++)
        {
            for (int i = 0; i < n; i++)
            {
                double root = Math.Sqrt(mu[i]);
                for (int j = 0; j < k; j++) weighted[i, j] = design[i, j] * root;
                working[i] = (eta[i] + (response[i] - mu[i]) / mu[i]) * root;
            }
            beta = LeastSquares.Solve(weighted, working, columnNames);
            for (int i = 0; i < n; i++)
            {
                double linear = 0;
                for (int j = 0; j < k; j++) linear += design[i, j] * beta[j];
                eta[i] = linear;
                mu[i] = Math.Exp(Math.Clamp(linear, -700, 700));
            }
            double deviance = Deviance(response, mu);
            if (Math.Abs(previous - deviance) <= Tolerance * (Math.Abs(deviance) + 1)) break;
            previous = deviance;
        }

        for (int i = 0; i < n; i++)
        {
            double root = Math.Sqrt(mu[i]);
            for (int j = 0; j < k; j++) weighted[i, j] = design[i, j] * root;
        }
        var r = Matrix<double>.Build.DenseOfArray(weighted).QR(QRMethod.Thin).R;
        var rInverse = r.Inverse();
        var bread = rInverse * rInverse.Transpose();
        var meat = Matrix<double>.Build.Dense(k, k);
        double pearson = 0;
        var residuals = new double[n];
        for (int i = 0; i < n; i++)
        {
            residuals[i] = response[i] - mu[i];
            double e2 = residuals[i] * residuals[i];
            pearson += e2 / mu[i];
            for (int a = 0; a < k; a++)
            {
                double xa = design[i, a] * e2;
                for (int b = a; b < k; b++) meat[a, b] += xa * design[i, b];
            }
        }
        for (int a = 0; a < k; a++)
            for (int b = 0; b < a; b++) meat[a, b] = meat[b, a];
        var sandwich = bread * meat * bread;
        double dispersion = pearson / (n - k);
        var se = new double[k];
        var robust = new double[k];
        for (int j = 0; j < k; j++)
        {
            se[j] = Math.Sqrt(dispersion * bread[j, j]);
            robust[j] = Math.Sqrt(Math.Max(0, sandwich[j, j] * n / (n - k)));
        }
        var meanFit = new double[n];
        Array.Fill(meanFit, mean);
        double nullDeviance = Deviance(response, meanFit);
        double rSquared = nullDeviance > 0 ? 1 - Deviance(response, mu) / nullDeviance : 0;
        return new LeastSquaresFit(beta, se, robust, residuals, rSquared, dispersion, n, k);
    }

    /// <summary>Poisson deviance 2 * sum(y log(y / mu) - (y - mu)), with 0 log 0 = 0.</summary>
    private static double Deviance(double[] y, double[] mu)
    {
        double sum = 0;
        for (int i = 0; i < y.Length; i++) sum += (y[i] > 0 ? y[i] * Math.Log(y[i] / mu[i]) : 0) - (y[i] - mu[i]);
        return 2 * sum;
    }
}
