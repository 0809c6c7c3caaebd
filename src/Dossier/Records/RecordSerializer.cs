using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Records;

/// <summary>Writes and reads contract records as JSON (one line each, or indented for people).</summary>
public static class RecordSerializer
{
    // Article text is full of accents and guillemets: keep them readable instead of \u-escaped.
    // The output is JSON Lines, never embedded in HTML, so relaxed escaping is safe here.
    private static readonly JsonSerializerOptions CompactOptions = new(RecordJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static readonly JsonSerializerOptions PrettyOptions = new(CompactOptions) { WriteIndented = true };

    private static readonly RecordJsonContext Compact = new(CompactOptions);
    private static readonly RecordJsonContext Pretty = new(PrettyOptions);

    public static string Serialize(ExtractionRecord record, bool indented = false) =>
        JsonSerializer.Serialize(record, (indented ? Pretty : Compact).ExtractionRecord);

    public static ExtractionRecord? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Compact.ExtractionRecord);
}
