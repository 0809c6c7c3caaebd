using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Api;

// Query parameters arrive as text and are checked by QueryCheck, so a wrong value is a 400 with
// its reason. Their descriptions are the OpenAPI document's.

public sealed class PageParameters
{
    [FromQuery(Name = "offset"), Description("Items to skip (default 0).")]
    public string? Offset { get; init; }

    [FromQuery(Name = "limit"), Description("Items to return, 1 to 500 (default 50).")]
    public string? Limit { get; init; }
}

public sealed class ArticleParameters
{
    [FromQuery(Name = "entity"), Description("Only articles that mention this entity id (PRK, geonames:…, local:…).")]
    public string? Entity { get; init; }

    [FromQuery(Name = "language"), Description("Only articles in this language (ISO 639-1: fr, en).")]
    public string? Language { get; init; }

    [FromQuery(Name = "from"), Description("Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Only articles published on or before this date, inclusive at its precision.")]
    public string? To { get; init; }

    [FromQuery(Name = "story"), Description("Only the articles of this story id (story-…, as /api/stories lists them).")]
    public string? Story { get; init; }
}

public sealed class EntityParameters
{
    [FromQuery(Name = "type"), Description("Only entities of this type: PERSON, ORG, GPE, LOC, FAC, WEAPON, EVENT, OTHER.")]
    public string? Type { get; init; }

    [FromQuery(Name = "name"), Description("Only entities whose name contains this text.")]
    public string? Name { get; init; }
}

public sealed class FactParameters
{
    [FromQuery(Name = "entity"), Description("Only facts involving this entity id.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "article"), Description("Only facts of this article id.")]
    public string? Article { get; init; }

    [FromQuery(Name = "type"), Description("Events: a PLOVER type (ACCUSE, SANCTION…); quotes: direct or reported.")]
    public string? Type { get; init; }

    [FromQuery(Name = "status"), Description("Only facts with this claim status: asserted, reported, alleged, denied, planned, sought, hypothetical.")]
    public string? Status { get; init; }

    [FromQuery(Name = "from"), Description("Only facts of articles published on or after this date.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Only facts of articles published on or before this date, inclusive at its precision.")]
    public string? To { get; init; }

    [FromQuery(Name = "story"), Description("Only facts of the articles of this story id (story-…, as /api/stories lists them).")]
    public string? Story { get; init; }
}

public sealed class TransferParameters
{
    [FromQuery(Name = "supplier"), Description("Only transfers from this entity id.")]
    public string? Supplier { get; init; }

    [FromQuery(Name = "recipient"), Description("Only transfers to this entity id.")]
    public string? Recipient { get; init; }

    [FromQuery(Name = "status"), Description("Only transfers with this claim status.")]
    public string? Status { get; init; }

    [FromQuery(Name = "entity"), Description("Only transfers from or to this entity id.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "article"), Description("Only transfers of this article id.")]
    public string? Article { get; init; }

    [FromQuery(Name = "from"), Description("Only transfers of articles published on or after this date.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Only transfers of articles published on or before this date, inclusive at its precision.")]
    public string? To { get; init; }

    [FromQuery(Name = "story"), Description("Only transfers of the articles of this story id (story-…, as /api/stories lists them).")]
    public string? Story { get; init; }
}

public sealed class SearchParameters
{
    [FromQuery(Name = "q"), Description("Words that must all occur (accents and case do not matter).")]
    public string? Q { get; init; }

    [FromQuery(Name = "language"), Description("Only articles in this language.")]
    public string? Language { get; init; }

    [FromQuery(Name = "entity"), Description("Only articles that mention this entity id.")]
    public string? Entity { get; init; }

    [FromQuery(Name = "from"), Description("Only articles published on or after this date.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Only articles published on or before this date.")]
    public string? To { get; init; }

    [FromQuery(Name = "limit"), Description("At most this many hits, 1 to 500 (default 20).")]
    public string? Limit { get; init; }

    [FromQuery(Name = "story"), Description("Only hits of the articles of this story id (story-…, as /api/stories lists them).")]
    public string? Story { get; init; }
}

public sealed class TimelineParameters
{
    [FromQuery(Name = "story"), Description("Only the events and transfers of this story id.")]
    public string? Story { get; init; }

    [FromQuery(Name = "entity"), Description("Only the events and transfers this entity id takes part in.")]
    public string? Entity { get; init; }
}

public sealed class StoryScope
{
    [FromQuery(Name = "story"), Description("Only what the articles of this story id tell (story-…, as /api/stories lists them).")]
    public string? Story { get; init; }
}
