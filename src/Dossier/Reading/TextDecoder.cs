using System.Text;

namespace Dossier.Reading;

/// <summary>
/// Decodes the bytes of a text file: a byte-order mark wins (UTF-8, UTF-16 LE/BE); otherwise strict
/// UTF-8; otherwise Windows-1252, because French pages saved by older tools arrive in Latin-1 and a
/// lenient UTF-8 decode would turn every "é" into U+FFFD. Bytes with NULs and no BOM are binary.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? Encoding.Latin1;

    /// <param name="legacy">The encoding to use when the bytes are not UTF-8; Windows-1252 when null.</param>
    public static bool TryDecode(byte[] bytes, out string text, Encoding? legacy = null)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return TryStrict(StrictUtf8, bytes, 3, out text);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return TryStrict(new UnicodeEncoding(false, false, true), bytes, 2, out text);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return TryStrict(new UnicodeEncoding(true, false, true), bytes, 2, out text);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            text = string.Empty;
            return false;
        }

        if (TryStrict(StrictUtf8, bytes, 0, out text))
        {
            return true;
        }

        text = (legacy ?? Windows1252).GetString(bytes);
        return true;
    }

    private static bool TryStrict(Encoding encoding, byte[] bytes, int offset, out string text)
    {
        try
        {
            text = encoding.GetString(bytes, offset, bytes.Length - offset);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }
}
