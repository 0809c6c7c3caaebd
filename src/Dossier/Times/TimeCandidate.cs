using Dossier.Articles;

namespace Dossier.Times;

/// <summary>A time expression found in the text whose value waits for the article's context.</summary>
/// <param name="Role">What <see cref="ClockJoiner"/> may join it with.</param>
/// <param name="Clock">For a time of day, its "Thh:mm" part.</param>
internal sealed record TimeCandidate(TextSpan Span, TimexType Type, Func<TimeContext, string> Value,
    TimeRole Role = TimeRole.Other, string? Clock = null);

/// <summary>The kinds of candidate a time of day can be joined to.</summary>
internal enum TimeRole
{
    Other,

    /// <summary>A day named relative to the publication: "hier", "aujourd'hui", "demain".</summary>
    DayPhrase,

    /// <summary>A bare weekday: "jeudi".</summary>
    Weekday,

    /// <summary>A time of day: "15 h 30", "10 a.m.".</summary>
    Clock,
}
