// The open workbook, through Office.js: a CopOffice template is found by its defined names (never by cell
// address), answers are read through them, and the workbook file itself is read in slices for submission.
"use strict";
window.CopOffice = window.CopOffice || {};

CopOffice.workbook = (function () {
  const SLICE = 65536;

  /**
   * The template's kind, version and, for a community's own survey, its community (meta.kind, meta.version,
   * meta.community), or null when the workbook is no CopOffice template.
   */
  function metadata() {
    return Excel.run(async function (context) {
      const kind = context.workbook.names.getItemOrNullObject("meta.kind");
      const version = context.workbook.names.getItemOrNullObject("meta.version");
      const community = context.workbook.names.getItemOrNullObject("meta.community");
      await context.sync();
      if (kind.isNullObject || version.isNullObject) return null;
      const kindRange = kind.getRange().load("values");
      const versionRange = version.getRange().load("values");
      const communityRange = community.isNullObject ? null : community.getRange().load("values");
      await context.sync();
      return {
        kind: String(kindRange.values[0][0]).trim(),
        version: Number(versionRange.values[0][0]),
        madeFor: communityRange ? String(communityRange.values[0][0]).trim() : null,
      };
    });
  }

  /** Each named answer's value and address, e.g. { "about.email": { value: "…", address: "Survey!C6" } }. */
  function answers(names) {
    return Excel.run(async function (context) {
      const items = names.map(function (name) { return { name: name, item: context.workbook.names.getItemOrNullObject(name) }; });
      await context.sync();
      const present = items.filter(function (i) { return !i.item.isNullObject; });
      const ranges = present.map(function (i) { return { name: i.name, range: i.item.getRange().load(["values", "address"]) }; });
      await context.sync();
      const result = {};
      ranges.forEach(function (r) { result[r.name] = { value: r.range.values[0][0], address: r.range.address }; });
      return result;
    });
  }

  /** Selects an answer's cell: by its defined name, else by its address (Sheet!C7). */
  function select(name, address) {
    return Excel.run(async function (context) {
      let range = null;
      if (name) {
        const item = context.workbook.names.getItemOrNullObject(name);
        await context.sync();
        if (!item.isNullObject) range = item.getRange();
      }
      if (!range && address) {
        const at = splitAddress(address);
        range = at.sheet ? context.workbook.worksheets.getItem(at.sheet).getRange(at.cell) : context.workbook.getSelectedRange();
      }
      if (!range) return false;
      range.select();
      await context.sync();
      return true;
    });
  }

  function splitAddress(address) {
    const bang = address.lastIndexOf("!");
    if (bang < 0) return { sheet: null, cell: address };
    let sheet = address.substring(0, bang);
    if (sheet.charAt(0) === "'" && sheet.charAt(sheet.length - 1) === "'") sheet = sheet.substring(1, sheet.length - 1).replace(/''/g, "'");
    return { sheet: sheet, cell: address.substring(bang + 1) };
  }

  /** True where the host can hand over the workbook file itself (getFileAsync, compressed). */
  function canReadFile() {
    try {
      return typeof Office.context.document.getFileAsync === "function" &&
        (!Office.context.requirements || Office.context.requirements.isSetSupported("File", "1.1"));
    } catch (e) {
      return false;
    }
  }

  /** The workbook file, read slice by slice (64 KB) and closed afterwards, as one Uint8Array. */
  function file() {
    return new Promise(function (resolve, reject) {
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE }, function (result) {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error("Excel could not hand over the workbook: " + result.error.message));
          return;
        }
        const handle = result.value;
        const parts = [];
        let total = 0;
        function fail(message) {
          handle.closeAsync(function () { reject(new Error(message)); });
        }
        function next(index) {
          if (index === handle.sliceCount) {
            handle.closeAsync(function () {
              const bytes = new Uint8Array(total);
              let offset = 0;
              parts.forEach(function (part) { bytes.set(part, offset); offset += part.length; });
              resolve(bytes);
            });
            return;
          }
          handle.getSliceAsync(index, function (slice) {
            if (slice.status !== Office.AsyncResultStatus.Succeeded) {
              fail("Excel could not hand over part " + (index + 1) + " of the workbook: " + slice.error.message);
              return;
            }
            const part = new Uint8Array(slice.value.data);
            parts.push(part);
            total += part.length;
            next(index + 1);
          });
        }
        next(0);
      });
    });
  }

  /** The document's URL (a SharePoint or OneDrive address for a stored workbook; empty for a new one). */
  function url() {
    try { return Office.context.document.url || ""; } catch (e) { return ""; }
  }

  /** The workbook's file name, for messages and receipts. */
  function fileName(fallback) {
    const address = url();
    const last = address.split(/[\\/]/).pop();
    let name = "";
    try { name = decodeURIComponent((last || "").split("?")[0]); } catch (e) { name = last || ""; }
    return /\.(xlsx|xlsm|xls)$/i.test(name) ? name : fallback;
  }

  /** "A", "B" … "Z", "AA": a column's letters from its index (0 = A). */
  function columnLetters(index) {
    let letters = "";
    for (index += 1; index > 0; index = Math.floor((index - 1) / 26)) letters = String.fromCharCode(65 + ((index - 1) % 26)) + letters;
    return letters;
  }

  /**
   * Writes rows (arrays of text and numbers) into a new sheet and shows it. Text cells are formatted as
   * text first, so that nothing a person wrote is ever taken for a formula. Ranges are addressed in A1 form
   * (ExcelApi 1.1), so Excel 2016 can do it too. <options>: widths, each column's width in points (wrapped
   * text where given), and names, defined names to add over cells ({ "followup.1.story": "B6" }; ExcelApi 1.4),
   * which is how the intake and the pane find answers. A batch that fails removes the sheet it added: the
   * workbook is left as it was.
   */
  async function writeSheet(baseName, rows, options) {
    const widths = (options && options.widths) || [];
    const names = (options && options.names) || {};
    let added = null;
    try {
      return await Excel.run(async function (context) {
        const sheets = context.workbook.worksheets;
        let name = baseName;
        for (let n = 2; ; n++) {
          const existing = sheets.getItemOrNullObject(name);
          await context.sync();
          if (existing.isNullObject) break;
          name = baseName + " (" + n + ")";
        }
        const sheet = sheets.add(name);
        await context.sync();
        added = name;
        const width = rows.reduce(function (w, row) { return Math.max(w, row.length); }, 1);
        const grid = rows.map(function (row) {
          const full = row.slice();
          while (full.length < width) full.push("");
          return full;
        });
        const last = columnLetters(width - 1);
        const range = sheet.getRange("A1:" + last + grid.length);
        range.numberFormat = grid.map(function (row) { return row.map(function (v) { return typeof v === "number" ? "General" : "@"; }); });
        range.values = grid;
        sheet.getRange("A1:" + last + "1").format.font.bold = true;
        widths.forEach(function (points, column) {
          const cells = sheet.getRange(columnLetters(column) + "1:" + columnLetters(column) + grid.length);
          cells.format.columnWidth = points;
          cells.format.wrapText = true;
        });
        Object.keys(names).forEach(function (name) { context.workbook.names.add(name, sheet.getRange(names[name])); });
        sheet.activate();
        await context.sync();
        return name;
      });
    } catch (e) {
      if (added) await removeSheet(added);
      throw e;
    }
  }

  /** Deletes a sheet this pane added, so that a failure leaves nothing behind; a failure to do so is not hidden. */
  function removeSheet(name) {
    return Excel.run(async function (context) {
      context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  }

  /**
   * Calls <onChange> (at most once per pause in typing) whenever a cell of <sheets> changes. Worksheet change
   * events are ExcelApi 1.7; an older Excel (2016) has none, and false is returned: the caller refreshes on focus.
   */
  async function watch(sheets, onChange) {
    if (!Office.context.requirements || !Office.context.requirements.isSetSupported("ExcelApi", "1.7")) return false;
    let timer = null;
    function changed() {
      clearTimeout(timer);
      timer = setTimeout(onChange, 300);
    }
    await Excel.run(async function (context) {
      sheets.forEach(function (name) { context.workbook.worksheets.getItem(name).onChanged.add(changed); });
      await context.sync();
    });
    return true;
  }

  return { metadata: metadata, answers: answers, select: select, canReadFile: canReadFile, file: file, url: url, fileName: fileName, writeSheet: writeSheet, watch: watch };
})();
