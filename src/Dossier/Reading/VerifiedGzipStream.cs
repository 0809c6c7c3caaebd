using System.Buffers.Binary;
using System.IO.Compression;

namespace Dossier.Reading;

/// <summary>
/// Decompresses gzip and, at the end, checks the trailer's length field (ISIZE) against what came
/// out. .NET's <see cref="GZipStream"/> simply stops at the end of a truncated file, so a download
/// cut in half would otherwise pass for a short article; this turns it into an
/// <see cref="InvalidDataException"/>. (A file of several gzip members is checked on its last one.)
/// </summary>
internal sealed class VerifiedGzipStream : Stream
{
    private readonly TailKeepingStream _compressed;
    private readonly GZipStream _gzip;
    private long _decompressed;
    private bool _verified;

    public VerifiedGzipStream(Stream compressed)
    {
        _compressed = new TailKeepingStream(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _decompressed;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = _gzip.Read(buffer, offset, count);
        _decompressed += read;
        if (read == 0 && count > 0 && !_verified)
        {
            _verified = true;
            _compressed.Drain();
            if (_compressed.Tail is not { } tail || BinaryPrimitives.ReadUInt32LittleEndian(tail) != (uint)_decompressed)
            {
                throw new InvalidDataException("the data ends before the gzip trailer says it should: the file is truncated");
            }
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Passes reads through and remembers the last four bytes: the gzip trailer's ISIZE.</summary>
    private sealed class TailKeepingStream(Stream inner) : Stream
    {
        private readonly byte[] _last = new byte[4];
        private long _total;

        public byte[]? Tail => _total >= _last.Length ? _last : null;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _total;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Remember(buffer.AsSpan(offset, read));
            return read;
        }

        /// <summary>Reads whatever the decompressor left unread, so that <see cref="Tail"/> is the file's end.</summary>
        public void Drain()
        {
            var buffer = new byte[4096];
            while (Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Remember(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length >= _last.Length)
            {
                bytes[^_last.Length..].CopyTo(_last);
            }
            else if (bytes.Length > 0)
            {
                // Shift the kept bytes left and append the new ones.
                _last.AsSpan(bytes.Length).CopyTo(_last);
                bytes.CopyTo(_last.AsSpan(_last.Length - bytes.Length));
            }

            _total += bytes.Length;
        }
    }
}
