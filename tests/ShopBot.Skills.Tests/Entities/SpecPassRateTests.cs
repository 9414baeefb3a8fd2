using ShopBot.Skills.Nlu.Entities.Specs;
using Xunit.Abstractions;

namespace ShopBot.Skills.Tests.Entities;

/// <summary>
/// Runs every case of each Recognizers-Text spec file and fails a file that falls below its floor. The floors are
/// issue 4's (DateTime 75%, Currency 90%, Phone 85%, the others 95%); the printed line shows the measured rate.
/// </summary>
public class SpecPassRateTests(ITestOutputHelper output)
{
    /// <summary>Issue 4's floor per spec file.</summary>
    public static readonly IReadOnlyDictionary<string, double> Targets = new Dictionary<string, double>
    {
        ["Number"] = 0.95, ["Ordinal"] = 0.95, ["Percent"] = 0.95, ["Email"] = 0.95,
        ["Currency"] = 0.90, ["PhoneNumber"] = 0.85, ["DateTime"] = 0.75,
    };

    public static TheoryData<string, double> Floors() => new()
    {
        { "Number", 0.95 }, { "Ordinal", 0.95 }, { "Percent", 0.95 }, { "Email", 0.95 },
        { "Currency", 0.90 }, { "PhoneNumber", 0.85 }, { "DateTime", 0.75 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void SpecFile_PassRate_IsAtLeastItsFloor(string name, double floor)
    {
        var folder = SpecFolder.Resolve();
        var rel = SpecRunner.KnownFiles.Single(f => f.Name == name).RelativePath;
        var path = Path.Combine(folder, rel);
        Assert.True(File.Exists(path), $"spec file missing: {path}");
        var result = SpecRunner.CreateDefault().RunFile(path, name);
        var line = $"{name}: {result.Passed}/{result.Cases} = {result.Rate:P1} (floor {floor:P0}, target {Targets[name]:P0})";
        output.WriteLine(line);
        Console.WriteLine(line);
        foreach (var f in result.Failures.Take(15)) output.WriteLine($"  FAIL {f.Input} :: {f.Reason}");
        // SHOPBOT_SPEC_FAILURES_DIR: write every failure of the file there, for working on the recognizers
        if (Environment.GetEnvironmentVariable("SHOPBOT_SPEC_FAILURES_DIR") is { Length: > 0 } dump)
            File.WriteAllLines(Path.Combine(dump, name + ".txt"), result.Failures.Select(f => $"{f.Input}\n   {f.Reason}\n   exp {f.Expected.ReplaceLineEndings(" ")}\n   got {f.Actual}"));
        Assert.True(result.Cases > 0, $"{name}: no runnable case");
        Assert.True(result.Rate >= floor, line);
    }
}
