using Dossier.Store.Facts;

namespace Dossier.Tests.Store;

public sealed class TimexDatesTests
{
    [Theory]
    [InlineData("2023-10", "2023-10-13", true)]
    [InlineData("2023-10-XX", "2023-10-13", true)]
    [InlineData("XXXX-WXX-5", "2023-10-13", true)]
    [InlineData(null, "2023-10-13", true)]
    [InlineData("2023-10-12", "2023-10-13", false)]
    [InlineData("2023-09", "2023-10-13", false)]
    public void Dates_are_compatible_when_one_can_be_the_other(string? a, string? b, bool compatible)
    {
        Assert.Equal(compatible, TimexDates.Compatible(a, b));
        Assert.Equal(compatible, TimexDates.Compatible(b, a));
    }

    [Fact]
    public void The_finer_date_is_the_one_known_further()
    {
        Assert.Equal("2023-10-13", TimexDates.Finer("2023-10-XX", "2023-10-13"));
        Assert.Equal("2023-10", TimexDates.Finer("2023-10", "XXXX-WXX-5"));
        Assert.Equal("month", TimexDates.Precision("2023-10-XX"));
    }
}
