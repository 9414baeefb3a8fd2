using System.Globalization;

namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>
/// Reads series from CSV in two layouts. Wide (M4): one series per row, an optional non-numeric id in the first
/// column, then values; empty or NA cells end the series; a header row of non-numeric names is skipped. Long: a header
/// naming a series column (series, id, unique_id, productId, product, sku, item), a period column (date, period, ds,
/// week, month with an optional year column) and a value column (value, y, units, sales, quantity); rows are grouped
/// by series and ordered by period. Gaps between periods are not filled: the rows present are taken as consecutive.
/// A file of two columns (period, value) with a header, like the classic Time Series Data Library files, is one series.
/// </summary>
public static class SeriesCsvReader
{
    private static readonly string[] SeriesColumns = ["series", "id", "unique_id", "productid", "product", "sku", "item"];
    private static readonly string[] PeriodColumns = ["date", "period", "ds", "week", "month"];
    private static readonly string[] ValueColumns = ["value", "y", "units", "sales", "quantity"];

    /// <summary>Reads <paramref name="path"/>, choosing the layout from its header.</summary>
    public static IReadOnlyList<TimeSeries> Read(string path)
    {
        if (!File.Exists(path)) throw new ArgumentException($"Series file '{path}' does not exist.", nameof(path));
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads CSV text, choosing the layout from its header.</summary>
    public static IReadOnlyList<TimeSeries> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = CsvLineParser.Records(reader).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0) throw new ArgumentException("The series file is empty.", nameof(reader));
        var header = records[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var isLong = header.Any(SeriesColumns.Contains) && header.Any(ValueColumns.Contains) && header.Any(PeriodColumns.Contains);
        if (isLong) return ReadLong(records, header);
        return header.Count == 2 && records.Count > 2 && records.All(r => r.Count == 2) ? ReadSingle(records) : ReadWide(records);
    }

    private static IReadOnlyList<TimeSeries> ReadWide(List<List<string>> records)
    {
        var result = new List<TimeSeries>();
        var start = records[0].All(cell => !TryNumber(cell, out _)) ? 1 : 0;
        for (var r = start; r < records.Count; r++)
        {
            var row = records[r];
            var hasId = !TryNumber(row[0], out _) && row[0].Trim().Length > 0;
            var id = hasId ? row[0].Trim() : (r - start + 1).ToString(CultureInfo.InvariantCulture);
            var values = new List<double>();
            for (var c = hasId ? 1 : 0; c < row.Count; c++)
            {
                var cell = row[c].Trim();
                if (cell.Length == 0 || cell.Equals("NA", StringComparison.OrdinalIgnoreCase)) break;
                if (!TryNumber(cell, out var v))
                    throw new ArgumentException($"Row {r + 1}, column {c + 1}: '{cell}' is not a number.");
                values.Add(v);
            }
            if (values.Count > 0) result.Add(new TimeSeries(id, [.. values]));
        }
        return result;
    }

    private static IReadOnlyList<TimeSeries> ReadSingle(List<List<string>> records)
    {
        var values = new double[records.Count - 1];
        var periods = new List<string>(values.Length);
        for (var r = 1; r < records.Count; r++)
        {
            if (!TryNumber(records[r][1], out values[r - 1]))
                throw new ArgumentException($"Row {r + 1}: value '{records[r][1]}' is not a number.");
            periods.Add(records[r][0].Trim());
        }
        return [new TimeSeries(records[0][1].Trim(), values, periods)];
    }

    private static IReadOnlyList<TimeSeries> ReadLong(List<List<string>> records, List<string> header)
    {
        var seriesColumn = header.FindIndex(h => SeriesColumns.Contains(h));
        var valueColumn = header.FindIndex(h => ValueColumns.Contains(h));
        var periodColumn = header.FindIndex(h => PeriodColumns.Contains(h));
        var yearColumn = header.IndexOf("year");
        var groups = new Dictionary<string, List<(string Period, string SortKey, double Value)>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var r = 1; r < records.Count; r++)
        {
            var row = records[r];
            var needed = Math.Max(Math.Max(seriesColumn, valueColumn), Math.Max(periodColumn, yearColumn));
            if (row.Count <= needed) throw new ArgumentException($"Row {r + 1} has {row.Count} fields, expected at least {needed + 1}.");
            if (!TryNumber(row[valueColumn], out var value))
                throw new ArgumentException($"Row {r + 1}: value '{row[valueColumn]}' is not a number.");
            var id = row[seriesColumn].Trim();
            var period = row[periodColumn].Trim();
            if (yearColumn >= 0 && header[periodColumn] == "month")
                period = $"{row[yearColumn].Trim()}-{int.Parse(period, CultureInfo.InvariantCulture):00}";
            if (!groups.TryGetValue(id, out var list)) { groups[id] = list = []; order.Add(id); }
            list.Add((period, SortKey(period), value));
        }
        return order.Select(id =>
        {
            var rows = groups[id].OrderBy(p => p.SortKey, StringComparer.Ordinal).ToList();
            return new TimeSeries(id, rows.Select(p => p.Value).ToArray(), rows.Select(p => p.Period).ToList());
        }).ToList();
    }

    /// <summary>Numbers sort numerically (zero-padded), anything else (ISO dates) as text.</summary>
    private static string SortKey(string period) =>
        double.TryParse(period, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n.ToString("000000000000.######", CultureInfo.InvariantCulture)
            : period;

    private static bool TryNumber(string cell, out double value) =>
        double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
