using System.Text;

namespace ShopBot.Skills.Learning.Forecasting;

/// <summary>Minimal RFC 4180 reader: comma-separated records, double-quoted fields with "" escapes and embedded newlines.</summary>
internal static class CsvLineParser
{
    /// <summary>Reads every record from <paramref name="reader"/>.</summary>
    public static IEnumerable<List<string>> Records(TextReader reader)
    {
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        var anything = false;
        int read;
        while ((read = reader.Read()) != -1)
        {
            var ch = (char)read;
            anything = true;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = [];
                    anything = false;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (quoted) throw new FormatException("The CSV ends inside a quoted field.");
        if (anything)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
