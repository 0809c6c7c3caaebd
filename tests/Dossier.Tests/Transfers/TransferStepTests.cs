using Dossier.Claims;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Tests.Events;
using Dossier.Transfers;

namespace Dossier.Tests.Transfers;

public sealed class TransferStepTests
{
    private static readonly (string, string, EntityType) Prk = ("Corée du Nord", "PRK", EntityType.GPE);
    private static readonly (string, string, EntityType) Rus = ("Russie", "RUS", EntityType.GPE);
    private static readonly (string, string, EntityType) Moscou = ("Moscou", "RUS", EntityType.GPE);
    private static readonly (string, string, EntityType) Pyongyang = ("Pyongyang", "PRK", EntityType.GPE);
    private static readonly (string, string, EntityType) Obus = ("obus", "local:artillery-shell", EntityType.WEAPON);
    private static readonly (string, string, EntityType) Armes = ("armes", "local:weapon", EntityType.WEAPON);
    private static readonly (string, string, EntityType) Munitions = ("munitions", "local:ammunition", EntityType.WEAPON);

    private static readonly TransferStep Step = new(new Parties(_ => null));

    private static IReadOnlyList<Transfer> Transfers(string text, params (string, string, EntityType)[] names)
    {
        var article = TestArticles.With(text, names);
        Step.Process(article);
        return article.Get<TransferLayer>().Transfers;
    }

    [Fact]
    public void A_supply_sentence_gives_supplier_recipient_and_items()
    {
        var found = Assert.Single(Transfers("La Corée du Nord a livré des obus et des munitions à la Russie.", Prk, Rus, Obus, Munitions));

        Assert.Equal(("PRK", "RUS"), (found.Supplier?.Value, found.Recipient?.Value));
        Assert.Equal(["obus", "munitions"], found.Items);
    }

    [Fact]
    public void A_supply_verb_without_goods_gives_no_transfer()
    {
        Assert.Empty(Transfers("La Corée du Nord a livré un message à la Russie.", Prk, Rus));
    }

    [Fact]
    public void Goods_that_are_not_weapons_come_from_the_goods_list()
    {
        var found = Assert.Single(Transfers("Moscou enverrait de la nourriture et de la technologie à Pyongyang.", Moscou, Pyongyang));

        Assert.Equal(["food", "advanced technology"], found.Items);
    }

    [Fact]
    public void What_is_given_in_exchange_is_a_transfer_back()
    {
        var found = Transfers("Moscou fournirait de la nourriture à Pyongyang en échange de munitions provenant de Pyongyang.", Moscou, Pyongyang, Munitions);

        Assert.Equal(2, found.Count);
        Assert.Contains(found, t => t.Supplier?.Value == "RUS" && t.Recipient?.Value == "PRK" && t.Items.Contains("food"));
        Assert.Contains(found, t => t.Supplier?.Value == "PRK" && t.Recipient?.Value == "RUS" && t.Items.Contains("munitions"));
    }

    [Fact]
    public void A_party_that_seeks_goods_is_the_recipient_and_the_status_is_sought()
    {
        var found = Transfers("La Russie se tourne vers la Corée du Nord pour obtenir des munitions.", Rus, Prk, Munitions);

        var transfer = Assert.Single(found);
        Assert.Equal(("PRK", "RUS", ClaimStatus.Sought), (transfer.Supplier?.Value, transfer.Recipient?.Value, transfer.Status));
    }

    [Fact]
    public void Mentions_of_the_same_shipment_merge_and_keep_every_evidence_span()
    {
        var found = Transfers("La Corée du Nord a livré des obus à la Russie. Selon Séoul, les livraisons d'obus de Pyongyang à Moscou continuent.", Prk, Rus, Moscou, Pyongyang, Obus);

        var transfer = Assert.Single(found);
        Assert.Equal(2, transfer.Evidence.Count);
    }

    [Fact]
    public void A_missing_supplier_is_the_usual_counterpart_in_the_article()
    {
        var found = Transfers("La Corée du Nord a livré des armes à la Russie. La Russie recherchait des obus supplémentaires.", Prk, Rus, Armes, Obus);

        Assert.Equal(2, found.Count);
        Assert.All(found, t => Assert.Equal(("PRK", "RUS"), (t.Supplier?.Value, t.Recipient?.Value)));
    }

    [Fact]
    public void A_following_sentence_without_parties_extends_the_route()
    {
        var places = new[] { ("Najin", "geonames:1", EntityType.GPE), ("Dunay", "geonames:2", EntityType.GPE), ("Tikhoretsk", "geonames:3", EntityType.GPE) };
        var found = Transfers(
            "La Corée du Nord a expédié des munitions à la Russie par bateau de Najin à Dunay. Elles ont ensuite été livrées par train près de Tikhoretsk.",
            [Prk, Rus, Munitions, .. places]);

        var transfer = Assert.Single(found);
        Assert.Equal(["geonames:1", "geonames:2", "geonames:3"], transfer.Route.Select(r => r.Value));
    }

    [Fact]
    public void A_passive_delivery_takes_the_giver_after_par()
    {
        var found = Transfers("Des obus ont été livrés par la Corée du Nord à la Russie.", Obus, Prk, Rus);

        var transfer = Assert.Single(found);
        Assert.Equal(("PRK", "RUS"), (transfer.Supplier?.Value, transfer.Recipient?.Value));
    }

    [Fact]
    public void A_seekers_request_for_aid_names_the_giver_and_keeps_the_list_after_a_dash()
    {
        var found = Transfers("Pyongyang recherche une assistance militaire de la Russie – notamment des munitions et des obus.", Pyongyang, Rus, Munitions, Obus);

        var transfer = Assert.Single(found);
        Assert.Equal(("RUS", "PRK", ClaimStatus.Sought), (transfer.Supplier?.Value, transfer.Recipient?.Value, transfer.Status));
        Assert.Equal(["munitions", "obus"], transfer.Items.Order());
    }
}
