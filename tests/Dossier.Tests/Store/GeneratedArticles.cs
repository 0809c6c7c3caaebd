using System.Globalization;

namespace Dossier.Tests.Store;

/// <summary>
/// Many distinct short news-like articles, composed from a few phrase lists, for tests that need
/// volume (an ingest long enough to be killed midway). The same seed gives the same articles.
/// </summary>
internal static class GeneratedArticles
{
    private static readonly string[] Capitals = ["Paris", "Berlin", "Madrid", "Rome", "Lisbon", "Warsaw", "Vienna", "Athens"];
    private static readonly string[] Countries = ["France", "Germany", "Spain", "Italy", "Portugal", "Poland", "Austria", "Greece"];
    private static readonly string[] Topics = ["rail freight", "wheat exports", "port traffic", "grid repairs", "fishing quotas", "steel tariffs"];

    public static IEnumerable<(string Name, string Text)> Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var a = random.Next(Countries.Length);
            var b = (a + 1 + random.Next(Countries.Length - 1)) % Countries.Length;
            var topic = Topics[random.Next(Topics.Length)];
            var day = 1 + random.Next(28);
            var figure = (100 + random.Next(9000)).ToString(CultureInfo.InvariantCulture);
            var text = $"""
                {Countries[a]} and {Countries[b]} discuss {topic}, report {i}

                {Capitals[a].ToUpperInvariant()}, March {day}, 2024 — Ministers from {Countries[a]} and {Countries[b]} met in {Capitals[a]} on Tuesday to discuss {topic}, officials said.
                The talks covered about {figure} tonnes of goods a month and a plan to be reviewed in {Capitals[b]} next year.
                Negotiators said the meeting, number {i} in the series, ended without a final agreement.
                """;
            yield return ($"article-{i:D5}.txt", text);
        }
    }

    /// <summary>Writes the articles as files in <paramref name="folder"/>; returns how many.</summary>
    public static int WriteTo(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var (name, text) in Create(count))
        {
            File.WriteAllText(Path.Combine(folder, name), text);
            written++;
        }

        return written;
    }
}
