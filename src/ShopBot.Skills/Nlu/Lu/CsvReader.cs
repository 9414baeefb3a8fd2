using System.Text;

namespace ShopBot.Skills.Nlu.Lu;

/// <summary>An RFC 4180 CSV reader: quoted fields, doubled quotes, separators and newlines inside quotes.</summary>
public static class CsvReader
{
    /// <summary>Parses CSV text into records of fields; errors name the source and line.</summary>
    public static IReadOnlyList<string[]> Parse(string content, string source = "csv")
    {
        ArgumentNullException.ThrowIfNull(content);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, fieldStarted = false;
        int line = 1, recordLine = 1;
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < content.Length && content[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !fieldStarted:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }
        if (quoted) throw new FormatException($"{source}:{recordLine}: a quoted field is not closed.");
        EndRecord();
        return records;

        void EndRecord()
        {
            if (fields.Count == 0 && field.Length == 0 && !fieldStarted) return;
            fields.Add(field.ToString());
            records.Add([.. fields]);
            fields.Clear();
            field.Clear();
            fieldStarted = false;
        }
    }
}
