using System.Net;
using System.Xml.Linq;
using ShopBot.Tests.Support;

namespace ShopBot.Tests.Catalog;

public sealed class ProductImageEndpointTests(RealNluShopBotFactory host) : IClassFixture<RealNluShopBotFactory>
{
    [Fact]
    public async Task AProductsImage_IsAValidSvgCardWithItsName()
    {
        using var response = await host.CreateClient().GetAsync("/images/products/clo-0001.jpg");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "text"), t => t.Value == "Blue Hoodie");
    }

    [Fact]
    public async Task AnUnknownProduct_Is404()
    {
        using var response = await host.CreateClient().GetAsync("/images/products/zzz-9999.jpg");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void Names_AreEscaped()
    {
        var svg = XDocument.Parse(ShopBot.Catalog.ProductImageEndpoint.Placeholder("<script>alert(1)</script> & co", "Toys"));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
    }
}
