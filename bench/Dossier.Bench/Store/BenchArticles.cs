using System.Globalization;

namespace Dossier.Bench.Store;

/// <summary>
/// Distinct news-like articles of about 150 words composed from phrase lists (written for the
/// benchmark), with entities the knowledge base knows so stories and facts have work to do.
/// </summary>
internal static class BenchArticles
{
    private static readonly string[] Countries = ["France", "Germany", "Spain", "Italy", "Poland", "Ukraine", "Russia", "North Korea", "China", "Japan", "Iran", "Turkey"];
    private static readonly string[] Capitals = ["Paris", "Berlin", "Madrid", "Rome", "Warsaw", "Kyiv", "Moscow", "Pyongyang", "Beijing", "Tokyo", "Tehran", "Ankara"];
    private static readonly string[] Goods = ["artillery shells", "rockets", "drones", "tanks", "rifles", "ammunition"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static IEnumerable<(string Name, string Text)> Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var a = random.Next(Countries.Length);
            var b = (a + 1 + random.Next(Countries.Length - 1)) % Countries.Length;
            var month = Months[random.Next(12)];
            var day = 1 + random.Next(28);
            var goods = Goods[random.Next(Goods.Length)];
            var amount = (100 + random.Next(5000)).ToString(CultureInfo.InvariantCulture);
            var text = $"""
                Published {month} {day}, 2023
                {Countries[a]} accused of sending {goods} to {Countries[b]} (report {i})

                {Capitals[a].ToUpperInvariant()}, {month} {day}, 2023 — {Countries[a]} has sent more than {amount} {goods} to {Countries[b]} since the start of the year, officials in {Capitals[b]} said on Tuesday, citing satellite images and customs records.
                "These deliveries break every commitment made at the talks," a foreign ministry spokesman told reporters in {Capitals[b]}, adding that the government would raise the matter at the United Nations.
                The government of {Countries[a]} denied the accusation on Wednesday and said its trade with {Countries[b]} concerned only grain, fertiliser and machine parts.
                Analysts said the shipments, the {i}th such report this year, were carried by rail and by sea through ports on the northern coast, and that more were expected before the winter.
                """;
            yield return ($"bench-{i:D6}.txt", text);
        }
    }
}
