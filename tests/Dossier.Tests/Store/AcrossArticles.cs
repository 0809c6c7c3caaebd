using Dossier.Records;

namespace Dossier.Tests.Store;

/// <summary>
/// A small news week written for these tests: an agency story about shells sent from North Korea
/// to Russia, a syndicated copy of it with small edits, an independent report of the same
/// shipment, a French report, a denial, and an unrelated story.
/// </summary>
internal static class AcrossArticles
{
    public const string WireText = """
        North Korea sent artillery shells to Russia by rail, officials say.
        North Korea has sent about a thousand containers of artillery shells to Russia since early September, United States officials said on Friday, citing satellite images of a rail yard near the border.
        "These shipments are feeding Russia's war against Ukraine and we will hold both countries to account," said John Kirby, a White House spokesman, adding that Washington was watching the rail line closely.
        The containers were loaded at the port of Najin and carried across the Tumen river bridge before continuing west across Russia, the officials said.
        """;

    // The same story as a partner site republished it: new headline, one sentence trimmed.
    public const string SyndicatedText = """
        Pyongyang shipped shells to Moscow by train, US says.
        North Korea has sent about a thousand containers of artillery shells to Russia since early September, United States officials said on Friday, citing satellite images of a rail yard near the border.
        "These shipments are feeding Russia's war against Ukraine and we will hold both countries to account," said John Kirby, a White House spokesman, adding that Washington was watching the rail line closely.
        The containers were loaded at the port of Najin and carried across the Tumen river bridge before continuing west across Russia, the officials said.
        """;

    public const string IndependentText = """
        Washington says Pyongyang is arming Moscow.
        A senior White House official told reporters on Friday that trains loaded with North Korean artillery shells had crossed into Russia in recent weeks.
        John Kirby said the shipments are feeding Russia's war against Ukraine and warned that both countries would be held to account.
        Analysts in Seoul said the deliveries could amount to three thousand containers.
        """;

    public const string DenialText = """
        Moscow rejects claims of North Korean arms deliveries.
        The Kremlin on Saturday denied that North Korea had delivered any weapons to Russia, calling the American statements a provocation without evidence.
        A spokesman said cooperation between the two countries concerned only trade and culture.
        """;

    public const string FrenchText = """
        Des obus nord-coréens livrés à la Russie, selon Washington.
        Selon les États-Unis, la Corée du Nord a livré des obus d'artillerie à la Russie depuis septembre, par le rail, à travers le pont sur le fleuve Tumen.
        Le porte-parole John Kirby a dénoncé des livraisons qui alimentent la guerre contre l'Ukraine.
        """;

    public const string UnrelatedText = """
        Portuguese voters choose new mayors.
        Turnout in Portugal's municipal elections rose to its highest level in twenty years on Sunday, the electoral commission in Lisbon said, as voters chose mayors in all 308 municipalities.
        """;

    public static ExtractionRecord Wire() => Korea("wire.txt", "2023-10-13", "en", WireText)
        .Quote("These shipments are feeding Russia's war against Ukraine and we will hold both countries to account", "John Kirby", "local:john-kirby")
        .Event("AID", "PRK", "RUS", "2023-09", "reported", "North Korea has sent about a thousand containers of artillery shells to Russia")
        .Transfer("PRK", "RUS", ["artillery shell"], "North Korea has sent about a thousand containers of artillery shells to Russia", quantity: 1000, from: "2023-09")
        .Build();

    public static ExtractionRecord Syndicated() => Korea("partner.html", "2023-10-13T18:00", "en", SyndicatedText)
        .Quote("These shipments are feeding Russia's war against Ukraine and we will hold both countries to account", "John Kirby", "local:john-kirby")
        .Event("AID", "PRK", "RUS", "2023-09", "reported", "North Korea has sent about a thousand containers of artillery shells to Russia")
        .Transfer("PRK", "RUS", ["artillery shell"], "North Korea has sent about a thousand containers of artillery shells to Russia", quantity: 1000, from: "2023-09")
        .Build();

    public static ExtractionRecord Independent() => Korea("daily.txt", "2023-10-14", "en", IndependentText)
        .Quote("the shipments are feeding Russia's war against Ukraine", "John Kirby", "local:john-kirby")
        .Event("AID", "PRK", "RUS", "2023-09-29", "reported", "trains loaded with North Korean artillery shells had crossed into Russia")
        .Transfer("PRK", "RUS", ["artillery shell", "rocket"], "trains loaded with North Korean artillery shells had crossed into Russia", quantity: 3000, from: "2023-09-29")
        .Build();

    public static ExtractionRecord Denial() => Korea("kremlin.txt", "2023-10-15", "en", DenialText)
        .Event("AID", "PRK", "RUS", null, "denied", "denied that North Korea had delivered any weapons to Russia")
        .Build();

    public static ExtractionRecord French() => Korea("monde.txt", "2023-10-14", "fr", FrenchText)
        .Transfer("PRK", "RUS", ["artillery shell"], "la Corée du Nord a livré des obus d'artillerie à la Russie", from: "2023-09")
        .Build();

    public static ExtractionRecord Unrelated() => new RecordBuilder("lisbon.txt", "2024-03-10", "en", UnrelatedText)
        .Entity("PRT", "Portugal", "GPE", "Portugal")
        .Entity("geonames:2267057", "Lisbon", "GPE", "Lisbon")
        .Event("MOBILIZE", "PRT", "PRT", "2024-03-10", "asserted", "voters chose mayors")
        .Build();

    private static RecordBuilder Korea(string source, string published, string language, string text)
    {
        var builder = new RecordBuilder(source, published, language, text);
        var korea = language == "fr" ? "Corée du Nord" : "North Korea";
        var russia = language == "fr" ? "Russie" : "Russia";
        builder.Entity("PRK", "North Korea", "GPE", text.Contains(korea, StringComparison.Ordinal) ? korea : "North Korean");
        builder.Entity("RUS", "Russia", "GPE", russia);
        if (text.Contains("John Kirby", StringComparison.Ordinal))
        {
            builder.Entity("local:john-kirby", "John Kirby", "PERSON", "John Kirby");
        }

        if (text.Contains("Tumen", StringComparison.Ordinal))
        {
            builder.Entity("local:tumen", "Tumen", "LOC", "Tumen");
        }

        return builder;
    }
}
