using Microsoft.Data.Sqlite;

namespace Dossier.Bench.Store;

/// <summary>
/// How well the store's stories match the stories the feed told (each generated article is named
/// for its story): B-cubed precision and recall over articles, read straight from the SQLite file.
/// Precision falls when stories are fused, recall when one is split.
/// </summary>
internal static class StoryQuality
{
    public static string Measure(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT story_id, source FROM articles";
        var pairs = new List<(string Found, string Told)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var source = reader.GetString(1);
                pairs.Add((reader.GetString(0), source[..Math.Max(0, source.IndexOf('-', StringComparison.Ordinal))]));
            }
        }

        var found = pairs.CountBy(p => p.Found).ToDictionary();
        var told = pairs.CountBy(p => p.Told).ToDictionary();
        var both = pairs.CountBy(p => p).ToList();
        var precision = both.Sum(b => (double)b.Value * b.Value / found[b.Key.Found]) / pairs.Count;
        var recall = both.Sum(b => (double)b.Value * b.Value / told[b.Key.Told]) / pairs.Count;
        return $"stories: {found.Count} found, {told.Count} told; B-cubed precision {precision:0.000}, recall {recall:0.000}, F1 {2 * precision * recall / (precision + recall):0.000}";
    }
}
