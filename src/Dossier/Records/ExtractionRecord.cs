using System.Text.Json.Serialization;

namespace Dossier.Records;

// The JSON record of ../shared/contract/extract-output.md. Field names are the contract's;
// these types carry no behaviour so that the contract stays readable in one place.

public sealed record ExtractionRecord(
    string Id,
    string Source,
    string? Title,
    string? Published,
    string? Language,
    string Text,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<QuantityRecord> Quantities,
    IReadOnlyList<TimeRecord> Times,
    IReadOnlyList<QuoteRecord> Quotes,
    IReadOnlyList<EventRecord> Events,
    IReadOnlyList<TransferRecord> Transfers);

public sealed record MentionRecord(int Start, int End, string Text);

public sealed record EntityRecord(string Id, string Name, string Type, IReadOnlyList<MentionRecord> Mentions);

public sealed record QuantityRecord(
    int Start,
    int End,
    string Text,
    double Value,
    string Approx,
    [property: JsonPropertyName("value_max")] double? ValueMax,
    string? Unit,
    string? Per);

public sealed record TimeRecord(int Start, int End, string Text, string Type, string Value);

public sealed record QuoteRecord(
    int Start,
    int End,
    string Text,
    bool Direct,
    string? Speaker,
    [property: JsonPropertyName("speaker_id")] string? SpeakerId,
    string? Cue);

public sealed record SpanRecord(int Start, int End);

public sealed record EventRecord(
    string Type,
    string? Mode,
    string? Actor,
    string? Target,
    string? When,
    string? Where,
    string Status,
    [property: JsonPropertyName("attributed_to")] string? AttributedTo,
    SpanRecord Evidence);

public sealed record TransferQuantityRecord(
    double Value,
    string Approx,
    [property: JsonPropertyName("value_max")] double? ValueMax,
    string? Unit);

public sealed record PeriodRecord(string? From, string? To);

/// <param name="Legs">Added to the contract: the route as legs with their mode. Null in records written before
/// it existed; readers then cut <paramref name="Route"/> into legs of unknown mode.</param>
public sealed record TransferRecord(
    string? Supplier,
    string? Recipient,
    IReadOnlyList<string> Items,
    TransferQuantityRecord? Quantity,
    PeriodRecord? Period,
    IReadOnlyList<string> Route,
    IReadOnlyList<LegRecord>? Legs,
    string Status,
    [property: JsonPropertyName("attributed_to")] IReadOnlyList<string> AttributedTo,
    IReadOnlyList<SpanRecord> Evidence);

/// <param name="From">Null when the text names only where the leg went.</param>
/// <param name="Mode">sea, rail, road or air; null when the text does not say.</param>
public sealed record LegRecord(string? From, string To, string? Mode, SpanRecord Evidence);
