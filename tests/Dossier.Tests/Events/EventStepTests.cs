using Dossier.Claims;
using Dossier.Clauses;
using Dossier.Entities;
using Dossier.Events;

namespace Dossier.Tests.Events;

public sealed class EventStepTests
{
    private static readonly (string, string, EntityType) Prk = ("Corée du Nord", "PRK", EntityType.GPE);
    private static readonly (string, string, EntityType) Pyongyang = ("Pyongyang", "PRK", EntityType.GPE);
    private static readonly (string, string, EntityType) Rus = ("Russie", "RUS", EntityType.GPE);
    private static readonly (string, string, EntityType) Usa = ("États-Unis", "USA", EntityType.GPE);
    private static readonly (string, string, EntityType) Jpn = ("Japon", "JPN", EntityType.GPE);
    private static readonly (string, string, EntityType) Kirby = ("Kirby", "local:john-kirby", EntityType.PERSON);

    private static readonly EventStep Step = new(new Parties(e => e.Id.Value == "local:john-kirby" ? new EntityId("USA") : null));

    private static List<(EventType Type, string? Actor, string? Target)> Events(string text, params (string, string, EntityType)[] names)
    {
        var article = TestArticles.With(text, names);
        Step.Process(article);
        return article.Get<EventLayer>().Events.Select(e => (e.Type, e.Actor?.Value, e.Target?.Value)).ToList();
    }

    [Fact]
    public void A_supply_verb_gives_aid_from_the_subject_to_the_indirect_object()
    {
        var events = Events("Selon Séoul, la Corée du Nord a déjà fourni des obus à la Russie.", Prk, Rus);

        Assert.Contains((EventType.AID, "PRK", "RUS"), events);
        Assert.DoesNotContain(events, e => e.Actor == "RUS");
    }

    [Fact]
    public void Coordinated_subjects_each_act()
    {
        var events = Events("Le Japon et les États-Unis ont condamné la Corée du Nord mardi.", Jpn, Usa, Prk);

        Assert.Equal([(EventType.ACCUSE, "JPN", "PRK"), (EventType.ACCUSE, "USA", "PRK")], events);
    }

    [Fact]
    public void A_person_acts_for_the_country_it_speaks_for()
    {
        var events = Events("Kirby a accusé la Corée du Nord de mentir.", Kirby, Prk);

        Assert.Equal([(EventType.ACCUSE, "USA", "PRK")], events);
    }

    [Fact]
    public void A_delivery_noun_takes_its_supplier_from_de_and_its_recipient_from_a()
    {
        var events = Events("Tokyo s'inquiète des livraisons d'armes de Pyongyang à la Russie.", Pyongyang, Rus);

        Assert.Equal([(EventType.AID, "PRK", "RUS")], events);
    }

    [Fact]
    public void Seeking_help_makes_the_giver_the_actor_and_the_seeker_the_target()
    {
        var article = TestArticles.With("Pyongyang recherche une assistance militaire de la Russie.", Pyongyang, Rus);
        Step.Process(article);

        var found = Assert.Single(article.Get<EventLayer>().Events);
        Assert.Equal((EventType.AID, "RUS", "PRK", ClaimStatus.Sought), (found.Type, found.Actor?.Value, found.Target?.Value, found.Status));
    }

    [Fact]
    public void A_pronoun_subject_is_the_party_named_before_it()
    {
        var events = Events("La Russie a affirmé qu'elle allait condamner les États-Unis.", Rus, Usa);

        Assert.Contains((EventType.ACCUSE, "RUS", "USA"), events);
    }

    [Fact]
    public void Parties_sanctioned_in_the_passive_are_targets_without_an_actor()
    {
        var events = Events("La Russie et la Corée du Nord font l'objet de sanctions.", Rus, Prk);

        Assert.Equal([(EventType.SANCTION, null, "RUS"), (EventType.SANCTION, null, "PRK")], events);
    }

    [Fact]
    public void English_triggers_work_the_same_way()
    {
        var events = Events("North Korea has supplied rockets to Russia, and Japan condemned North Korea.",
            ("North Korea", "PRK", EntityType.GPE), ("Russia", "RUS", EntityType.GPE), ("Japan", "JPN", EntityType.GPE));

        Assert.Contains((EventType.AID, "PRK", "RUS"), events);
        Assert.Contains((EventType.ACCUSE, "JPN", "PRK"), events);
    }

    [Fact]
    public void A_verb_with_no_party_before_it_gives_no_event()
    {
        Assert.Empty(Events("Un graphique fourni par la Maison Blanche montre la Russie.", Rus));
    }

    [Fact]
    public void An_accusation_targets_its_direct_object_not_the_recipient_after_a()
    {
        var events = Events("Les États-Unis accusent la Corée du Nord d'envoyer des armes à la Russie.", Usa, Prk, Rus);

        Assert.Contains((EventType.ACCUSE, "USA", "PRK"), events);
        Assert.DoesNotContain((EventType.ACCUSE, "USA", "RUS"), events);
    }

    [Fact]
    public void A_condemnation_of_what_they_call_deliveries_targets_the_supplier()
    {
        var events = Events("Le Japon a condamné ce qu'il considère comme des livraisons d'armes de Pyongyang à Moscou.", Jpn, Pyongyang, ("Moscou", "RUS", EntityType.GPE));

        Assert.Contains((EventType.ACCUSE, "JPN", "PRK"), events);
    }

    [Fact]
    public void Titled_names_with_a_demonym_coordinate_for_a_meeting()
    {
        var events = Events("Le dirigeant nord-coréen Kim Jong Un et le président russe Vladimir Poutine ont tenu un sommet.",
            ("nord-coréen", "PRK", EntityType.GPE), ("Kim Jong Un", "local:kim", EntityType.PERSON),
            ("russe", "RUS", EntityType.GPE), ("Vladimir Poutine", "local:putin", EntityType.PERSON));

        Assert.Contains((EventType.CONSULT, "local:kim", "local:putin"), events);
    }

    [Fact]
    public void The_subject_is_found_across_an_incise()
    {
        var events = Events("Le Japon, lors d'une réunion à Tokyo, a condamné la Corée du Nord.", Jpn, ("Tokyo", "JPN", EntityType.GPE), Prk);

        Assert.Contains((EventType.ACCUSE, "JPN", "PRK"), events);
    }

    [Fact]
    public void The_two_countries_are_the_last_two_named()
    {
        var events = Events("Une alliance entre la Russie et la Corée du Nord inquiète : les États-Unis sanctionnent les deux pays.", Rus, Prk, Usa);

        Assert.Contains((EventType.SANCTION, "USA", "RUS"), events);
        Assert.Contains((EventType.SANCTION, "USA", "PRK"), events);
    }

    [Fact]
    public void Close_ties_relate_the_speaker_to_the_party_after_avec()
    {
        var events = Events("La Russie a déclaré qu'elle voulait nouer des liens étroits avec la Corée du Nord.", Rus, Prk);

        Assert.Contains((EventType.AGREE, "RUS", "PRK"), events);
    }
}
