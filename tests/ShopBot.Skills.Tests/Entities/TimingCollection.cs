namespace ShopBot.Skills.Tests.Entities;

/// <summary>
/// Tests that time the recognizers run in this collection, alone (not in parallel with other test classes), so
/// that the ratio between two timings measures the code and not the load of the other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Entity timing";
}
