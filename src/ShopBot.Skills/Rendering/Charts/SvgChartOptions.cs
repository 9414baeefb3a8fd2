namespace ShopBot.Skills.Rendering.Charts;

/// <summary>Size, margins and colours of the SVG charts.</summary>
public sealed class SvgChartOptions
{
    /// <summary>Width in pixels. Default 640.</summary>
    public int Width { get; init; } = 640;

    /// <summary>Height in pixels. Default 360.</summary>
    public int Height { get; init; } = 360;

    /// <summary>Left margin (room for y labels). Default 60.</summary>
    public int MarginLeft { get; init; } = 60;

    /// <summary>Right margin. Default 20.</summary>
    public int MarginRight { get; init; } = 20;

    /// <summary>Top margin (room for the title). Default 36.</summary>
    public int MarginTop { get; init; } = 36;

    /// <summary>Bottom margin (room for x labels). Default 40.</summary>
    public int MarginBottom { get; init; } = 40;

    /// <summary>History / first series colour. Default #1f77b4.</summary>
    public string PrimaryColor { get; init; } = "#1f77b4";

    /// <summary>Forecast / second series colour. Default #d62728.</summary>
    public string SecondaryColor { get; init; } = "#d62728";

    /// <summary>Throws <see cref="ArgumentException"/> when the plot area would be empty or a colour is not #rrggbb.</summary>
    public void Validate()
    {
        if (Width - MarginLeft - MarginRight < 20 || Height - MarginTop - MarginBottom < 20)
            throw new ArgumentException("The chart is too small for its margins.");
        foreach (var c in new[] { PrimaryColor, SecondaryColor })
            if (c.Length != 7 || c[0] != '#' || !c[1..].All(Uri.IsHexDigit)) throw new ArgumentException($"Colour '{c}' is not #rrggbb.");
    }
}
