using Dossier.Articles;

namespace Dossier.Times;

/// <summary>A time expression found in the text whose value waits for the article's context.</summary>
internal sealed record TimeCandidate(TextSpan Span, TimexType Type, Func<TimeContext, string> Value);
