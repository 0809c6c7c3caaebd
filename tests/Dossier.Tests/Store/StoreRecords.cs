using Dossier.Articles;
using Dossier.Pipeline;
using Dossier.Records;

namespace Dossier.Tests.Store;

/// <summary>Records for the store tests: the real pipeline run on short texts written for these tests.</summary>
internal static class StoreRecords
{
    private static readonly Lazy<ArticlePipeline> Pipeline = new(StandardPipeline.Create);

    public const string KirbyEn = """
        Published October 13, 2023
        US accuses North Korea of shipping arms to Russia

        WASHINGTON, October 13, 2023 — The United States said on Friday that North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia.
        "We condemn the DPRK for providing Russia with this military equipment," White House spokesman John Kirby told reporters.
        """;

    public const string LivraisonsFr = """
        Mis à jour samedi 14 octobre 2023 – 15h53
        Séoul s'inquiète des livraisons d'obus nord-coréens à la Russie

        SÉOUL, 14 octobre 2023 — La Corée du Sud a accusé samedi la Corée du Nord d'avoir livré des obus d'artillerie à la Russie depuis le mois d'août.
        Les services de renseignement estiment que plusieurs milliers de conteneurs ont franchi la frontière par voie ferroviaire.
        """;

    public const string RouteEn = """
        Published October 20, 2023
        How the shells travelled

        LONDON, October 20, 2023 — Officials said North Korea shipped artillery shells to Russia from Najin by sea to Dunay, then by rail to Tikhoretsk.
        """;

    public const string ElectionsEn = """
        Published March 4, 2024
        Turnout rises in Portuguese municipal elections

        LISBON, March 3, 2024 — Voters in Portugal turned out in larger numbers than expected for municipal elections on Sunday, officials said.
        """;

    public static ExtractionRecord Extract(string text, string source = "test.txt") =>
        RecordMapper.ToRecord(Pipeline.Value.Process(ArticleSource.PlainText(source, text)));
}
