namespace ShopBot.Skills.Data.Demo;

/// <summary>What a seeding run did.</summary>
/// <remarks><c>Seeded</c> is false when the shop already had data and nothing was written.</remarks>
public sealed record DemoSeedResult(bool Seeded, int Products, int Customers, int Orders, int DailySales, int Interactions, TimeSpan Elapsed);
