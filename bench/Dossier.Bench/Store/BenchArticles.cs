using System.Globalization;
using Dossier.Knowledge;

namespace Dossier.Bench.Store;

/// <summary>
/// A news feed generated for the store benchmarks: many stories (a shipment between two of the
/// knowledge base's countries, its ports, a spokesman, a few topic words), each told by a few
/// outlets over some days, a handful told for months. Articles arrive in publication order, the
/// stories interleaved, and reword their story's facts from phrase lists written for the
/// benchmark; some are wire copies of an earlier report (small edits) or reuse one of its
/// paragraphs, and some give another figure for the same shipment. Stories therefore differ as
/// real ones do — by who, where, when and in their words — so clustering, copy buckets and fact
/// fusion meet the load of a real feed, not one story repeated.
/// </summary>
internal static class BenchArticles
{
    private static readonly string[] Cargoes = ["artillery shells", "rockets", "drones", "tanks", "rifles", "ammunition", "missiles", "armoured vehicles"];
    private static readonly string[] Payments = ["oil", "grain", "fighter jets", "satellite technology", "hard currency", "fertiliser", "coal"];
    private static readonly string[] FirstNames = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Karim", "Lena", "Marco", "Nadia", "Omar", "Petra", "Ravi", "Sofia", "Tomas", "Uma", "Viktor", "Wen", "Yara", "Zoltan"];
    private static readonly string[] LastNames = ["Abadi", "Brandt", "Castro", "Dubois", "Eriksen", "Fischer", "Gallo", "Haddad", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quintero", "Rossi", "Sato", "Tanaka", "Urbanek", "Varga", "Weber", "Yilmaz"];
    private static readonly string[] Outlets = ["the Harbour Courier", "Northern Ledger", "the Morning Dispatch", "Continental Wire", "the Evening Register", "Metro Observer", "the Coastal Herald", "Capital Review", "the Daily Meridian", "Frontier Post"];

    /// <summary>Words that give each story its own key terms, as real stories have theirs.</summary>
    private static readonly string[] TopicWords =
    [
        "border", "harbour", "customs", "warehouse", "convoy", "pipeline", "embargo", "summit", "ceasefire", "tariff",
        "refinery", "airfield", "shipyard", "corridor", "frontier", "garrison", "depot", "checkpoint", "bridge", "tunnel",
        "railway", "terminal", "freighter", "tanker", "barge", "trawler", "ferry", "cargo", "manifest", "insurance",
        "sanctions", "inspectors", "diplomats", "ministers", "generals", "engineers", "smugglers", "brokers", "auditors", "envoys",
        "elections", "parliament", "budget", "treaty", "protocol", "memorandum", "loan", "debt", "currency", "inflation",
        "harvest", "drought", "flood", "winter", "monsoon", "famine", "epidemic", "refugees", "migrants", "pilgrims",
        "satellite", "radar", "submarine", "frigate", "destroyer", "helicopter", "bomber", "cruiser", "battalion", "brigade",
        "uranium", "cobalt", "lithium", "copper", "nickel", "timber", "cotton", "rubber", "gold", "diamonds",
    ];

    /// <summary>The feed: <paramref name="count"/> articles, each named for its story and place in it.</summary>
    public static IEnumerable<(string Name, string Text)> Create(int count, int seed = 7)
    {
        var random = new Random(seed);
        var world = World.Read();
        var articles = new List<(DateOnly Day, string Name, string Text)>(count);
        for (var s = 0; articles.Count < count; s++)
        {
            var story = Story.Draw(random, world);
            var told = new List<string>();
            var day = story.Start;
            for (var i = 0; i < story.Articles && articles.Count < count; i++)
            {
                day = day.AddDays(random.Next(story.Gap + 1));
                var text = Report(random, story, day, told, i);
                told.Add(text);
                articles.Add((day, $"story{s:D6}-{i:D3}.txt", text));
            }
        }

        // A feed: in order of publication, stories interleaved; a story's own articles keep their order.
        return articles.Select((a, i) => (a, i)).OrderBy(x => x.a.Day).ThenBy(x => x.i).Select(x => (x.a.Name, x.a.Text));
    }

    private static string Report(Random random, Story story, DateOnly day, List<string> told, int index)
    {
        var outlet = Pick(random, Outlets);
        if (told.Count > 0 && random.NextDouble() < 0.08)
        {
            // A wire copy: another outlet runs an earlier report with its own sign-off.
            var original = told[random.Next(told.Count)];
            var signOff = original.LastIndexOf("\nReported by ", StringComparison.Ordinal);
            return $"{original[..signOff]}\nReported by {outlet}.";
        }

        var amount = random.NextDouble() < 0.15 ? story.Amount * (7 + random.Next(7)) / 10 : story.Amount;
        var date = day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var paragraphs = new List<string>
        {
            Lead(random, story, amount, date),
            Quote(random, story),
            Denial(random, story),
            Context(random, story, index),
            Payment(random, story),
        };
        Shuffle(random, paragraphs, from: 1);
        var kept = paragraphs.Take(3 + random.Next(paragraphs.Count - 2)).ToList();
        if (told.Count > 0 && random.NextDouble() < 0.1)
        {
            // A partial copy: one paragraph taken word for word from an earlier report.
            var earlier = told[random.Next(told.Count)].Split('\n');
            kept.Add(earlier[3 + random.Next(earlier.Length - 4)]);
        }

        return $"""
            Published {date}
            {Headline(random, story)}

            {string.Join("\n", kept)}
            Reported by {outlet}.
            """;
    }

    private static string Headline(Random random, Story s) => random.Next(5) switch
    {
        0 => $"{s.Supplier} accused of shipping {s.Goods} to {s.Recipient}",
        1 => $"{s.Recipient} receives {s.Goods} from {s.Supplier}, officials say",
        2 => $"New deliveries of {s.Goods} from {s.Supplier} to {s.Recipient} reported",
        3 => $"{s.Supplier} denies sending {s.Goods} to {s.Recipient}",
        _ => $"Satellite images show {s.Goods} leaving {s.Port} for {s.Recipient}",
    };

    private static string Lead(Random random, Story s, int amount, string date)
    {
        var figure = amount.ToString("N0", CultureInfo.InvariantCulture);
        return random.Next(4) switch
        {
            0 => $"{s.Capital.ToUpperInvariant()}, {date} — {s.Supplier} has sent more than {figure} {s.Goods} to {s.Recipient} since {s.StartMonth}, officials in {s.Capital} said, citing satellite images and customs records.",
            1 => $"More than {figure} {s.Goods} were shipped from {s.Port} to {s.Destination} in {s.Recipient} over recent weeks, according to a government report published on {date}.",
            2 => $"{s.Supplier} delivered about {figure} {s.Goods} to {s.Recipient} between {s.StartMonth} and the end of the month, a report released in {s.Capital} says.",
            _ => $"Officials in {s.Capital} said on {date} that {s.Supplier} had supplied {s.Recipient} with {figure} {s.Goods}, carried by sea from {s.Port} and then by rail to {s.Destination}.",
        };
    }

    private static string Quote(Random random, Story s) => random.Next(3) switch
    {
        0 => $"\"These deliveries break every commitment made at the talks on the {s.Topics[0]},\" {s.Spokesman}, a foreign ministry spokesman, told reporters in {s.Capital}.",
        1 => $"{s.Spokesman}, who speaks for the government of {s.Observer}, said the shipments showed that the {s.Topics[0]} had failed: \"We will raise this at the United Nations.\"",
        _ => $"\"We have watched the {s.Topics[1]} at {s.Port} for weeks and the traffic is unmistakable,\" said {s.Spokesman}, an adviser to the government of {s.Observer}.",
    };

    private static string Denial(Random random, Story s) => random.Next(3) switch
    {
        0 => $"The government of {s.Supplier} denied the accusation and said its trade with {s.Recipient} concerned only {s.Topics[2]} and machine parts.",
        1 => $"{s.Recipient} rejected the report as a fabrication and said no {s.Goods} had crossed the {s.Topics[2]}.",
        _ => $"Neither {s.Supplier} nor {s.Recipient} answered requests for comment about the {s.Topics[2]}.",
    };

    private static string Context(Random random, Story s, int index) => random.Next(3) switch
    {
        0 => $"Analysts said the {s.Topics[3]} and the {s.Topics[4]} near {s.Destination} had been busier than at any time since {s.StartMonth}, and that more traffic was expected.",
        1 => $"The report is the {Ordinal(index + 1)} this season to link the {s.Topics[3]} at {s.Port} with the {s.Topics[4]} in {s.Destination}.",
        _ => $"Diplomats in {s.Capital} expect the {s.Topics[4]} and the {s.Topics[5]} to dominate the next round of talks with {s.Supplier}.",
    };

    private static string Payment(Random random, Story s) => random.Next(2) switch
    {
        0 => $"In return, {s.Recipient} may provide {s.Supplier} with {s.Payment}, according to officials in {s.Capital}.",
        _ => $"Analysts believe {s.Supplier} is being paid in {s.Payment}, which would break the {s.Topics[5]} agreed last year.",
    };

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => n.ToString(CultureInfo.InvariantCulture) + "th",
    };

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static void Shuffle<T>(Random random, List<T> items, int from)
    {
        for (var i = items.Count - 1; i > from; i--)
        {
            var j = from + random.Next(i - from + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>One story of the feed: who ships what to whom, through where, who speaks, when, and how long it runs.</summary>
    private sealed record Story(
        string Supplier, string Recipient, string Observer, string Capital, string Port, string Destination, string Goods, string Payment,
        string Spokesman, string[] Topics, int Amount, DateOnly Start, int Articles, int Gap)
    {
        public string StartMonth => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

        public static Story Draw(Random random, World world)
        {
            var supplier = Pick(random, world.Countries);
            var recipient = Pick(random, world.Countries.Where(c => c != supplier).ToArray());
            var observer = Pick(random, world.Countries.Where(c => c != supplier && c != recipient).ToArray());
            // Most stories are told a few times within days; one in a hundred runs for months.
            var (articles, gap) = random.NextDouble() < 0.01
                ? (60 + random.Next(240), 2)
                : (Math.Min(40, 1 + (int)(-4 * Math.Log(1 - random.NextDouble()))), 3);
            return new Story(
                supplier.Name, recipient.Name, observer.Name, world.CityOf(random, observer), world.CityOf(random, supplier), world.CityOf(random, recipient),
                Pick(random, Cargoes), Pick(random, Payments), $"{Pick(random, FirstNames)} {Pick(random, LastNames)}",
                [.. Enumerable.Range(0, 6).Select(_ => Pick(random, TopicWords))],
                (100 + random.Next(9900)) / 10 * 10,
                new DateOnly(2014, 1, 1).AddDays(random.Next(11 * 365)),
                articles, gap);
        }
    }

    /// <summary>The knowledge base's countries and their larger cities, so every name is one the pipeline knows.</summary>
    private sealed record World(KnowledgeEntry[] Countries, Dictionary<string, KnowledgeEntry[]> Cities)
    {
        public static World Read()
        {
            var entries = KnowledgeBase.Default.Names.Select(n => n.Entry).Distinct().ToList();
            var cities = entries.Where(e => e.Location is not null && e.Population >= 300_000 && e.Country is not null)
                .GroupBy(e => e.Country!.Value.Value).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id.Value, StringComparer.Ordinal).ToArray());
            var countries = entries.Where(e => e.Kind == PartyKind.Country && cities.ContainsKey(e.Id.Value))
                .OrderBy(e => e.Id.Value, StringComparer.Ordinal).ToArray();
            return new World(countries, cities);
        }

        public string CityOf(Random random, KnowledgeEntry country) => Pick(random, Cities[country.Id.Value]).Name;
    }
}
