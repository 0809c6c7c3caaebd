using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Store;

/// <summary>Source-generated JSON for what the store answers (search hits, stories, facts), in the contract's snake_case.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyList<SearchHit>))]
[JsonSerializable(typeof(IReadOnlyList<StorySummary>))]
[JsonSerializable(typeof(StoryDetail))]
[JsonSerializable(typeof(IReadOnlyList<MergedStory>))]
[JsonSerializable(typeof(ArticleDetail))]
[JsonSerializable(typeof(IReadOnlyList<TimelineEntry>))]
[JsonSerializable(typeof(IReadOnlyList<Fact>))]
[JsonSerializable(typeof(IReadOnlyList<Contradiction>))]
public sealed partial class StoreJsonContext : JsonSerializerContext
{
    // Article text is full of accents and guillemets: keep them readable. The output is printed or
    // served as JSON, never embedded in HTML.
    public static StoreJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    });
}
