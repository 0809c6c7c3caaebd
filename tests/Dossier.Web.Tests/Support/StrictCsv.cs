using System.Text;

namespace Dossier.Web.Tests.Support;

/// <summary>
/// An RFC 4180 reader written for the tests, independent of the exporter: CRLF between records,
/// fields quoted when they hold a comma, a quote or a line break, quotes doubled inside. Anything
/// else (a bare quote inside a field, text after a closing quote, a lone LF) is an error.
/// </summary>
internal static class StrictCsv
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("a quoted field is not closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"text after a closing quote at {i}");
                }

                continue;
            }

            switch (text[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                case '"' or '\r' or '\n':
                    throw new FormatException($"a quote or line break in an unquoted field at {i}");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            throw new FormatException("the last record does not end with CRLF");
        }

        return records;
    }
}
