using System.Data.Common;
using Dossier.Records;
using Dossier.Store.Sql;

namespace Dossier.Store.Stories;

/// <summary>
/// Puts each arriving article in a story: the existing story it shares the most entities and key
/// terms with, if it is close enough and recent enough, or a new one. Entities are knowledge-base
/// ids, so a French and an English report of the same event meet through them even though their
/// key terms differ. Stories keep the id of the article that opened them.
/// </summary>
internal static class StoryClusterer
{
    /// <summary>How far (days) an article may be from a story's first and last articles and still join it.</summary>
    private const int ProximityDays = 14;

    /// <summary>The score from which an article joins a story: 0.6 of entities in common, or fewer with shared terms.</summary>
    private const double JoinScore = 0.45;

    private const int KeyTerms = 12;
    private const int LabelEntities = 3;

    public static string Place(DbConnection connection, DbTransaction transaction, string articleId, ExtractionRecord record, string? duplicateOf, IReadOnlyList<string> words)
    {
        var storyId = duplicateOf is not null
            ? connection.Scalar<string>(transaction, "SELECT story_id FROM articles WHERE id = @o", ("@o", duplicateOf))
            : null;
        var terms = Duplicates.ArticleWords.KeyTerms(words, KeyTerms);
        storyId ??= BestStory(connection, transaction, record, terms) ?? Open(connection, transaction, articleId);

        Grow(connection, transaction, storyId, record, terms);
        connection.Execute(transaction, "UPDATE articles SET story_id = @s WHERE id = @a", ("@s", storyId), ("@a", articleId));
        return storyId;
    }

    private static string? BestStory(DbConnection connection, DbTransaction transaction, ExtractionRecord record, List<string> terms)
    {
        var entities = record.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
        if (entities.Count == 0)
        {
            return null;
        }

        var day = PublishedDay.Range(record.Published);
        var best = Candidates(connection, transaction, entities)
            .Where(c => IsNear(day, c))
            .Select(c => (c.Id, Score: Score(connection, transaction, c, entities.Count, terms), c.Shared))
            .Where(c => c.Score >= JoinScore && c.Shared >= Math.Min(2, entities.Count))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Id;
    }

    private static List<Candidate> Candidates(DbConnection connection, DbTransaction transaction, List<string> entities)
    {
        var names = entities.Select((_, i) => $"@e{i}").ToList();
        return connection.Query(
            transaction,
            $"""
            SELECT s.id, s.first_published, s.last_published, COUNT(*) AS shared,
                   (SELECT COUNT(*) FROM story_entities t WHERE t.story_id = s.id) AS size
            FROM story_entities se JOIN stories s ON s.id = se.story_id
            WHERE se.entity_id IN ({string.Join(", ", names)})
            GROUP BY s.id, s.first_published, s.last_published
            ORDER BY shared DESC, s.id
            LIMIT 20
            """,
            row => new Candidate(row.GetString(0), row.NullableString(1), row.NullableString(2), row.GetInt64(3), row.GetInt64(4)),
            entities.Select((e, i) => (names[i], (object?)e)).ToArray());
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

    /// <summary>Overlap of entities (weight 0.6) and key terms (0.4), each relative to the smaller side.</summary>
    private static double Score(DbConnection connection, DbTransaction transaction, Candidate story, int entityCount, List<string> terms)
    {
        var entityScore = (double)story.Shared / Math.Min(entityCount, story.Size);
        if (terms.Count == 0)
        {
            return 0.6 * entityScore;
        }

        var storyTerms = connection.Query(
            transaction,
            "SELECT term FROM story_terms WHERE story_id = @s ORDER BY weight DESC, term LIMIT 30",
            row => row.GetString(0),
            ("@s", story.Id)).ToHashSet(StringComparer.Ordinal);
        var termScore = storyTerms.Count == 0 ? 0 : (double)terms.Count(storyTerms.Contains) / Math.Min(terms.Count, storyTerms.Count);
        return (0.6 * entityScore) + (0.4 * termScore);
    }

    private static string Open(DbConnection connection, DbTransaction transaction, string articleId)
    {
        var id = "story-" + articleId[..12];
        connection.Execute(transaction, "INSERT INTO stories (id, label) VALUES (@s, '')", ("@s", id));
        return id;
    }

    private static void Grow(DbConnection connection, DbTransaction transaction, string storyId, ExtractionRecord record, List<string> terms)
    {
        foreach (var entity in record.Entities)
        {
            connection.Execute(
                transaction,
                """
                INSERT INTO story_entities (story_id, entity_id, name, weight) VALUES (@s, @e, @name, @w)
                ON CONFLICT (story_id, entity_id) DO UPDATE SET weight = story_entities.weight + excluded.weight
                """,
                ("@s", storyId), ("@e", entity.Id), ("@name", entity.Name), ("@w", Math.Max(1, entity.Mentions.Count)));
        }

        foreach (var term in terms)
        {
            connection.Execute(
                transaction,
                """
                INSERT INTO story_terms (story_id, term, weight) VALUES (@s, @t, 1)
                ON CONFLICT (story_id, term) DO UPDATE SET weight = story_terms.weight + 1
                """,
                ("@s", storyId), ("@t", term));
        }

        var label = string.Join(", ", connection.Query(
            transaction,
            $"SELECT name FROM story_entities WHERE story_id = @s ORDER BY weight DESC, entity_id LIMIT {LabelEntities}",
            row => row.GetString(0),
            ("@s", storyId)));
        connection.Execute(
            transaction,
            """
            UPDATE stories SET label = @label,
                first_published = CASE WHEN first_published IS NULL OR @p < first_published THEN @p ELSE first_published END,
                last_published = CASE WHEN last_published IS NULL OR @p > last_published THEN @p ELSE last_published END
            WHERE id = @s
            """,
            ("@label", label), ("@p", record.Published), ("@s", storyId));
    }

    private sealed record Candidate(string Id, string? First, string? Last, long Shared, long Size);
}
