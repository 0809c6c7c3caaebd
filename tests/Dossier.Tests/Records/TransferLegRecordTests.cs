using System.Text.Json;
using Dossier.Records;
using Dossier.Tests.Store;

namespace Dossier.Tests.Records;

public sealed class TransferLegRecordTests
{
    [Fact]
    public void Each_leg_is_written_with_its_places_mode_and_evidence()
    {
        var record = StoreRecords.Extract(StoreRecords.RouteEn);

        using var json = JsonDocument.Parse(RecordSerializer.Serialize(record));
        var transfer = Assert.Single(json.RootElement.GetProperty("transfers").EnumerateArray());
        var route = transfer.GetProperty("route").EnumerateArray().Select(p => p.GetString()).ToList();
        var legs = transfer.GetProperty("legs").EnumerateArray().ToList();

        Assert.Equal(3, route.Count);
        Assert.Equal(["sea", "rail"], legs.Select(l => l.GetProperty("mode").GetString()));
        Assert.Equal(route[..2], legs.Select(l => l.GetProperty("from").GetString()));
        Assert.Equal(route[1..], legs.Select(l => l.GetProperty("to").GetString()));
        var evidence = legs[1].GetProperty("evidence");
        Assert.Equal("Dunay, then by rail to Tikhoretsk", record.Text[evidence.GetProperty("start").GetInt32()..evidence.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void A_record_written_before_legs_existed_reads_with_no_legs()
    {
        var record = StoreRecords.Extract(StoreRecords.RouteEn);
        var json = RecordSerializer.Serialize(record);
        var start = json.IndexOf(",\"legs\":", StringComparison.Ordinal);
        var older = json.Remove(start, json.IndexOf(",\"status\"", start, StringComparison.Ordinal) - start);

        var read = RecordSerializer.Deserialize(older)!;

        Assert.Null(read.Transfers[0].Legs);
        Assert.Equal(record.Transfers[0].Route, read.Transfers[0].Route);
    }
}
