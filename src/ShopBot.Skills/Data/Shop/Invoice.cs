namespace ShopBot.Skills.Data.Shop;

/// <summary>The invoice of an order.</summary>
/// <remarks><c>Number</c>: Invoice number like <c>INV-2026-100234</c>.</remarks>
/// <remarks><c>PdfReference</c>: Relative reference of the rendered PDF (e.g. <c>invoices/INV-2026-100234.pdf</c>).</remarks>
public sealed record Invoice(string Number, int OrderNumber, DateTimeOffset IssuedAt, long AmountCents, string PdfReference);
