namespace ShopBot.Skills.Nlu.Entities.Specs;

/// <summary>Pass rate of one spec file: cases run (skipped ones excluded), cases passed, and passed/cases.</summary>
public sealed record SpecFileResult(string File, int Cases, int Passed, IReadOnlyList<SpecFailure> Failures)
{
    /// <summary>Passed divided by cases; 0 when the file has no runnable case.</summary>
    public double Rate => Cases == 0 ? 0 : (double)Passed / Cases;
}
