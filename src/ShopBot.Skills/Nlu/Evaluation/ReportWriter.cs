using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ShopBot.Skills.Nlu.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as JSON (snake_case keys) or as a self-contained HTML page.</summary>
public static class ReportWriter
{
    /// <summary>JSON with keys accuracy, macro_f1, oos_recall, in_scope_accuracy, per_intent, confused_pairs, misclassified.</summary>
    public static string ToJson(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var doc = new Dictionary<string, object?>
        {
            ["count"] = report.Count,
            ["accuracy"] = report.Accuracy,
            ["macro_f1"] = report.MacroF1,
            ["oos_recall"] = double.IsNaN(report.OosRecall) ? null : report.OosRecall,
            ["in_scope_accuracy"] = double.IsNaN(report.InScopeAccuracy) ? null : report.InScopeAccuracy,
            ["per_intent"] = report.PerIntent.ToDictionary(m => m.Intent, m => new { precision = m.Precision, recall = m.Recall, f1 = m.F1, support = m.Support }),
            ["confused_pairs"] = report.ConfusedPairs.Select(p => new { expected = p.Expected, predicted = p.Predicted, count = p.Count }),
            ["misclassified"] = report.Misclassified.Select(m => new { text = m.Text, expected = m.Expected, predicted = m.Predicted, confidence = m.Confidence }),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>A standalone HTML page (inline CSS, no scripts); every text is HTML-encoded.</summary>
    public static string ToHtml(EvaluationReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        static string E(string s) => WebUtility.HtmlEncode(s);
        static string P(double v) => double.IsNaN(v) ? "n/a" : (v * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>");
        sb.Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}th{background:#f3f3f3}.low{color:#b00}</style></head><body>");
        sb.Append("<h1>").Append(E(title)).Append("</h1>");
        sb.Append("<table><tr><th>examples</th><th>accuracy</th><th>macro F1</th><th>oos recall</th><th>in-scope accuracy</th></tr><tr>")
          .Append("<td>").Append(report.Count).Append("</td><td>").Append(P(report.Accuracy)).Append("</td><td>").Append(P(report.MacroF1))
          .Append("</td><td>").Append(P(report.OosRecall)).Append("</td><td>").Append(P(report.InScopeAccuracy)).Append("</td></tr></table>");
        sb.Append("<h2>Per intent</h2><table><tr><th>intent</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>");
        foreach (var m in report.PerIntent)
            sb.Append("<tr").Append(m.F1 < 0.8 ? " class=\"low\"" : "").Append("><td>").Append(E(m.Intent)).Append("</td><td>").Append(P(m.Precision))
              .Append("</td><td>").Append(P(m.Recall)).Append("</td><td>").Append(P(m.F1)).Append("</td><td>").Append(m.Support).Append("</td></tr>");
        sb.Append("</table><h2>Most confused pairs</h2><table><tr><th>expected</th><th>predicted</th><th>count</th></tr>");
        foreach (var p in report.ConfusedPairs)
            sb.Append("<tr><td>").Append(E(p.Expected)).Append("</td><td>").Append(E(p.Predicted)).Append("</td><td>").Append(p.Count).Append("</td></tr>");
        sb.Append("</table><h2>Misclassified examples</h2><table><tr><th>text</th><th>expected</th><th>predicted</th><th>confidence</th></tr>");
        foreach (var m in report.Misclassified)
            sb.Append("<tr><td>").Append(E(m.Text)).Append("</td><td>").Append(E(m.Expected)).Append("</td><td>").Append(E(m.Predicted))
              .Append("</td><td>").Append(m.Confidence.ToString("F2", CultureInfo.InvariantCulture)).Append("</td></tr>");
        sb.Append("</table></body></html>");
        return sb.ToString();
    }
}
