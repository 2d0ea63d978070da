using System.Text;
using NkFunctions.Core.Reports.Output;

namespace NkFunctions.Core.Tests.Reports;

public sealed class CsvWriterTests
{
    [Fact]
    public void Writes_HeaderThenRows_WithCrlf_AndQuotesWhereRfc4180Needs()
    {
        var csv = new CsvWriter("value", "pageviews")
            .Text("plain").Number(3L).EndRow()
            .Text("has,comma").Number(2L).EndRow()
            .Text("say \"hi\"\nthere").Number(1.5).EndRow();

        Assert.Equal("value,pageviews\r\nplain,3\r\n\"has,comma\",2\r\n\"say \"\"hi\"\"\nthere\",1.5\r\n", Encoding.UTF8.GetString(csv.ToBytes()));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("safe=1", "safe=1")]
    public void Text_ThatASpreadsheetWouldRun_IsDefused(string value, string expected)
    {
        var csv = Encoding.UTF8.GetString(new CsvWriter("v").Text(value).EndRow().ToBytes());
        Assert.Equal("v\r\n" + expected + "\r\n", csv);
    }

    [Fact]
    public void Numbers_AreNeverPrefixed_EvenNegative() =>
        Assert.Equal("n\r\n-1\r\n", Encoding.UTF8.GetString(new CsvWriter("n").Number(-1L).EndRow().ToBytes()));
}
