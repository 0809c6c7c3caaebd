using Dossier.Records;

namespace Dossier.Tests.Store;

/// <summary>
/// Two shipments written for these tests: Norway sends rifles from Bergen to Kenya and, the same
/// week, to Peru. Their reports share the supplier, the goods and the port; only the recipient
/// tells them apart. One of the Kenyan shipment's reports is in French.
/// </summary>
internal static class Shipments
{
    public static ExtractionRecord ToKenya() => Shipment("kenya.txt", "2024-02-05", "en", "KEN", "Kenya",
        "Norway ships rifles to Kenya from Bergen.\nNorway has shipped four hundred rifles to Kenya from the port of Bergen, customs officials said on Monday.\nThe freighter carrying the rifles left Bergen at dawn and is expected in Kenya within three weeks.",
        "Norway has shipped four hundred rifles to Kenya");

    public static ExtractionRecord ToPeru() => Shipment("peru.txt", "2024-02-06", "en", "PER", "Peru",
        "Rifles leave Bergen for Peru.\nA cargo of Norwegian rifles bound for Peru was loaded at Bergen on Tuesday, the port authority said.\nNorway confirmed that the rifles would reach Peru by the end of the month.",
        "A cargo of Norwegian rifles bound for Peru");

    public static ExtractionRecord ToKenyaInFrench() => Shipment("kenya-fr.txt", "2024-02-07", "fr", "KEN", "Kenya",
        "Des fusils norvégiens en route vers le Kenya.\nLa Norvège a expédié quatre cents fusils au Kenya depuis le port de Bergen, selon les douanes.\nLe cargo a quitté Bergen lundi ; le Kenya attend les fusils d'ici trois semaines.",
        "La Norvège a expédié quatre cents fusils au Kenya");

    /// <summary>Two lines naming the main actors and little else.</summary>
    public static ExtractionRecord ToPeruInBrief() => Shipment("peru-brief.txt", "2024-02-08", "en", "PER", "Peru",
        "Peru gets Norwegian rifles.\nPeru said on Thursday it had received rifles from Norway.",
        "it had received rifles from Norway");

    /// <summary>A report of the Kenyan shipment that mentions, in passing, Sweden arming Peru.</summary>
    public static ExtractionRecord ToKenyaBesideAnother()
    {
        const string text = "More Norwegian rifles for Kenya.\nNorway sent a second load of rifles to Kenya from Bergen on Wednesday, officials said.\nThe shipment comes as Sweden delivers tanks to Peru, a deal unrelated to the rifles.";
        return new RecordBuilder("kenya-aside.txt", "2024-02-07", "en", text)
            .Entity("NOR", "Norway", "GPE", "Norway")
            .Entity("KEN", "Kenya", "GPE", "Kenya")
            .Entity("local:rifle", "rifle", "WEAPON", "rifles")
            .Entity("geonames:3161732", "Bergen", "GPE", "Bergen")
            .Entity("SWE", "Sweden", "GPE", "Sweden")
            .Entity("PER", "Peru", "GPE", "Peru")
            .Transfer("NOR", "KEN", ["rifle"], "Norway sent a second load of rifles to Kenya")
            .Transfer("SWE", "PER", ["tank"], "Sweden delivers tanks to Peru")
            .Build();
    }

    /// <summary>Sweden's rifles for Kenya through the same port, and what Kenya may give back: a transfer from Kenya.</summary>
    public static ExtractionRecord FromSwedenToKenya()
    {
        const string text = "Swedish rifles head for Kenya.\nSweden has shipped three hundred rifles to Kenya through the port of Bergen, customs officials said on Tuesday.\nIn return, Kenya may provide Sweden with tea and coffee.";
        return new RecordBuilder("sweden.txt", "2024-02-06", "en", text)
            .Entity("SWE", "Sweden", "GPE", "Sweden")
            .Entity("KEN", "Kenya", "GPE", "Kenya")
            .Entity("local:rifle", "rifle", "WEAPON", "rifles")
            .Entity("geonames:3161732", "Bergen", "GPE", "Bergen")
            .Transfer("SWE", "KEN", ["rifle"], "Sweden has shipped three hundred rifles to Kenya")
            .Transfer("KEN", null, ["tea"], "Kenya may provide Sweden with tea")
            .Build();
    }

    private static ExtractionRecord Shipment(string source, string published, string language, string recipient, string recipientName, string text, string evidence)
    {
        var builder = new RecordBuilder(source, published, language, text)
            .Entity("NOR", "Norway", "GPE", FirstOf(text, "Norway", "Norwegian", "Norvège", "norvégiens"))
            .Entity(recipient, recipientName, "GPE", recipientName)
            .Entity("local:rifle", "rifle", "WEAPON", FirstOf(text, "rifles", "fusils"));
        if (text.Contains("Bergen", StringComparison.Ordinal))
        {
            builder.Entity("geonames:3161732", "Bergen", "GPE", "Bergen");
        }

        return builder.Transfer("NOR", recipient, ["rifle"], evidence).Build();
    }

    private static string FirstOf(string text, params string[] surfaces) =>
        surfaces.First(s => text.Contains(s, StringComparison.Ordinal));
}
