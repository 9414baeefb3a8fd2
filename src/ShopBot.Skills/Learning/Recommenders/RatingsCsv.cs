using System.Globalization;
using System.Text;

namespace ShopBot.Skills.Learning.Recommenders;

/// <summary>
/// Reads <c>user,item,rating[,timestamp]</c> CSV text (RFC 4180 quoting; a first line whose rating field is not a
/// number is taken as a header). The separator is a comma, or a tab or semicolon when the first line has one of
/// those and no comma (MovieLens-100k's u.data is tab-separated). Extra columns are ignored.
/// </summary>
public static class RatingsCsv
{
    /// <summary>Parses every record.</summary>
    /// <exception cref="FormatException">A record has fewer than 3 fields, an empty id, or an unparsable number (message names the line).</exception>
    public static List<Interaction> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        var firstLine = text.AsSpan(0, text.IndexOf('\n') is var nl and >= 0 ? nl : text.Length);
        var separator = firstLine.Contains(',') ? ',' : firstLine.Contains('\t') ? '\t' : firstLine.Contains(';') ? ';' : ',';
        var result = new List<Interaction>();
        var line = 0;
        foreach (var fields in Records(new StringReader(text), separator))
        {
            line++;
            if (fields.Count == 1 && fields[0].Length == 0) continue; // blank line
            if (fields.Count < 3) throw new FormatException($"line {line}: expected user,item,rating[,timestamp] but found {fields.Count} field(s)");
            var ratingOk = double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var rating);
            if (line == 1 && !ratingOk) continue; // header
            if (!ratingOk || !double.IsFinite(rating)) throw new FormatException($"line {line}: rating '{fields[2]}' is not a number");
            if (fields[0].Length == 0 || fields[1].Length == 0) throw new FormatException($"line {line}: empty user or item id");
            long? timestamp = null;
            if (fields.Count > 3 && fields[3].Length > 0)
            {
                if (!long.TryParse(fields[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var t))
                {
                    if (!DateTimeOffset.TryParse(fields[3], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
                        throw new FormatException($"line {line}: timestamp '{fields[3]}' is neither an integer nor a date");
                    t = when.ToUnixTimeSeconds();
                }
                timestamp = t;
            }
            result.Add(new Interaction(fields[0], fields[1], rating, timestamp));
        }
        return result;
    }

    private static IEnumerable<List<string>> Records(TextReader reader, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch != '"') { field.Append(ch); continue; }
                if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                else inQuotes = false;
                continue;
            }
            if (ch == separator)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
                continue;
            }
            switch (ch)
            {
                case '"': inQuotes = true; break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString().Trim());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (inQuotes) throw new FormatException("unterminated quoted field at the end of the file");
        if (any)
        {
            fields.Add(field.ToString().Trim());
            yield return fields;
        }
    }
}
