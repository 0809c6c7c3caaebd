namespace Dossier.Tests.Language;

/// <summary>
/// Sentences written for the tests, none taken from Language/profiles: news of the same kinds
/// (politics, economy, weather, sport) in different words, so they measure generalisation.
/// </summary>
internal static class HeldOutSentences
{
    public static IReadOnlyList<(string Code, string Sentence)> All { get; } =
    [
        ("fr", "Les négociations entre la direction et les syndicats ont échoué hier soir, et une grève est prévue dans les transports dès lundi."),
        ("fr", "Malgré la pluie, des milliers de supporters ont envahi les rues de Marseille pour fêter la victoire de leur club."),
        ("fr", "La Commission européenne estime que la dette du pays devrait dépasser cent dix pour cent du produit intérieur brut."),
        ("en", "Thousands of commuters faced delays this morning after a signal failure brought trains to a standstill across the region."),
        ("en", "The minister refused to say whether taxes would rise, insisting that decisions would be taken in the autumn."),
        ("en", "After a dreadful start to the season, the club has now won five games in a row and climbed into the top four."),
        ("de", "Nach wochenlangen Verhandlungen haben sich Arbeitgeber und Gewerkschaft auf eine Lohnerhöhung von fünf Prozent geeinigt."),
        ("de", "Wegen des Glatteises kam es am Morgen auf den Autobahnen rund um München zu zahlreichen Unfällen."),
        ("de", "Die Ministerin kündigte an, dass der Bund die Kosten für die neuen Kindergärten zur Hälfte übernehmen werde."),
        ("es", "Miles de pasajeros sufrieron retrasos esta mañana por una avería en la línea de cercanías que une el aeropuerto con el centro."),
        ("es", "El ministro se negó a confirmar si subirán los impuestos y aseguró que las decisiones se tomarán en otoño."),
        ("es", "Tras un pésimo comienzo de temporada, el equipo encadena cinco victorias seguidas y ya ocupa puestos europeos."),
        ("it", "Migliaia di pendolari sono rimasti bloccati stamattina a causa di un guasto alla linea ferroviaria vicino a Bologna."),
        ("it", "Il ministro non ha voluto dire se le tasse aumenteranno, ma ha assicurato che le decisioni arriveranno in autunno."),
        ("it", "Dopo un avvio disastroso, la squadra ha vinto cinque partite di fila ed è risalita fino al quarto posto."),
        ("pt", "Milhares de passageiros enfrentaram atrasos esta manhã devido a uma avaria na linha do metro que liga o aeroporto à cidade."),
        ("pt", "O ministro recusou dizer se os impostos vão subir e garantiu que as decisões só serão tomadas no outono."),
        ("pt", "Depois de um péssimo início de época, o clube já conseguiu cinco vitórias seguidas e subiu ao quarto lugar."),
        ("nl", "Duizenden forenzen liepen vanochtend vertraging op doordat een storing het treinverkeer rond Amersfoort urenlang platlegde."),
        ("nl", "De minister wilde niet zeggen of de belastingen omhooggaan, maar beloofde dat er na de zomer knopen worden doorgehakt."),
        ("nl", "Na een rampzalige start van het seizoen heeft de club nu vijf keer op rij gewonnen en staat ze weer bovenin."),
        ("ru", "Тысячи пассажиров утром опоздали на работу из-за поломки на линии метро, которая связывает аэропорт с центром."),
        ("ru", "Министр отказался сообщить, вырастут ли налоги, и заверил, что решения будут приняты осенью."),
        ("ru", "После ужасного начала сезона команда выиграла пять матчей подряд и поднялась на четвёртое место."),
        ("uk", "Тисячі пасажирів уранці запізнилися на роботу через поломку на лінії метро, що з'єднує аеропорт із центром."),
        ("uk", "Міністр відмовився повідомити, чи зростуть податки, і запевнив, що рішення ухвалять восени."),
        ("uk", "Після жахливого початку сезону команда виграла п'ять матчів поспіль і піднялася на четверте місце."),
        ("pl", "Tysiące pasażerów spóźniło się rano do pracy z powodu awarii na linii metra łączącej lotnisko z centrum."),
        ("pl", "Minister odmówił odpowiedzi na pytanie, czy podatki wzrosną, i zapewnił, że decyzje zapadną jesienią."),
        ("pl", "Po fatalnym początku sezonu drużyna wygrała pięć meczów z rzędu i awansowała na czwarte miejsce."),
    ];
}
