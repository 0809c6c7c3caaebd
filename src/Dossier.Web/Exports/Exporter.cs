using System.Text;
using Dossier.Records;

namespace Dossier.Web.Exports;

/// <summary>The formats of `dossier export`.</summary>
public enum ExportFormat
{
    /// <summary>The contract records, one JSON object per line.</summary>
    Jsonl,

    /// <summary>One table (transfers, quotes or events) as RFC 4180 CSV.</summary>
    Csv,

    /// <summary>Entities and the relations between them, with counts, for Gephi.</summary>
    Graphml,

    /// <summary>Places as Points and transfer routes as LineStrings, for QGIS.</summary>
    Geojson,

    /// <summary>FollowTheMoney entities as JSON lines, for Aleph and OpenSanctions tools.</summary>
    Ftm,
}

/// <summary>Which table a CSV export holds.</summary>
public enum CsvTable
{
    Transfers,
    Quotes,
    Events,
}

/// <summary>Writes the stored records in one export format, streaming where the format allows.</summary>
public static class Exporter
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the export; returns how many records (lines, rows, features, entities) it wrote.</summary>
    public static long Write(ExportFormat format, CsvTable table, IEnumerable<ExtractionRecord> records, Stream output) => format switch
    {
        ExportFormat.Jsonl => Jsonl(records, output),
        ExportFormat.Csv => CsvExport.Write(table, records, output),
        ExportFormat.Graphml => GraphMlExport.Write(records, output),
        ExportFormat.Geojson => GeoJsonExport.Write(records, output),
        ExportFormat.Ftm => FtmExport.Write(records, output),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
    };

    private static long Jsonl(IEnumerable<ExtractionRecord> records, Stream output)
    {
        using var writer = new StreamWriter(output, Utf8, leaveOpen: true) { NewLine = "\n" };
        long count = 0;
        foreach (var record in records)
        {
            writer.WriteLine(RecordSerializer.Serialize(record));
            count++;
        }

        return count;
    }
}
