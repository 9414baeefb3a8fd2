namespace ShopBot.Skills.Learning.PriceOptimization;

/// <summary>
/// The regression design for one or more products (groups) of a category. Columns, in order: one intercept per group
/// (product fixed effects), the price term (log price or price), a linear trend in years, day-of-week dummies (Sunday is
/// the base), yearly Fourier terms, and a promotion dummy (only when the data has days both with and without one).
/// </summary>
internal sealed class DemandDesign
{
    private DemandDesign(double[,] matrix, double[] response, string[] names, int priceColumn, double[][] baselines, int[] zeroDaysDropped, int[] rowsPerGroup)
    {
        Matrix = matrix;
        Response = response;
        Names = names;
        PriceColumn = priceColumn;
        Baselines = baselines;
        ZeroDaysDropped = zeroDaysDropped;
        RowsPerGroup = rowsPerGroup;
    }

    public double[,] Matrix { get; }

    public double[] Response { get; }

    public string[] Names { get; }

    public int PriceColumn { get; }

    /// <summary>Per group: the regressor values of "a typical non-promotion day at the end of the history" with the price term set to 0.</summary>
    public double[][] Baselines { get; }

    public int[] ZeroDaysDropped { get; }

    public int[] RowsPerGroup { get; }

    /// <param name="groups">Histories, one per product.</param>
    /// <param name="logPrice">Regress on log(price) (constant elasticity) rather than price.</param>
    /// <param name="logResponse">Use log(units) as the response and drop zero-sales days; otherwise raw units, zeros kept.</param>
    /// <param name="options">Controls to include.</param>
    public static DemandDesign Create(IReadOnlyList<IReadOnlyList<DemandObservation>> groups, bool logPrice, bool logResponse, DemandModelOptions options)
    {
        var start = DateOnly.MaxValue;
        var end = DateOnly.MinValue;
        bool anyPromotion = false, anyRegular = false;
        foreach (var group in groups)
        {
            foreach (var o in group)
            {
                if (o.Date < start) start = o.Date;
                if (o.Date > end) end = o.Date;
                anyPromotion |= o.OnPromotion;
                anyRegular |= !o.OnPromotion;
            }
        }
        int spanDays = end.DayNumber - start.DayNumber + 1;
        int fourier = spanDays >= options.MinimumDaysForSeasonality ? options.FourierTerms : 0;

        var names = new List<string>();
        for (int g = 0; g < groups.Count; g++) names.Add(groups.Count == 1 ? "intercept" : $"product {g}");
        int priceColumn = names.Count;
        names.Add(logPrice ? "log price" : "price");
        int trendColumn = options.IncludeTrend ? names.Count : -1;
        if (options.IncludeTrend) names.Add("trend");
        int dowColumn = options.IncludeDayOfWeek ? names.Count : -1;
        if (options.IncludeDayOfWeek)
            for (int d = 1; d <= 6; d++) names.Add(((DayOfWeek)d).ToString());
        int fourierColumn = names.Count;
        for (int k = 1; k <= fourier; k++)
        {
            names.Add($"sin{k}");
            names.Add($"cos{k}");
        }
        bool promotion = anyPromotion && anyRegular;
        int promotionColumn = promotion ? names.Count : -1;
        if (promotion) names.Add("promotion");

        int columns = names.Count;
        var zeroDropped = new int[groups.Count];
        var rowsPerGroup = new int[groups.Count];
        int rows = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            foreach (var o in groups[g])
            {
                if (logResponse && o.Units <= 0) zeroDropped[g]++;
                else rowsPerGroup[g]++;
            }
            rows += rowsPerGroup[g];
        }

        var matrix = new double[rows, columns];
        var response = new double[rows];
        var baselines = new double[groups.Count][];
        int row = 0;
        for (int g = 0; g < groups.Count; g++)
        {
            var baseline = new double[columns];
            baseline[g] = 1;
            int groupRows = 0;
            DateOnly last = DateOnly.MinValue;
            foreach (var o in groups[g])
            {
                if (logResponse && o.Units <= 0) continue;
                matrix[row, g] = 1;
                matrix[row, priceColumn] = logPrice ? Math.Log(o.Price) : o.Price;
                if (trendColumn >= 0) matrix[row, trendColumn] = (o.Date.DayNumber - start.DayNumber) / 365.25;
                if (dowColumn >= 0 && o.Date.DayOfWeek != DayOfWeek.Sunday) matrix[row, dowColumn + (int)o.Date.DayOfWeek - 1] = 1;
                double angle = 2 * Math.PI * o.Date.DayOfYear / 365.25;
                for (int k = 1; k <= fourier; k++)
                {
                    matrix[row, fourierColumn + 2 * (k - 1)] = Math.Sin(k * angle);
                    matrix[row, fourierColumn + 2 * (k - 1) + 1] = Math.Cos(k * angle);
                }
                if (promotionColumn >= 0 && o.OnPromotion) matrix[row, promotionColumn] = 1;
                response[row] = logResponse ? Math.Log(o.Units) : o.Units;

                for (int c = dowColumn >= 0 ? dowColumn : fourierColumn; c < fourierColumn + 2 * fourier; c++) baseline[c] += matrix[row, c];
                if (o.Date > last) last = o.Date;
                groupRows++;
                row++;
            }
            if (groupRows > 0)
            {
                for (int c = dowColumn >= 0 ? dowColumn : fourierColumn; c < fourierColumn + 2 * fourier; c++) baseline[c] /= groupRows;
            }
            if (trendColumn >= 0) baseline[trendColumn] = (last.DayNumber - start.DayNumber) / 365.25;
            baselines[g] = baseline;
        }
        return new DemandDesign(matrix, response, names.ToArray(), priceColumn, baselines, zeroDropped, rowsPerGroup);
    }
}
