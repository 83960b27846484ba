// A stand-in for the Excel host, for the task pane's browser tests. The real office.js is loaded first
// (outside Office it finds no host); this then plays Excel's part with the API shapes Office.js gives an
// add-in: Office.onReady with host Excel, Excel.run with a request context whose proxies are loaded by
// context.sync(), defined names over cells, selection, new sheets, and getFileAsync handing the workbook
// over in slices. The workbook is window.__excelWorkbook (set by the test); the file bytes come from the
// test through the route /__excel/file, built from the current values.
(function () {
  "use strict";
  const model = window.__excelWorkbook;
  const log = [];
  const state = { selected: null, sheets: {}, activeSheet: null };
  const handlers = {};
  // The requirement sets this Excel has: ExcelApi up to model.excelApi (1.4 is Excel 2016 bought outright), and the
  // File API unless model.supportsFile is false. What they lack is not there, as in a real host of that version.
  const excelApi = Number(model.excelApi || "1.4");
  function has(version) { return excelApi >= Number(version); }
  function apiNotFound() {
    const error = new Error("The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: \"Office Add-in requirement sets\" for more information.");
    error.code = "ApiNotFound";
    return error;
  }
  window.__excel = {
    log: log,
    state: state,
    // A person typing into a cell: the value changes, and the sheet's change handlers hear of it.
    set: function (name, value) {
      const entry = model.names[name];
      entry.value = value;
      (handlers[entry.sheet] || []).forEach(function (handler) { setTimeout(function () { handler({ worksheetId: entry.sheet, address: entry.cell, changeType: "RangeEdited" }); }, 0); });
    },
    value: function (name) { return model.names[name].value; },
    handlers: function (sheet) { return (handlers[sheet] || []).length; },
  };

  function address(sheet, cell) {
    return (/^[A-Za-z0-9_]+$/.test(sheet) ? sheet : "'" + sheet.replace(/'/g, "''") + "'") + "!" + cell;
  }

  function notLoaded(property) {
    return new Error("PropertyNotLoaded: The property '" + property + "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.");
  }

  // A proxy's properties are readable only after load() and sync(), as in Office.js.
  function proxy(context, resolve) {
    const loaded = {};
    const target = { __pending: false };
    target.load = function () { target.__pending = true; context.__queue.push(function () { Object.assign(loaded, resolve()); }); return target; };
    return { target: target, loaded: loaded };
  }

  function column(letters) {
    let n = 0;
    for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
    return n - 1;
  }
  function letters(index) {
    let s = "";
    for (index += 1; index > 0; index = Math.floor((index - 1) / 26)) s = String.fromCharCode(65 + ((index - 1) % 26)) + s;
    return s;
  }

  function cellRange(context, sheet, cell, nameEntry) {
    const p = proxy(context, function () {
      return { values: [[nameEntry ? nameEntry.value : ""]], address: address(sheet, cell) };
    });
    const range = p.target;
    ["values", "address"].forEach(function (property) {
      Object.defineProperty(range, property, { get: function () { if (!(property in p.loaded)) throw notLoaded(property); return p.loaded[property]; } });
    });
    range.select = function () { context.__queue.push(function () { state.selected = address(sheet, cell); state.activeSheet = sheet; }); };
    return range;
  }

  function namedItem(context, name) {
    const entry = model.names[name];
    const item = { __exists: !!entry };
    let synced = false;
    context.__queue.push(function () { synced = true; });
    Object.defineProperty(item, "isNullObject", { get: function () { if (!synced) throw notLoaded("isNullObject"); return !entry; } });
    item.getRange = function () {
      if (!entry) throw new Error("InvalidObjectPath: the named item does not exist.");
      return cellRange(context, entry.sheet, entry.cell, entry);
    };
    return item;
  }

  function writtenRange(context, sheet, row, col, rows, cols) {
    const range = { format: { font: {} }, __at: { sheet: sheet, cell: letters(col) + (row + 1) } };
    let values = null, formats = null;
    Object.defineProperty(range, "values", { set: function (v) { values = v; }, get: function () { return values; } });
    Object.defineProperty(range, "numberFormat", { set: function (v) { formats = v; }, get: function () { return formats; } });
    Object.defineProperty(range.format.font, "bold", { set: function (b) { context.__queue.push(function () { sheet.bold.push(letters(col) + (row + 1) + ":" + letters(col + cols - 1) + (row + rows)); }); } });
    context.__queue.push(function () {
      if (model.failWrites && values) {
        const error = new Error("GeneralException: An internal error has occurred.");
        error.code = "GeneralException";
        throw error;
      }
      if (values) {
        if (values.length !== rows || values.some(function (r) { return r.length !== cols; }))
          throw new Error("InvalidArgument: The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        values.forEach(function (r, i) { r.forEach(function (v, j) { sheet.cells[letters(col + j) + (row + i + 1)] = { value: v, format: formats ? formats[i][j] : "General" }; }); });
      }
    });
    return range;
  }

  function worksheet(context, name) {
    const sheet = {
      name: name,
      getRange: function (cell) {
        if (state.sheets[name]) {
          const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(cell.replace(/\$/g, ""));
          const row = Number(m[2]) - 1, col = column(m[1]);
          const rows = m[3] ? Number(m[4]) - row : 1, cols = m[3] ? column(m[3]) - col + 1 : 1;
          return writtenRange(context, state.sheets[name], row, col, rows, cols);
        }
        return cellRange(context, name, cell.replace(/\$/g, ""), Object.values(model.names).filter(function (e) { return e.sheet === name && e.cell === cell.replace(/\$/g, ""); })[0]);
      },
      activate: function () { context.__queue.push(function () { state.activeSheet = name; }); },
      delete: function () { context.__queue.push(function () { delete state.sheets[name]; if (state.activeSheet === name) state.activeSheet = null; }); },
    };
    if (has("1.7")) {
      sheet.getRangeByIndexes = function (row, col, rows, cols) { return writtenRange(context, state.sheets[name], row, col, rows, cols); };
      sheet.onChanged = { add: function (handler) { context.__queue.push(function () { (handlers[name] = handlers[name] || []).push(handler); }); return {}; } };
    } else {
      // Excel 2016: the members exist in Office.js's typings but the host answers "could not be found".
      sheet.getRangeByIndexes = function () { throw apiNotFound(); };
    }
    return sheet;
  }

  function requestContext() {
    const context = { __queue: [] };
    context.sync = function () {
      return new Promise(function (resolve, reject) {
        setTimeout(function () {
          const work = context.__queue.splice(0);
          try { work.forEach(function (step) { step(); }); resolve(); } catch (e) { reject(e); }
        }, 0);
      });
    };
    context.workbook = {
      names: {
        getItemOrNullObject: function (name) { return namedItem(context, name); },
        getItem: function (name) {
          const item = namedItem(context, name);
          context.__queue.push(function () { if (!item.__exists) throw new Error("ItemNotFound: The requested resource doesn't exist."); });
          return item;
        },
        // ExcelApi 1.4: a workbook-scoped name over a cell of a sheet the pane wrote; from then on it is read like the template's own.
        add: function (name, reference) {
          if (!has("1.4")) throw apiNotFound();
          context.__queue.push(function () {
            if (model.names[name]) throw new Error("InvalidArgument: The name '" + name + "' already exists.");
            const at = reference.__at;
            const sheetName = Object.keys(state.sheets).filter(function (n) { return state.sheets[n] === at.sheet; })[0];
            const written = at.sheet.cells[at.cell];
            model.names[name] = { sheet: sheetName, cell: at.cell, value: written ? written.value : "" };
          });
          return {};
        },
      },
      worksheets: {
        getItemOrNullObject: function (name) {
          const known = !!state.sheets[name] || Object.values(model.names).some(function (e) { return e.sheet === name; });
          let synced = false;
          context.__queue.push(function () { synced = true; });
          const sheet = worksheet(context, name);
          Object.defineProperty(sheet, "isNullObject", { get: function () { if (!synced) throw notLoaded("isNullObject"); return !known; } });
          return sheet;
        },
        getItem: function (name) { return worksheet(context, name); },
        add: function (name) {
          state.sheets[name] = { cells: {}, bold: [] };
          return worksheet(context, name);
        },
      },
      getSelectedRange: function () { return cellRange(context, "Survey", "A1", null); },
    };
    return context;
  }

  // office.js guards its own objects (Office.context cannot be redefined) and, once it has loaded its file
  // mapping table, points window.Office at Microsoft.Office.WebExtension again; so the stand-in is an Office
  // whose prototype is the real one (everything not played here is the real office.js), and it is what
  // both window.Office and Microsoft.Office.WebExtension give from now on.
  const realReady = window.Office.onReady();
  const context = {
    requirements: {
      isSetSupported: function (set, version) {
        if (set === "File") return model.supportsFile !== false;
        if (set === "ExcelApi") return has(version || "1.1");
        return false;
      },
    },
    officeTheme: model.theme || undefined,
    document: {
      url: model.url,
      getFileAsync: function (type, options, callback) {
        log.push("getFileAsync " + type + " " + options.sliceSize);
        const values = {};
        Object.keys(model.names).forEach(function (n) { values[n] = model.names[n].value; });
        fetch("/__excel/file", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(values) })
          .then(function (r) { return r.arrayBuffer(); })
          .then(function (buffer) {
            const bytes = new Uint8Array(buffer);
            const count = Math.max(1, Math.ceil(bytes.length / options.sliceSize));
            callback({
              status: "succeeded",
              value: {
                size: bytes.length,
                sliceCount: count,
                getSliceAsync: function (index, done) {
                  log.push("getSliceAsync " + index);
                  const data = Array.from(bytes.subarray(index * options.sliceSize, Math.min(bytes.length, (index + 1) * options.sliceSize)));
                  setTimeout(function () { done({ status: "succeeded", value: { data: data, index: index, size: data.length } }); }, 0);
                },
                closeAsync: function (done) { log.push("closeAsync"); if (done) setTimeout(function () { done({ status: "succeeded" }); }, 0); },
              },
            });
          });
      },
    },
  };

  function standIn(real) {
    const office = Object.create(real);
    function own(name, value) {
      // An accessor that ignores writes: office.js goes on initialising its Office (outside Office, with no host).
      Object.defineProperty(office, name, { configurable: true, get: function () { return value; }, set: function () { } });
    }
    own("__standIn", true);
    own("context", context);
    own("HostType", Object.assign({}, real.HostType, { Excel: (real.HostType && real.HostType.Excel) || "Excel" }));
    own("FileType", { Compressed: "compressed", Pdf: "pdf", Text: "text" });
    own("AsyncResultStatus", { Succeeded: "succeeded", Failed: "failed" });
    own("onReady", function (callback) {
      return realReady.then(function () {
        // office.js's own Office.context asks its app factory for the host's context: the stand-in's, here.
        if (window.OSF && window.OSF._OfficeAppFactory) window.OSF._OfficeAppFactory.getContext = function () { return context; };
        const info = { host: window.Office.HostType.Excel, platform: "OfficeOnline" };
        if (callback) callback(info);
        return info;
      });
    });
    return office;
  }
  const office = standIn(window.Office);
  Object.defineProperty(window.Microsoft.Office, "WebExtension", { configurable: true, get: function () { return office; }, set: function () { } });
  window.Office = office;
  window.Excel = {
    run: async function (batch) {
      const context = requestContext();
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
})();
