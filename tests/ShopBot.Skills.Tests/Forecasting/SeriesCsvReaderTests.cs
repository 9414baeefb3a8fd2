using ShopBot.Skills.Learning.Forecasting;

namespace ShopBot.Skills.Tests.Forecasting;

public class SeriesCsvReaderTests
{
    [Fact]
    public void Read_WideM4LayoutWithIdsHeaderAndRaggedRows()
    {
        const string csv = "\"V1\",\"V2\",\"V3\",\"V4\"\n\"W1\",\"1.5\",\"2\",\"3\"\n\"W2\",\"4\",\"\",\"\"\n";
        var series = SeriesCsvReader.Read(new StringReader(csv));
        Assert.Equal(2, series.Count);
        Assert.Equal("W1", series[0].Id);
        Assert.Equal([1.5, 2, 3], series[0].Values);
        Assert.Equal([4.0], series[1].Values);
    }

    [Fact]
    public void Read_LongLayoutGroupsAndOrdersByPeriod()
    {
        const string csv = "next,productId,year,month,units\n0,7,2016,2,5\n0,7,2015,12,3\n0,8,2015,1,9\n0,7,2016,1,4\n";
        var series = SeriesCsvReader.Read(new StringReader(csv));
        Assert.Equal(["7", "8"], series.Select(s => s.Id));
        Assert.Equal([3.0, 4, 5], series[0].Values);
        Assert.Equal(["2015-12", "2016-01", "2016-02"], series[0].Periods!);
    }

    [Fact]
    public void Read_LongLayoutWithDates()
    {
        const string csv = "series,date,value\nb,2024-01-08,2\na,2024-01-01,1\nb,2024-01-01,\"1,000\"\n";
        Assert.Throws<ArgumentException>(() => SeriesCsvReader.Read(new StringReader(csv)));
        var ok = SeriesCsvReader.Read(new StringReader("series,date,value\nb,2024-01-08,2\nb,2024-01-01,1\n"));
        Assert.Equal([1.0, 2], ok[0].Values);
    }

    [Fact]
    public void Read_IdPeriodValueLayoutWithQuotedFields()
    {
        const string csv = "id,period,value\n\"a, \"\"north\"\"\",10,3.5\n\"a, \"\"north\"\"\",2,1.5\nb,1,7\n";
        var series = SeriesCsvReader.Read(new StringReader(csv));
        Assert.Equal("a, \"north\"", series[0].Id);
        Assert.Equal([1.5, 3.5], series[0].Values); // numeric periods sort as numbers (2 before 10)
        Assert.Equal([7.0], series[1].Values);
    }

    [Fact]
    public void Read_TwoColumnFileIsOneSeries()
    {
        var series = SeriesCsvReader.Read(new StringReader("\"Month\",\"Sales\"\n\"1-01\",266.0\n\"1-02\",145.9\n\"1-03\",183.1\n"));
        Assert.Single(series);
        Assert.Equal("Sales", series[0].Id);
        Assert.Equal([266.0, 145.9, 183.1], series[0].Values);
    }

    [Fact]
    public void Read_RejectsMissingFileAndEmptyText()
    {
        Assert.Throws<ArgumentException>(() => SeriesCsvReader.Read("/no/such/file.csv"));
        Assert.Throws<ArgumentException>(() => SeriesCsvReader.Read(new StringReader("")));
    }
}
