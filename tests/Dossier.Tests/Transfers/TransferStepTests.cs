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

public sealed class TransferLegTests
{
    private static readonly (string, string, EntityType) Prk = ("Corée du Nord", "PRK", EntityType.GPE);
    private static readonly (string, string, EntityType) Rus = ("Russie", "RUS", EntityType.GPE);
    private static readonly (string, string, EntityType) NorthKorea = ("North Korea", "PRK", EntityType.GPE);
    private static readonly (string, string, EntityType) Russia = ("Russia", "RUS", EntityType.GPE);
    private static readonly (string, string, EntityType) Munitions = ("munitions", "local:ammunition", EntityType.WEAPON);
    private static readonly (string, string, EntityType) Shells = ("shells", "local:artillery-shell", EntityType.WEAPON);
    private static readonly (string, string, EntityType)[] Places =
        [("Najin", "geonames:1", EntityType.GPE), ("Dunay", "geonames:2", EntityType.GPE), ("Tikhoretsk", "geonames:3", EntityType.GPE)];

    private static readonly TransferStep Step = new(new Parties(_ => null));

    private static Transfer Single(string text, params (string, string, EntityType)[] names)
    {
        var article = TestArticles.With(text, [.. names, .. Places]);
        Step.Process(article);
        return Assert.Single(article.Get<TransferLayer>().Transfers);
    }

    private static List<(string?, string, TransportMode?)> Legs(Transfer transfer) =>
        [.. transfer.Legs.Select(l => (l.From?.Value, l.To.Value, l.Mode))];

    [Fact]
    public void Each_mode_belongs_to_the_leg_whose_destination_it_introduces()
    {
        var transfer = Single("North Korea shipped shells to Russia from Najin by sea to Dunay, then by train to Tikhoretsk.", NorthKorea, Russia, Shells);

        Assert.Equal([("geonames:1", "geonames:2", TransportMode.Sea), ("geonames:2", "geonames:3", TransportMode.Rail)], Legs(transfer));
        Assert.Equal(["geonames:1", "geonames:2", "geonames:3"], transfer.Route.Select(r => r.Value));
    }

    [Fact]
    public void A_mode_before_the_origin_waits_for_the_next_place()
    {
        var transfer = Single("La Corée du Nord a expédié des munitions à la Russie par bateau de Najin à Dunay.", Prk, Rus, Munitions);

        Assert.Equal([("geonames:1", "geonames:2", TransportMode.Sea)], Legs(transfer));
    }

    [Fact]
    public void A_leg_without_a_mode_phrase_has_no_mode()
    {
        var transfer = Single("North Korea delivered shells to Russia from Najin to Dunay.", NorthKorea, Russia, Shells);

        Assert.Equal([("geonames:1", "geonames:2", (TransportMode?)null)], Legs(transfer));
    }

    [Fact]
    public void A_first_place_that_is_a_destination_gets_a_leg_from_nowhere_named()
    {
        var transfer = Single("Les munitions de la Corée du Nord ont été livrées à la Russie en passant par voie ferrée jusqu'à Tikhoretsk.", Prk, Rus, Munitions);

        Assert.Equal([((string?)null, "geonames:3", TransportMode.Rail)], Legs(transfer));
    }

    [Fact]
    public void A_mode_right_after_the_last_place_is_its_legs()
    {
        var transfer = Single("La Corée du Nord a envoyé des munitions à la Russie depuis Dunay vers Tikhoretsk par camion.", Prk, Rus, Munitions);

        Assert.Equal([("geonames:2", "geonames:3", TransportMode.Road)], Legs(transfer));
    }

    [Fact]
    public void A_later_sentence_adds_its_leg_with_its_mode_to_the_merged_transfer()
    {
        var transfer = Single(
            "La Corée du Nord a livré des munitions à la Russie par navire depuis Najin jusqu'à Dunay. Ils ont ensuite été acheminés par train vers Tikhoretsk.",
            Prk, Rus, Munitions);

        Assert.Equal(
            [("geonames:1", "geonames:2", TransportMode.Sea), ("geonames:2", "geonames:3", TransportMode.Rail)],
            Legs(transfer));
        Assert.Equal(2, transfer.Evidence.Count);
    }

    [Fact]
    public void A_later_sentence_gives_its_mode_to_a_leg_already_known()
    {
        var transfer = Single(
            "North Korea delivered shells to Russia from Najin to Dunay. They were delivered by sea to Dunay.",
            NorthKorea, Russia, Shells);

        Assert.Equal([("geonames:1", "geonames:2", TransportMode.Sea)], Legs(transfer));
    }

    [Fact]
    public void A_region_holding_the_last_stop_is_no_stop_of_its_own()
    {
        var transfer = Single(
            "La Corée du Nord a livré des munitions à la Russie par train depuis Dunay jusqu'à Tikhoretsk, dans la région de Krasnodar.",
            Prk, Rus, Munitions, ("Krasnodar", "geonames:4", EntityType.GPE));

        Assert.Equal(["geonames:2", "geonames:3"], transfer.Route.Select(r => r.Value));
        Assert.Equal([("geonames:2", "geonames:3", TransportMode.Rail)], Legs(transfer));
    }

    [Fact]
    public void The_evidence_of_a_leg_covers_its_mode_and_its_destination()
    {
        const string text = "North Korea sent shells to Russia by air to Tikhoretsk.";
        var transfer = Single(text, NorthKorea, Russia, Shells);

        var leg = Assert.Single(transfer.Legs);
        Assert.Equal("by air to Tikhoretsk", text[leg.Evidence.Start..leg.Evidence.End]);
    }
}
