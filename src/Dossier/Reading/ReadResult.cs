using Dossier.Articles;

namespace Dossier.Reading;

/// <summary>Why an input could not be read: an expected failure, reported and skipped.</summary>
public enum ReadFailureReason
{
    NotFound,
    Unreadable,
    Empty,
    Binary,
    InvalidEncoding,
    TruncatedArchive,
    InvalidJson,
    TooLarge,
    TooDeep,
}

public sealed record ReadFailure(string Location, ReadFailureReason Reason, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>An article's source, or the reason it could not be read.</summary>
public sealed class ReadResult
{
    private ReadResult(ArticleSource? source, ReadFailure? failure)
    {
        Source = source;
        Failure = failure;
    }

    public ArticleSource? Source { get; }

    public ReadFailure? Failure { get; }

    public static ReadResult Ok(ArticleSource source) => new(source, null);

    public static ReadResult Failed(string location, ReadFailureReason reason, string message) =>
        new(null, new ReadFailure(location, reason, message));
}
