using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace ShopBot.Skills.Rendering;

/// <summary>
/// Renders LG templates. Expressions are <c>${path}</c> where path is a property or dictionary key chain of the data
/// (<c>${order.number}</c>), or <c>${TemplateName()}</c> to embed another template. A missing value is an error (it
/// would otherwise reach a user as an empty gap); the turn's error boundary reports it.
/// </summary>
public sealed class LgRenderer : IResponseRenderer
{
    private const int MaxDepth = 8;
    private readonly Dictionary<string, LgTemplate> _templates;
    private readonly IVariantPicker _picker;

    public LgRenderer(IEnumerable<LgTemplate> templates, IVariantPicker picker)
    {
        _picker = picker ?? throw new ArgumentNullException(nameof(picker));
        _templates = new Dictionary<string, LgTemplate>(StringComparer.Ordinal);
        foreach (var t in templates ?? throw new ArgumentNullException(nameof(templates)))
        {
            if (!_templates.TryAdd(t.Name, t))
            {
                var first = _templates[t.Name];
                throw new LgParseException($"{t.Source}:{t.Line}: template '{t.Name}' is already defined at {first.Source}:{first.Line}.");
            }
        }
    }

    /// <summary>Loads every <c>*.lg</c> file of a folder.</summary>
    public static LgRenderer FromDirectory(string directory, IVariantPicker picker)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"Response templates folder not found: {directory}");
        var templates = Directory.EnumerateFiles(directory, "*.lg", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => LgParser.Parse(File.ReadAllText(f), Path.GetRelativePath(directory, f)));
        return new LgRenderer(templates, picker);
    }

    public IReadOnlyCollection<string> Names => _templates.Keys;

    public bool Has(string templateName) => _templates.ContainsKey(templateName);

    public string Render(string templateName, object? data = null) => Render(templateName, data, 0);

    private string Render(string templateName, object? data, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException($"Template '{templateName}' nests deeper than {MaxDepth} levels (a template that includes itself?).");
        if (!_templates.TryGetValue(templateName, out var template)) throw new KeyNotFoundException($"No response template named '{templateName}'.");
        var variant = template.Variants.Count == 1 ? template.Variants[0] : template.Variants[_picker.Pick(template.Variants.Count)];
        return Expand(variant, data, template, depth);
    }

    private string Expand(string variant, object? data, LgTemplate template, int depth)
    {
        var output = new StringBuilder(variant.Length + 16);
        var i = 0;
        while (i < variant.Length)
        {
            var start = variant.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0)
            {
                output.Append(variant, i, variant.Length - i);
                break;
            }

            output.Append(variant, i, start - i);
            var end = variant.IndexOf('}', start + 2);
            if (end < 0) throw new LgParseException($"{template.Source}:{template.Line}: '${{' without a closing '}}' in template '{template.Name}'.");
            var expression = variant[(start + 2)..end].Trim();
            output.Append(Evaluate(expression, data, template, depth));
            i = end + 1;
        }

        return output.ToString();
    }

    private string Evaluate(string expression, object? data, LgTemplate template, int depth)
    {
        if (expression.EndsWith("()", StringComparison.Ordinal)) return Render(expression[..^2], data, depth + 1);
        object? current = data;
        foreach (var part in expression.Split('.'))
        {
            if (!TryGetMember(current, part, out current))
            {
                throw new KeyNotFoundException($"Template '{template.Name}' ({template.Source}:{template.Line}) needs '{expression}', which the data does not have.");
            }
        }

        return current switch
        {
            null => string.Empty,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => current.ToString() ?? string.Empty,
        };
    }

    private static bool TryGetMember(object? target, string name, out object? value)
    {
        value = null;
        switch (target)
        {
            case null:
                return false;
            case IDictionary<string, object?> d:
                return d.TryGetValue(name, out value);
            case IDictionary<string, string> s when s.TryGetValue(name, out var str):
                value = str;
                return true;
            case IDictionary legacy when legacy.Contains(name):
                value = legacy[name];
                return true;
        }

        var property = target.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null) return false;
        value = property.GetValue(target);
        return true;
    }
}
