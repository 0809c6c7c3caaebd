namespace Dossier.Reading;

/// <summary>Decompresses a gzip input into memory, at most <see cref="InputLimits.MaxArticleBytes"/>.</summary>
internal static class Gzip
{
    /// <returns>The decompressed bytes, or the reason they could not be had.</returns>
    public static (byte[]? Bytes, ReadFailureReason? Failure, string? Message) Decompress(byte[] compressed)
    {
        try
        {
            using var input = new VerifiedGzipStream(new MemoryStream(compressed));
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (output.Length + read > InputLimits.MaxArticleBytes)
                {
                    return (null, ReadFailureReason.TooLarge, $"decompresses to more than {InputLimits.MaxArticleBytes / (1024 * 1024)} MB");
                }

                output.Write(buffer, 0, read);
            }

            return (output.ToArray(), null, null);
        }
        catch (InvalidDataException e)
        {
            return (null, ReadFailureReason.TruncatedArchive, $"is not a valid gzip file ({e.Message})");
        }
    }
}
