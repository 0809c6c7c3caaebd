using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Store.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Api;

/// <summary>
/// Checks query parameters as text and collects every reason one is wrong, so that a bad value
/// is a 400 naming the parameter rather than a binding failure or a 500.
/// </summary>
internal sealed partial class QueryCheck
{
    public static readonly string[] Statuses = ["asserted", "reported", "alleged", "denied", "planned", "sought", "hypothetical"];

    public static readonly string[] EventTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
        "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    public static readonly string[] EntityTypes = ["PERSON", "ORG", "GPE", "LOC", "FAC", "WEAPON", "EVENT", "OTHER"];

    public const int MaxOffset = 10_000_000;

    private readonly List<string> errors = [];

    public ProblemHttpResult? Problem => errors.Count > 0 ? Problems.BadParameter(string.Join(" ", errors)) : null;

    public string? Date(string name, string? value) =>
        Check(name, value, IsoDate().IsMatch(value ?? ""), "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");

    public string? Language(string name, string? value) =>
        Check(name, value, LanguageCode().IsMatch(value ?? ""), "must be an ISO 639-1 code of two lower-case letters (fr, en)");

    public string? EntityId(string name, string? value) =>
        Check(name, value, EntityIdShape().IsMatch(value ?? ""), "must be an entity id such as PRK, geonames:2038349 or local:john-kirby");

    public string? ArticleId(string name, string? value) =>
        Check(name, value, ArticleIdShape().IsMatch(value ?? ""), "must be an article id: 32 lower-case hexadecimal digits");

    public string? StoryId(string name, string? value) =>
        Check(name, value, StoryIdShape().IsMatch(value ?? ""), StoryRule);

    public string? OneOf(string name, string? value, IReadOnlyCollection<string> allowed) =>
        Check(name, value, allowed.Contains(value ?? "", StringComparer.Ordinal), $"must be one of {string.Join(", ", allowed)}");

    public string? Text(string name, string? value, int maxLength) =>
        Check(name, value, value is { Length: > 0 } && value.Length <= maxLength && !value.Any(char.IsControl), $"must be 1 to {maxLength} characters of text");

    public string Required(string name, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{name} is required.");
            return "";
        }

        return Text(name, value, maxLength) ?? "";
    }

    public PageRequest Page(string? offset, string? limit) => new(
        Integer("offset", offset, 0, MaxOffset, 0),
        Integer("limit", limit, 1, PageRequest.MaxLimit, 50));

    public int Integer(string name, string? value, int min, int max, int fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add($"{name} must be a whole number from {min} to {max} (got \"{Shown(value)}\").");
        return fallback;
    }

    /// <summary>A path segment that must be an id: the reason it is not, or null.</summary>
    public static ProblemHttpResult? BadEntityId(string id) => EntityIdShape().IsMatch(id) ? null
        : Problems.BadParameter($"id must be an entity id such as PRK, geonames:2038349 or local:john-kirby (got \"{Shown(id)}\").");

    public static ProblemHttpResult? BadArticleId(string id) => ArticleIdShape().IsMatch(id) ? null
        : Problems.BadParameter($"id must be an article id: 32 lower-case hexadecimal digits (got \"{Shown(id)}\").");

    public static ProblemHttpResult? BadStoryId(string id) => StoryIdShape().IsMatch(id) ? null
        : Problems.BadParameter($"id {StoryRule} (got \"{Shown(id)}\").");

    private const string StoryRule = "must be a story id: story- and hexadecimal digits, as /api/stories lists them";

    private string? Check(string name, string? value, bool valid, string rule)
    {
        if (value is null)
        {
            return null;
        }

        if (!valid)
        {
            errors.Add($"{name} {rule} (got \"{Shown(value)}\").");
            return null;
        }

        return value;
    }

    // The value is echoed to help the caller; a long or binary one is cut and made printable.
    private static string Shown(string value) =>
        new([.. value.Take(60).Select(c => char.IsControl(c) ? '?' : c)]);

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9:._\-]{0,199}$")]
    private static partial Regex EntityIdShape();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex ArticleIdShape();

    [GeneratedRegex("^story-[0-9a-f]{1,32}$")]
    private static partial Regex StoryIdShape();
}
