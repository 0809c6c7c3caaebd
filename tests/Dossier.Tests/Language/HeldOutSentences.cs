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
    ];
}
