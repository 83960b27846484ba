using System.Buffers.Binary;
using System.Text;

namespace CopOffice.Intake.Tests.Fixtures;

/// <summary>
/// A minimal, well-formed OLE compound file ([MS-CFB] version 3, 512-byte sectors) holding empty
/// streams of the given names: the container Excel wraps a password-protected workbook in
/// (streams EncryptionInfo and EncryptedPackage), or an .xls ("Workbook") or a .doc ("WordDocument").
/// </summary>
internal static class CompoundFileBytes
{
    private const uint EndOfChain = 0xFFFFFFFE, FreeSector = 0xFFFFFFFF, FatSector = 0xFFFFFFFD, NoStream = 0xFFFFFFFF;

    public static byte[] WithStreams(params string[] streams)
    {
        const int sector = 512;
        var entries = 1 + streams.Length;
        var directorySectors = (entries * 128 + sector - 1) / sector;
        // Sector 0 holds the FAT; the directory follows in sectors 1..n.
        var bytes = new byte[sector * (2 + directorySectors)];
        var span = bytes.AsSpan();

        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[24..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(span[26..], 3);      // major version 3: 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(span[28..], 0xFFFE); // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(span[30..], 9);      // sector shift
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 6);      // mini sector shift
        BinaryPrimitives.WriteUInt32LittleEndian(span[44..], 1);      // FAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(span[48..], 1);      // first directory sector
        BinaryPrimitives.WriteUInt32LittleEndian(span[56..], 4096);   // mini stream cutoff
        BinaryPrimitives.WriteUInt32LittleEndian(span[60..], EndOfChain); // no mini FAT
        BinaryPrimitives.WriteUInt32LittleEndian(span[68..], EndOfChain); // no DIFAT sectors
        BinaryPrimitives.WriteUInt32LittleEndian(span[76..], 0);      // DIFAT[0]: the FAT is sector 0
        for (var i = 1; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(span[(76 + 4 * i)..], FreeSector);

        var fat = span[sector..(2 * sector)];
        for (var i = 0; i < sector / 4; i++) BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, FatSector);
        for (var s = 1; s <= directorySectors; s++)
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * s)..], s == directorySectors ? EndOfChain : (uint)(s + 1));

        var directory = span[(2 * sector)..];
        Entry(directory, 0, "Root Entry", type: 5, child: streams.Length > 0 ? 1u : NoStream, right: NoStream);
        // The streams hang off the root as a chain of right siblings (a degenerate but valid red-black tree).
        for (var i = 0; i < streams.Length; i++)
            Entry(directory, i + 1, streams[i], type: 2, child: NoStream, right: i + 1 < streams.Length ? (uint)(i + 2) : NoStream);
        return bytes;
    }

    private static void Entry(Span<byte> directory, int index, string name, byte type, uint child, uint right)
    {
        var entry = directory.Slice(index * 128, 128);
        var utf16 = Encoding.Unicode.GetBytes(name + "\0");
        utf16.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)utf16.Length);
        entry[66] = type;
        entry[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(entry[68..], NoStream); // left sibling
        BinaryPrimitives.WriteUInt32LittleEndian(entry[72..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[76..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[116..], EndOfChain); // starting sector: empty stream
    }
}
