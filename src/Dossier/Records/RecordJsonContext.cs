using System.Text.Json.Serialization;

namespace Dossier.Records;

/// <summary>Source-generated serialization for the contract: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ExtractionRecord))]
public sealed partial class RecordJsonContext : JsonSerializerContext;
