using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Dossier.Web.Api;

/// <summary>The API's JSON: the contract's snake_case names, accents kept readable.</summary>
internal static class WebJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        // Letters of every script stay as they are; characters that matter to HTML (<, >, &, ')
        // are still escaped, so the JSON is safe even if something ever embeds it in a page.
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.TypeInfoResolver ??= new DefaultJsonTypeInfoResolver();
        return options;
    }
}
