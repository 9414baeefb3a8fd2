namespace ShopBot.Skills.Rendering;

/// <summary>Turns a template name and data into the text a user sees. Reply sentences live in dialogs/responses/*.lg, never in code.</summary>
public interface IResponseRenderer
{
    /// <summary>True when a template of that name exists.</summary>
    bool Has(string templateName);

    /// <summary>Renders one variant of <paramref name="templateName"/>, substituting <c>${name}</c> and <c>${a.b}</c> from <paramref name="data"/>.</summary>
    string Render(string templateName, object? data = null);
}
