using System.Text.Json;

namespace Dossier.Records;

internal static class JsonNaming
{
    /// <summary>"AtLeast" → "at_least", the contract's spelling of enum values.</summary>
    public static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
