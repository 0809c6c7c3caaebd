using Dossier.Records;
using Dossier.Store;
using Dossier.Store.Queries;

namespace Dossier.Tests.Store;

/// <summary>The legs the read side gives a transfer, from a real SQLite store.</summary>
public sealed class SqliteTransferLegTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string DbPath => Path.Combine(folder.Path, "dossier.db");

    public void Dispose() => folder.Dispose();

    private RouteLeg[] Legs(ExtractionRecord record)
    {
        using (var store = ArticleStore.OpenSqlite(DbPath))
        {
            store.Add(record);
        }

        var row = Assert.Single(StoreQueries.OpenSqlite(DbPath).Transfers(new TransferFilter(), new PageRequest()).Items);
        return [.. row.Legs];
    }

    [Fact]
    public void The_legs_come_from_the_record_with_their_mode()
    {
        var record = StoreRecords.Extract(StoreRecords.RouteEn);

        Assert.Equal(["sea", "rail"], Legs(record).Select(l => l.Mode));
    }

    [Fact]
    public void A_record_stored_before_legs_existed_has_its_route_cut_into_legs_of_unknown_mode()
    {
        var record = StoreRecords.Extract(StoreRecords.RouteEn);
        var older = record with { Transfers = [.. record.Transfers.Select(t => t with { Legs = null })] };

        var legs = Legs(older);

        Assert.Equal(record.Transfers[0].Route.Skip(1), legs.Select(l => l.To));
        Assert.Equal(record.Transfers[0].Route[0], legs[0].From);
        Assert.All(legs, l => Assert.Null(l.Mode));
    }
}
