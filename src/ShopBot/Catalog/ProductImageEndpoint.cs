using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using ShopBot.Skills.Data.Shop;

namespace ShopBot.Catalog;

/// <summary>
/// <c>GET /images/products/{sku}.{ext}</c>: the picture on product cards. A real file under
/// <c>wwwroot/images/products</c> is served by the static files; without one, a generated SVG card with the product's
/// name and category stands in (the demo shop has no photos). 404 for an unknown product.
/// </summary>
public static class ProductImageEndpoint
{
    public static IEndpointRouteBuilder MapShopBotProductImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/images/products/{file}", async (string file, IProductStore products, CancellationToken ct) =>
        {
            var sku = Path.GetFileNameWithoutExtension(file).ToUpperInvariant();
            if (sku.Length is 0 or > 40) return Results.NotFound();
            var product = await products.GetBySkuAsync(sku, ct).ConfigureAwait(false);
            return product is null
                ? Results.NotFound()
                : Results.Text(Placeholder(product.Name, product.Category), "image/svg+xml", Encoding.UTF8);
        });
        return app;
    }

    /// <summary>A 320x200 card: a colour taken from the category, the product's name and its category, all XML-escaped.</summary>
    internal static string Placeholder(string name, string category)
    {
        var hue = BitConverter.ToUInt16(SHA256.HashData(Encoding.UTF8.GetBytes(category)), 0) % 360;
        var f = CultureInfo.InvariantCulture;
        var title = SecurityElement.Escape(name.Length > 28 ? name[..27] + "…" : name);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200" role="img" aria-label="{SecurityElement.Escape(name)}">
              <rect width="320" height="200" fill="hsl({hue.ToString(f)}, 45%, 88%)"/>
              <circle cx="160" cy="80" r="42" fill="hsl({hue.ToString(f)}, 45%, 62%)"/>
              <text x="160" y="150" text-anchor="middle" font-family="Segoe UI, sans-serif" font-size="18" fill="#201f1e">{title}</text>
              <text x="160" y="175" text-anchor="middle" font-family="Segoe UI, sans-serif" font-size="13" fill="#605e5c">{SecurityElement.Escape(category)}</text>
            </svg>
            """;
    }
}
