using System.Buffers.Binary;
using System.Text;

namespace CopOffice.Intake.Probing;

/// <summary>
/// Lists the stream names of an OLE compound file ([MS-CFB]): the container of .xls workbooks, and of
/// .xlsx workbooks once Excel encrypts them with a password (streams EncryptionInfo and EncryptedPackage).
/// Reads only the header, the FAT and the directory; never a stream's content.
/// </summary>
internal static class CompoundFile
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE, MaxRegularSector = 0xFFFFFFFA;
    private const int HeaderSize = 512, HeaderDifatEntries = 109, DirectoryEntrySize = 128;
    private const byte StreamObject = 2;

    /// <summary>The names of the streams in the file; an <see cref="InvalidDataException"/> when its structure is broken.</summary>
    public static IReadOnlyList<string> StreamNames(Stream stream)
    {
        var header = new byte[HeaderSize];
        stream.Position = 0;
        if (stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize || !header.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException("the compound file header is incomplete");
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30));
        if (sectorShift is not (9 or 12)) throw new InvalidDataException($"sector size 2^{sectorShift} is not 512 or 4096 bytes");
        var sectorSize = 1 << sectorShift;
        // Sector n starts at (n + 1) × size: the header fills sector "-1" (padded to 4096 bytes in version 4).
        var sectorCount = (stream.Length + sectorSize - 1) / sectorSize - 1;

        var fat = ReadFat(stream, header, sectorSize, sectorCount);
        var names = new List<string>();
        var directory = new byte[sectorSize];
        var sector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(48));
        // A chain longer than the file has sectors loops: stop there rather than follow it forever.
        for (long visited = 0; sector != EndOfChain; visited++)
        {
            if (sector > MaxRegularSector || sector >= sectorCount || visited > sectorCount)
                throw new InvalidDataException("the directory chain leaves the file");
            ReadSector(stream, sector, directory);
            for (var offset = 0; offset < sectorSize; offset += DirectoryEntrySize)
            {
                var entry = directory.AsSpan(offset, DirectoryEntrySize);
                var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
                if (entry[66] != StreamObject || nameBytes is < 2 or > 64) continue;
                names.Add(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]));
            }
            sector = sector < fat.Count ? fat[(int)sector] : throw new InvalidDataException("the directory chain leaves the allocation table");
        }
        return names;
    }

    private static List<uint> ReadFat(Stream stream, byte[] header, int sectorSize, long sectorCount)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < HeaderDifatEntries; i++)
        {
            var s = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(76 + 4 * i));
            if (s <= MaxRegularSector) fatSectors.Add(s);
        }
        // Large files continue the list of FAT sectors in DIFAT sectors: each ends with the next one's number.
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(68));
        var buffer = new byte[sectorSize];
        // The file cannot hold more FAT sectors than it has sectors, nor more entries than it has sectors to describe:
        // a chain that loops or repeats (a DIFAT pointing at sector 0 over and over) is refused before it costs memory.
        var maxFatSectors = sectorCount / (sectorSize / 4) + 1;
        var seen = new HashSet<uint>();
        while (difat <= MaxRegularSector)
        {
            if (difat >= sectorCount || !seen.Add(difat)) throw new InvalidDataException("the DIFAT chain leaves the file or loops");
            ReadSector(stream, difat, buffer);
            for (var i = 0; i < sectorSize / 4 - 1; i++)
            {
                var s = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i));
                if (s <= MaxRegularSector) fatSectors.Add(s);
            }
            difat = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(sectorSize - 4));
            if (fatSectors.Count > maxFatSectors) break;
        }
        if (fatSectors.Count > maxFatSectors || fatSectors.Distinct().Count() != fatSectors.Count)
            throw new InvalidDataException($"the allocation table claims {fatSectors.Count:N0} sectors, more than a file of {sectorCount:N0} sectors can hold, or the same sector twice");

        var fat = new List<uint>((int)Math.Min((long)fatSectors.Count * sectorSize / 4, int.MaxValue));
        foreach (var s in fatSectors)
        {
            if (s >= sectorCount) throw new InvalidDataException("the allocation table lies outside the file");
            ReadSector(stream, s, buffer);
            for (var i = 0; i < sectorSize / 4; i++) fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i)));
        }
        return fat;
    }

    private static void ReadSector(Stream stream, uint sector, byte[] buffer)
    {
        stream.Position = ((long)sector + 1) * buffer.Length;
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        // The last sector of a file may be cut short; what is missing reads as free space.
        if (read < buffer.Length) buffer.AsSpan(read).Fill(0xFF);
    }
}
