using Dossier.Store.Duplicates;

namespace Dossier.Store.Sql;

/// <summary>The schema steps written in code, numbered among the SQL files of every provider.</summary>
internal static class CodeMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        // Migration 0005 created the paragraph index empty: articles stored before it had no
        // paragraphs indexed, so no partial copy of or by them was ever found.
        new(6, "0006_paragraph_index", (connection, transaction) =>
        {
            using var session = new WriteSession(connection);
            session.Begin(transaction);
            ParagraphIndex.Rebuild(session);
            session.Flush();
        }),
    ];
}
