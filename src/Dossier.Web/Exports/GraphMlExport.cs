using System.Globalization;
using System.Xml;
using Dossier.Records;

namespace Dossier.Web.Exports;

/// <summary>
/// GraphML for Gephi: a directed graph whose nodes are entities (name, type, articles, mentions)
/// and whose edges are relations from events and transfers (kind, count).
/// </summary>
internal static class GraphMlExport
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static long Write(IEnumerable<ExtractionRecord> records, Stream output)
    {
        var tally = EntityTally.Of(records);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Exporter.Utf8, Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        Key(xml, "name", "node", "label", "string");
        Key(xml, "type", "node", "type", "string");
        Key(xml, "articles", "node", "articles", "long");
        Key(xml, "mentions", "node", "mentions", "long");
        Key(xml, "kind", "edge", "kind", "string");
        Key(xml, "count", "edge", "weight", "long");
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "dossier");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var entity in tally.Entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", entity.Id);
            Data(xml, "name", entity.Name);
            Data(xml, "type", entity.Type);
            Data(xml, "articles", entity.Articles.ToString(CultureInfo.InvariantCulture));
            Data(xml, "mentions", entity.Mentions.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        var edge = 0;
        foreach (var ((source, target, kind), count) in tally.Relations.OrderBy(r => r.Key))
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", $"e{edge++}");
            xml.WriteAttributeString("source", source);
            xml.WriteAttributeString("target", target);
            Data(xml, "kind", kind);
            Data(xml, "count", count.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return tally.Entities.Count + edge;
    }

    private static void Key(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        // Names come from article text: drop characters XML cannot hold rather than fail the export.
        xml.WriteString(XmlText(value));
        xml.WriteEndElement();
    }

    private static string XmlText(string value)
    {
        var kept = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                kept.Append(value, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(value[i]))
            {
                kept.Append(value[i]);
            }
        }

        return kept.ToString();
    }
}
