using Dossier.Articles;

namespace Dossier.Tokens;

/// <summary>The tokens layer: every token and every sentence of the text, in order.</summary>
public sealed record TokenLayer(IReadOnlyList<Token> Tokens, IReadOnlyList<TextSpan> Sentences);

/// <summary>One token; <see cref="Sentence"/> indexes <see cref="TokenLayer.Sentences"/>.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, int Sentence);

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
}
