using Dossier.Records;
using Dossier.Store.Sql;

namespace Dossier.Store.Stories;

/// <summary>
/// Puts each arriving article in a story: the existing story it shares the most entities and key
/// terms with, if it is close enough and recent enough, or a new one. Entities are knowledge-base
/// ids, so a French and an English report of the same event meet through them even though their
/// key terms differ; the roles of the parties to its transfers then tell apart two shipments that
/// name nearly the same entities (<see cref="StoryParties"/>). Stories keep the id of the article
/// that opened them; when an article belongs as much to two stories, they have converged and are
/// merged (<see cref="StoryMerger"/>).
/// </summary>
internal static class StoryClusterer
{
    /// <summary>How far (days) an article may be from a story's first and last articles and still join it.</summary>
    private const int ProximityDays = 14;

    /// <summary>The score from which an article joins a story: 0.6 of entities in common, or fewer with shared terms.</summary>
    private const double JoinScore = 0.45;

    /// <summary>
    /// The score an article must reach with a second story to merge it with the first: well above
    /// joining, so a round-up that names the actors of several stories does not fuse them.
    /// </summary>
    private const double MergeScore = 0.75;

    private const int KeyTermCount = 12;

    // Driven from the recent stories (an index on last_published), not from the entities: a name
    // that nearly every story has met ("United Nations") would otherwise read a row per story ever
    // told. Undated stories are always candidates. CROSS JOIN keeps SQLite to that order.
    private const string CandidatesSql = """
        SELECT c.id, c.first_published, c.last_published, COUNT(*) AS shared, c.opened_seq
        FROM (SELECT id, first_published, last_published, opened_seq FROM stories WHERE last_published >= @since
              UNION ALL
              SELECT id, first_published, last_published, opened_seq FROM stories WHERE last_published IS NULL) c
        CROSS JOIN story_entities se
        WHERE se.story_id = c.id AND se.entity_id IN ({entities})
        GROUP BY c.id, c.first_published, c.last_published, c.opened_seq
        ORDER BY shared DESC, c.id
        LIMIT 20
        """;

    public static string Place(WriteSession db, string articleId, long seq, ExtractionRecord record, string? duplicateOf, IReadOnlyList<string> words)
    {
        var storyId = duplicateOf is not null
            ? db.Scalar<string>("SELECT story_id FROM articles WHERE id = @o", ("@o", duplicateOf))
            : null;
        var terms = KeyTerms.Of(db, words, seq, KeyTermCount);
        storyId ??= BestStory(db, record, terms) ?? Open(db, articleId, seq);

        StoryMerger.Grow(db, storyId, record, terms);
        db.Write("UPDATE articles SET story_id = @s WHERE id = @a", ("@s", storyId), ("@a", articleId));
        return storyId;
    }

    private static string? BestStory(WriteSession db, ExtractionRecord record, List<string> terms)
    {
        var entities = record.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
        if (entities.Count == 0)
        {
            return null;
        }

        var day = PublishedDay.Range(record.Published);
        var named = entities.ToHashSet(StringComparer.Ordinal);
        var parties = StoryParties.Of(record);
        var ranked = Candidates(db, entities, day)
            .Where(c => IsNear(day, c))
            .Select(c => (Story: c, Score: Score(db, c, named, terms) + StoryParties.Adjustment(db, c.Id, parties)))
            .Where(c => c.Score >= JoinScore && c.Story.Shared >= Math.Min(2, entities.Count))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Story.Id, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var converged = ranked.Where((c, i) => i == 0 || (c.Score >= MergeScore && StoryMerger.AboutTheSame(db, ranked[0].Story.Id, c.Story.Id)))
            .Select(c => c.Story).ToList();
        if (converged.Count == 1 || ranked[0].Score < MergeScore)
        {
            return ranked[0].Story.Id;
        }

        // The story opened first keeps its id; the others are folded into it.
        var survivor = converged.OrderBy(c => c.Opened ?? long.MaxValue).ThenBy(c => c.Id, StringComparer.Ordinal).First();
        foreach (var other in converged.Where(c => c.Id != survivor.Id))
        {
            StoryMerger.Merge(db, other.Id, survivor.Id);
        }

        return survivor.Id;
    }

    private static List<Candidate> Candidates(WriteSession db, List<string> entities, (DateOnly First, DateOnly Last)? day)
    {
        var names = entities.Select((_, i) => $"@e{i}").ToList();
        // A month-deep lower bound in SQL (a story's last date may be known to the month only);
        // IsNear then applies the exact window.
        // An undated article bounds nothing: every text sorts after "".
        var since = day is { } d ? d.First.AddDays(-ProximityDays).ToString("yyyy'-'MM", System.Globalization.CultureInfo.InvariantCulture) : "";
        return db.Query(
            CandidatesSql.Replace("{entities}", string.Join(", ", names), StringComparison.Ordinal),
            row => new Candidate(row.GetString(0), row.NullableString(1), row.NullableString(2), row.GetInt64(3), row.IsDBNull(4) ? null : row.GetInt64(4)),
            [.. entities.Select((e, i) => (names[i], (object?)e)), ("@since", since)]);
    }

    private static bool IsNear((DateOnly First, DateOnly Last)? article, Candidate story)
    {
        if (article is not { } days || PublishedDay.Range(story.First) is not { } first || PublishedDay.Range(story.Last) is not { } last)
        {
            return true; // an undated article is placed by what it is about alone
        }

        // A date known to the month ("2023-10") may be any of its days.
        return days.Last >= first.First.AddDays(-ProximityDays) && days.First <= last.Last.AddDays(ProximityDays);
    }

    /// <summary>
    /// Overlap of entities (weight 0.6) and key terms (0.4). Entities count by how much of the story
    /// they carry: the article's share of the story's weight, against the weight of the story's core
    /// (its few heaviest entities, no more than the article names). A story that ran for months has
    /// met many passing names; an article that shares only those with it is not about it, while one
    /// naming the story's main actors is, whatever else it names.
    /// </summary>
    private static double Score(WriteSession db, Candidate story, HashSet<string> entities, List<string> terms)
    {
        var weights = db.Query(
            $"SELECT entity_id, weight FROM story_entities WHERE story_id = @s ORDER BY weight DESC, entity_id LIMIT {WeightsRead}",
            row => (Entity: row.GetString(0), Weight: row.GetInt64(1)),
            ("@s", story.Id));
        var heaviest = weights.Take(Math.Min(entities.Count, CoreEntities)).Sum(w => w.Weight);
        var carried = weights.Where(w => entities.Contains(w.Entity)).Sum(w => w.Weight);
        var entityScore = heaviest == 0 ? 0 : Math.Min(1, (double)carried / heaviest);
        if (terms.Count == 0)
        {
            return 0.6 * entityScore;
        }

        var storyTerms = db.Query(
            "SELECT term FROM story_terms WHERE story_id = @s ORDER BY weight DESC, term LIMIT 30",
            row => row.GetString(0),
            ("@s", story.Id)).ToHashSet(StringComparer.Ordinal);
        var termScore = storyTerms.Count == 0 ? 0 : (double)terms.Count(storyTerms.Contains) / Math.Min(terms.Count, storyTerms.Count);
        return (0.6 * entityScore) + (0.4 * termScore);
    }

    /// <summary>
    /// How many of a story's heaviest entities make its core, the most an article is asked to carry.
    /// With four, another shipment by the same supplier of the same goods through the same port
    /// carried most of a story's core; five ask for more, and a short report that names the main
    /// actors in their roles gains from the roles instead (<see cref="StoryParties"/>).
    /// </summary>
    private const int CoreEntities = 5;

    /// <summary>How many of a story's heaviest entities are weighed; the ones after them weigh little and count as nothing.</summary>
    private const int WeightsRead = 24;

    private static string Open(WriteSession db, string articleId, long seq)
    {
        var id = "story-" + articleId[..12];
        db.Write("INSERT INTO stories (id, label, opened_seq) VALUES (@s, '', @seq)", ("@s", id), ("@seq", seq));
        return id;
    }

    private sealed record Candidate(string Id, string? First, string? Last, long Shared, long? Opened);
}
