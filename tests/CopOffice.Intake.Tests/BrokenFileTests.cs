using System.Buffers.Binary;
using System.IO.Compression;
using CopOffice.Intake.Tests.Fixtures;
using CopOffice.Questionnaires;
using CopOffice.Responses;

namespace CopOffice.Intake.Tests;

/// <summary>Files that cannot be read: each ends as one rejected item whose reason a member can act on.</summary>
public class BrokenFileTests
{
    [Fact]
    public void An_empty_file()
    {
        var finding = TestIntake.Rejection([]);

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("The file is empty (0 bytes): it was not saved completely or its upload failed. Save it again in Excel and send it again.", finding.Message);
        Assert.Equal("member.xlsx", finding.Location.ToString());
    }

    [Fact]
    public void A_text_file_renamed_xlsx()
    {
        var finding = TestIntake.Rejection("Name;Score\nAda;4\n"u8.ToArray());

        Assert.Equal("This file is named .xlsx but holds text, not an Excel workbook (a CSV file or a web page, renamed?). Open it in Excel and save it as an Excel Workbook (.xlsx).", finding.Message);
    }

    [Fact]
    public void Something_that_is_no_spreadsheet_at_all()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

        var finding = TestIntake.Rejection(png, "photo.xlsx");

        Assert.Equal("This is not a spreadsheet: its content is neither an Excel workbook (.xlsx, .xlsm, .xls) nor text, whatever its name (.xlsx) says. Send the filled Excel workbook (.xlsx) instead.", finding.Message);
        Assert.Equal("photo.xlsx", finding.Location.ToString());
    }

    [Fact]
    public void A_truncated_workbook()
    {
        var bytes = TemplateFiles.FilledSurvey();

        var finding = TestIntake.Rejection(bytes[..(bytes.Length / 2)]);

        Assert.Equal("The file is damaged: it is a zip package, as .xlsx workbooks are, but truncated or corrupt (End of Central Directory record could not be found). Save the workbook again in Excel, or upload it again if the copy was cut short.", finding.Message);
    }

    [Fact]
    public void A_workbook_whose_answer_sheet_data_is_corrupt()
    {
        var bytes = TemplateFiles.FilledSurvey();
        var data = EntryDataOffset(bytes, "xl/worksheets/sheet2.xml");
        bytes.AsSpan(data + 20, 200).Fill(0xA5);

        var finding = TestIntake.Rejection(bytes);

        Assert.StartsWith("The workbook is damaged and cannot be read (", finding.Message);
        Assert.EndsWith("). Open it in Excel and save it again; if Excel cannot open it either, fill in a fresh copy of the template.", finding.Message);
    }

    [Fact]
    public void A_password_protected_workbook()
    {
        var encrypted = CompoundFileBytes.WithStreams("\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage");

        var finding = TestIntake.Rejection(encrypted);

        Assert.Equal("The workbook is password-protected: remove the password and save again (in Excel: File › Info › Protect Workbook › Encrypt with Password, clear the password), then send it again.", finding.Message);
    }

    [Fact]
    public void An_old_Office_file_that_is_no_workbook()
    {
        var finding = TestIntake.Rejection(CompoundFileBytes.WithStreams("WordDocument", "\u0005SummaryInformation"), "notes.xls");

        Assert.Equal("This is an Office document in the old binary format, but not an Excel workbook (a Word or PowerPoint file?). Send the filled Excel workbook (.xlsx) instead.", finding.Message);
    }

    [Fact]
    public void A_compound_file_with_a_broken_header()
    {
        var bytes = new byte[512];
        CompoundFileBytes.WithStreams()[..8].CopyTo(bytes, 0);

        var finding = TestIntake.Rejection(bytes, "old.xls");

        Assert.Equal("The file is damaged: it is an Office compound file, as .xls workbooks are, but its structure is broken (sector size 2^0 is not 512 or 4096 bytes). Open it in Excel and save it as an Excel Workbook (.xlsx).", finding.Message);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(12)]
    public void An_xls_whose_DIFAT_chain_loops_on_sector_0_is_damaged_within_a_memory_budget(int sectorShift)
    {
        // 10 MB whose first DIFAT sector is sector 0, which lists sector 1 as a FAT sector in every slot and
        // points back at itself: followed blindly, it claims millions of FAT sectors (1.3 GB, or an int overflow).
        var sector = 1 << sectorShift;
        var bytes = new byte[10 * 1024 * 1024];
        var header = CompoundFileBytes.WithStreams("Workbook").AsSpan(0, 512);
        header.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(26), (ushort)(sectorShift == 12 ? 4 : 3));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(30), (ushort)sectorShift);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(68), 0);
        var zero = bytes.AsSpan(sector, sector);
        for (var i = 0; i < sector / 4 - 1; i++) BinaryPrimitives.WriteUInt32LittleEndian(zero[(4 * i)..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(zero[(sector - 4)..], 0);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var finding = TestIntake.Rejection(bytes, "loop.xls");

        // 512-byte sectors loop before the table outgrows the file; 4 KB ones outgrow it in the first DIFAT sector.
        Assert.Equal(sectorShift == 9 ? "the DIFAT chain leaves the file or loops" : "the allocation table claims 1,024 sectors, more than a file of 2,559 sectors can hold, or the same sector twice",
            finding.Message[(finding.Message.IndexOf('(') + 1)..finding.Message.IndexOf(')')]);
        Assert.StartsWith("The file is damaged: it is an Office compound file, as .xls workbooks are, but its structure is broken (", finding.Message);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 64L * 1024 * 1024);
    }

    [Fact]
    public void An_xls_whose_workbook_stream_is_empty_is_damaged()
    {
        var finding = TestIntake.Rejection(CompoundFileBytes.WithStreams("Workbook"), "old.xls");

        Assert.StartsWith("The workbook is damaged and cannot be read (", finding.Message);
    }

    [Fact]
    public void A_zip_bomb_over_the_configured_limit()
    {
        var bomb = Zip(("xl/workbook.xml", 100), ("xl/worksheets/sheet1.xml", 2 * 1024 * 1024));

        var finding = TestIntake.Rejection(bomb, limits: new IntakeLimits { MaxUnpackedBytes = 1024 * 1024, MaxCompressionRatio = int.MaxValue });

        Assert.True(bomb.Length < 10_000, $"the bomb is {bomb.Length} bytes");
        Assert.Equal("The workbook would unpack to 2 MB, more than the 1 MB CopOffice reads of one file (a guard against zip bombs): no filled template or Forms export is that large. Check that this is the right file.", finding.Message);
    }

    [Fact]
    public void A_zip_bomb_is_caught_by_its_compression_ratio_long_before_the_size_limit()
    {
        var bomb = Zip(("xl/workbook.xml", 100), ("xl/worksheets/sheet1.xml", 201L * 1024 * 1024));

        var finding = TestIntake.Rejection(bomb);

        Assert.Matches(@"^The workbook's part xl/worksheets/sheet1\.xml would unpack to 201 MB from [0-9.]+ KB, more than 200 times its packed size \(a guard against zip bombs\): real workbooks pack far less tightly\. Check that this is the right file\.$", finding.Message);
    }

    [Fact]
    public void A_workbook_over_the_default_limit_of_1_GB_is_rejected_even_when_it_packs_like_a_real_one()
    {
        var bomb = Zip(("xl/workbook.xml", 100), ("xl/worksheets/sheet1.xml", 1025L * 1024 * 1024));

        var finding = TestIntake.Rejection(bomb, limits: IntakeLimits.Default with { MaxCompressionRatio = int.MaxValue });

        Assert.Equal("The workbook's sheet (xl/worksheets/sheet1.xml) would unpack to 1,025 MB, more than the 1,024 MB CopOffice reads of one part: no filled template or Forms export has that much. Check that this is the right file.", finding.Message);
    }

    [Theory]
    [InlineData("xl/sharedStrings.xml", 9, "shared strings", "8 MB")]
    [InlineData("xl/workbook.xml", 2, "sheet list and defined names", "1 MB")]
    [InlineData("xl/worksheets/sheet1.xml", 33, "sheet", "32 MB")]
    [InlineData("xl/media/image1.png", 33, "part", "32 MB")]
    public void An_upload_is_held_to_a_cap_per_part(string part, int megabytes, string what, string cap)
    {
        var parts = new Dictionary<string, long> { ["xl/workbook.xml"] = 100, ["xl/sharedStrings.xml"] = 100, ["xl/worksheets/sheet1.xml"] = 100 };
        parts[part] = megabytes * 1024L * 1024;
        var bytes = Zip([.. parts.Select(p => (p.Key, p.Value))]);

        var finding = TestIntake.Rejection(bytes, limits: IntakeLimits.Upload with { MaxCompressionRatio = int.MaxValue });

        Assert.Equal($"The workbook's {what} ({part}) would unpack to {megabytes} MB, more than the {cap} CopOffice reads of one part: no filled template or Forms export has that much. Check that this is the right file.", finding.Message);
    }

    [Fact]
    public void The_batch_limits_read_a_part_an_upload_may_not_hold()
    {
        var bytes = Zip(("xl/workbook.xml", 100), ("xl/sharedStrings.xml", 9L * 1024 * 1024), ("xl/worksheets/sheet1.xml", 100));

        var finding = TestIntake.Rejection(bytes, limits: IntakeLimits.Default with { MaxCompressionRatio = int.MaxValue });

        // Past the caps, the zeros are read as XML: the parser, not the probe, turns the file away.
        Assert.StartsWith("The workbook is damaged and cannot be read (", finding.Message);
    }

    [Fact]
    public void A_zip_that_understates_its_sizes_unpacks_no_more_than_it_declares()
    {
        // A bomb that lies in its headers: the runtime stops unpacking an entry at its declared size,
        // so the answer sheet ends early and the workbook reads as damaged instead of filling memory.
        var bytes = TemplateFiles.FilledSurvey();
        DeclareSize(bytes, "xl/worksheets/sheet2.xml", 100);

        var finding = TestIntake.Rejection(bytes);

        Assert.StartsWith("The workbook is damaged and cannot be read (", finding.Message);
    }

    [Fact]
    public void A_package_of_too_many_parts()
    {
        var bytes = Zip([.. Enumerable.Range(0, 6).Select(i => ($"xl/part{i}.xml", 10L))]);

        var finding = TestIntake.Rejection(bytes, limits: new IntakeLimits { MaxZipEntries = 5 });

        Assert.Equal("The workbook has 6 parts, more than the 5 CopOffice reads of one file (a guard against zip bombs): no filled template or Forms export has that many. Check that this is the right file.", finding.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit()
    {
        var bytes = TemplateFiles.FilledSurvey();

        var finding = TestIntake.Rejection(bytes, limits: new IntakeLimits { MaxFileBytes = 1024 });

        Assert.Equal($"The file is {IntakeLimits.Describe(bytes.Length)}, more than the 1 KB CopOffice reads of one file: a filled template or a Forms export is far smaller. Check that this is the right file.", finding.Message);
    }

    [Fact]
    public void A_download_over_the_size_limit_is_read_only_up_to_the_limit()
    {
        var download = new Download(TemplateFiles.FilledSurvey());

        var item = Assert.Single(WorkbookIntake.Read(download, TestIntake.Source("member.xlsx"), new IntakeLimits { MaxFileBytes = 1024 }));

        Assert.Equal("The file is larger than the 1 KB CopOffice reads of one file: a filled template or a Forms export is far smaller. Check that this is the right file.",
            Assert.Single(item.Rejected!.Findings).Message);
        Assert.True(download.BytesRead <= 1024 + 81920, $"read {download.BytesRead} bytes");
    }

    [Fact]
    public void A_download_is_read_like_a_file()
    {
        var item = Assert.Single(WorkbookIntake.Read(new Download(TemplateFiles.FilledSurvey()), TestIntake.Source("member.xlsx")));

        Assert.Equal("Ada Lovelace", item.Raw!.Answers[AnswerNames.Name].Value);
    }

    [Fact]
    public void A_large_download_is_buffered_outside_memory_and_still_probed()
    {
        var random = new byte[9 * 1024 * 1024];
        new Random(7).NextBytes(random);
        var zip = Zip(("data.bin", random));

        var item = Assert.Single(WorkbookIntake.Read(new Download(zip), TestIntake.Source("big.xlsx")));

        Assert.Equal("This is a zip archive, not an Excel workbook. Send the filled Excel workbook (.xlsx) instead.", Assert.Single(item.Rejected!.Findings).Message);
    }

    [Theory]
    [InlineData("word/document.xml", "This is a Word document, not an Excel workbook. Send the filled Excel workbook (.xlsx) instead.")]
    [InlineData("ppt/presentation.xml", "This is a PowerPoint presentation, not an Excel workbook. Send the filled Excel workbook (.xlsx) instead.")]
    [InlineData("xl/workbook.bin", "This is an Excel Binary Workbook (.xlsb), which CopOffice does not read: open it in Excel and save it as an Excel Workbook (.xlsx).")]
    public void Other_zip_packages(string part, string message) =>
        Assert.Equal(message, TestIntake.Rejection(Zip(("[Content_Types].xml", 10), (part, 10))).Message);

    [Fact]
    public void A_workbook_whose_workbook_part_is_not_xml_is_damaged()
    {
        var finding = TestIntake.Rejection(Zip(("[Content_Types].xml", 10), ("xl/workbook.xml", 10)));

        Assert.StartsWith("The workbook is damaged and cannot be read (", finding.Message);
    }

    [Fact]
    public void A_csv_with_Forms_columns_but_no_questions_is_rejected_by_the_Forms_reader()
    {
        var finding = TestIntake.Rejection("Id,Start time,Email\n1,2026-11-15,ada@example.org\n"u8.ToArray(), "responses.csv");

        Assert.Equal("None of the questions of this Forms export is one of templates/forms/value-survey.md, templates/forms/health-check.md or templates/forms/forming-check.md (it has no question columns). "
            + "Build the form from one of those lists, keeping the question texts exactly, or export the right form.", finding.Message);
    }

    private static byte[] Zip(params (string Name, long Bytes)[] entries) =>
        Zip([.. entries.Select(e => (e.Name, (Action<Stream>)(s => WriteZeros(s, e.Bytes))))]);

    private static byte[] Zip((string Name, byte[] Content) entry) => Zip([(entry.Name, s => s.Write(entry.Content))]);

    private static byte[] Zip(params (string Name, Action<Stream> Write)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, write) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                write(entry);
            }
        return stream.ToArray();
    }

    private static void WriteZeros(Stream stream, long count)
    {
        var zeros = new byte[1024 * 1024];
        for (var left = count; left > 0; left -= zeros.Length) stream.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
    }

    /// <summary>Where an entry's compressed data starts: after its local header, name and extra field.</summary>
    private static int EntryDataOffset(byte[] zip, string name)
    {
        var pattern = System.Text.Encoding.ASCII.GetBytes(name);
        for (var i = 0; i < zip.Length - 30; i++)
        {
            if (zip[i] != 'P' || zip[i + 1] != 'K' || zip[i + 2] != 3 || zip[i + 3] != 4) continue;
            var nameLength = BitConverter.ToUInt16(zip, i + 26);
            var extraLength = BitConverter.ToUInt16(zip, i + 28);
            if (zip.AsSpan(i + 30, nameLength).SequenceEqual(pattern)) return i + 30 + nameLength + extraLength;
        }
        throw new InvalidOperationException($"{name} is not in the package");
    }

    /// <summary>Rewrites the uncompressed size an entry declares, in its local header and in the central directory.</summary>
    private static void DeclareSize(byte[] zip, string name, uint size)
    {
        var pattern = System.Text.Encoding.ASCII.GetBytes(name);
        var patched = 0;
        for (var i = 0; i < zip.Length - 46; i++)
        {
            if (zip[i] != 'P' || zip[i + 1] != 'K') continue;
            if (zip[i + 2] == 3 && zip[i + 3] == 4 && zip.AsSpan(i + 30, BitConverter.ToUInt16(zip, i + 26)).SequenceEqual(pattern))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22), size);
                patched++;
            }
            else if (zip[i + 2] == 1 && zip[i + 3] == 2 && zip.AsSpan(i + 46, BitConverter.ToUInt16(zip, i + 28)).SequenceEqual(pattern))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24), size);
                patched++;
            }
        }
        Assert.Equal(2, patched);
    }

    /// <summary>A download as a store hands it over: read once, front to back, no length, no seeking.</summary>
    private sealed class Download(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
