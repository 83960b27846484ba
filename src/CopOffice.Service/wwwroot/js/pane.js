// The task pane: recognises the template, shows progress per section, checks the answers with the
// service's rules, submits the workbook and shows the receipt. Text from the workbook or the service is
// always set as text (textContent), never as markup.
"use strict";
window.CopOffice = window.CopOffice || {};

(function () {
  const state = { questionnaire: null, template: null, me: null, busy: false, answers: {}, confirming: false, followUp: null, open: [] };
  const $ = function (id) { return document.getElementById(id); };

  function status(text, isError) {
    const line = $("status");
    line.textContent = text || "";
    line.classList.toggle("error", !!isError);
  }

  function show(id) {
    ["outside", "not-template", "pane"].forEach(function (section) { $(section).hidden = section !== id; });
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function isAnswered(answer) {
    return !!answer && answer.value !== null && answer.value !== undefined && String(answer.value).trim() !== "";
  }

  function setBusy(busy) {
    state.busy = busy;
    ["check", "submit", "refresh", "insert-summary", "add-followup"].forEach(function (id) { $(id).disabled = busy; });
  }

  async function guarded(what, action) {
    if (state.busy) return;
    setBusy(true);
    try {
      await action();
    } catch (e) {
      status(what + ": " + plain(e), true);
    } finally {
      setBusy(false);
    }
  }

  // Office.js errors carry a code and a text meant for developers; a member reads what happened and what to do.
  function plain(e) {
    const code = e && e.code;
    if (code === "ApiNotFound" || /could not be found/i.test((e && e.message) || ""))
      return "this needs a newer Excel (Excel 2019, Microsoft 365 or Excel on the web). Nothing was changed in your workbook.";
    if (code === "AccessDenied" || code === "InsertDeleteConflict" || code === "EditModeCannotAuthenticate")
      return "Excel is busy with the sheet (a cell may be in edit mode). Press Enter or Esc in the sheet, then try again.";
    // Any other Office.js error: its code for whoever helps, never its developer text.
    if (code && typeof code === "string")
      return "Excel could not do it (" + code + "). Nothing was changed; try again, and if it happens again, close and reopen the workbook.";
    return (e && e.message) ? e.message : String(e);
  }

  function missingOf(answers) {
    return state.questionnaire.questions.filter(function (x) { return x.required && !isAnswered(answers[x.name]); });
  }

  function labels(questions) {
    const names = questions.map(function (q) { return q.label; });
    return names.length <= 1 ? names.join("") : names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
  }

  function blanks(n) { return n === 1 ? "1 required answer is blank" : n + " required answers are blank"; }

  // ---- start ----

  async function start() {
    status("Reading the workbook…");
    const config = await CopOffice.service.config();
    CopOffice.signin.configure(config.auth);
    const template = await CopOffice.workbook.metadata();
    if (!template) {
      show("not-template");
      status("");
      return;
    }
    const framework = await CopOffice.service.framework();
    const questionnaire = pick(framework.questionnaires, template);
    if (!questionnaire) {
      $("not-template-detail").textContent = "This workbook says it is a \"" + template.kind + "\" template, which this CopOffice service does not know. Ask your coordinator for a current template.";
      show("not-template");
      status("");
      return;
    }
    state.template = template;
    state.questionnaire = questionnaire;
    // The follow-up block is read (and checked) wherever a value survey names it: a personal template, or the pane's own sheet.
    state.followUp = template.kind === "value-survey" ? framework.followUp || null : null;
    $("template-title").textContent = questionnaire.title;
    show("pane");
    const answers = await refresh();
    status(config.dev ? "Development mode: no sign-in." : "");
    loadRoles();
    offerFollowUps(answers);
    follow(answers);
  }

  // Progress follows the sheet: worksheet change events where Excel has them (ExcelApi 1.7), else a refresh
  // whenever the pane gets the focus back. The Refresh button stays for both.
  async function follow(answers) {
    const sheets = [];
    Object.keys(answers).forEach(function (name) {
      const address = answers[name].address || "";
      const bang = address.lastIndexOf("!");
      const sheet = bang > 0 ? address.substring(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
      if (sheet && sheets.indexOf(sheet) < 0) sheets.push(sheet);
    });
    function again() { if (!state.busy) refresh().catch(function () { }); }
    let live = false;
    try {
      live = await CopOffice.workbook.watch(sheets, again);
    } catch (e) {
      live = false;
    }
    if (!live) window.addEventListener("focus", again);
    document.body.dataset.progress = live ? "live" : "on-focus";
  }

  // What this template asked: its kind at its version, with its community's own indicators where it was made for
  // one; else the latest of its kind for anyone (a template newer than the service is refused when checked).
  function pick(questionnaires, template) {
    const ofKind = questionnaires.filter(function (q) { return q.kind === template.kind; });
    const same = function (a, b) { return (a || "").toLowerCase() === (b || "").toLowerCase(); };
    return ofKind.filter(function (q) { return q.version === template.version && same(q.madeFor, template.madeFor); })[0]
      || ofKind.filter(function (q) { return q.version === template.version && !q.madeFor; })[0]
      || ofKind[0];
  }

  async function loadRoles() {
    try {
      state.me = await CopOffice.service.me();
      const roles = state.me.roles || [];
      $("insert-summary").hidden = !(roles.indexOf("Coordinator") >= 0 || roles.indexOf("Sponsor") >= 0);
    } catch (e) {
      // Without roles the member's own actions still work; the summary stays hidden.
      $("insert-summary").hidden = true;
    }
  }

  // ---- progress ----

  async function readAnswers() {
    const names = state.questionnaire.questions.map(function (q) { return q.name; });
    const followUp = state.followUp ? state.followUp.questions.map(function (q) { return q.name; }) : [];
    return CopOffice.workbook.answers(names.concat(followUp));
  }

  async function refresh() {
    const answers = await readAnswers();
    state.answers = answers;
    renderProgress(answers);
    return answers;
  }

  function renderProgress(answers) {
    const q = state.questionnaire;
    const required = q.questions.filter(function (x) { return x.required; });
    const done = required.filter(function (x) { return isAnswered(answers[x.name]); }).length;
    $("progress-text").textContent = done + " of " + required.length + " required answers";
    const bar = $("progress-bar");
    bar.style.width = (required.length === 0 ? 100 : Math.round(100 * done / required.length)) + "%";
    bar.classList.toggle("complete", done === required.length);

    const list = $("sections");
    list.replaceChildren();
    q.sections.forEach(function (section) {
      const questions = q.questions.filter(function (x) { return x.section === section.id; });
      const needed = questions.filter(function (x) { return x.required; });
      const answered = questions.filter(function (x) { return isAnswered(answers[x.name]); });
      const missing = needed.filter(function (x) { return !isAnswered(answers[x.name]); });

      const item = element("li");
      item.dataset.section = section.id;
      const head = element("div", "section-head");
      head.appendChild(element("span", "section-title", section.title));
      const count = needed.length > 0
        ? element("span", "section-count" + (missing.length === 0 ? " done" : ""), (needed.length - missing.length) + "/" + needed.length)
        : element("span", "section-count", answered.length + "/" + questions.length + " optional");
      head.appendChild(count);
      item.appendChild(head);
      if (missing.length > 0) {
        const chips = element("ul", "missing");
        missing.forEach(function (question) {
          const chip = element("li");
          const link = element("button", "link", question.label);
          link.type = "button";
          link.title = "Go to " + question.label;
          link.dataset.name = question.name;
          link.addEventListener("click", function () { jump(question.name, null); });
          chip.appendChild(link);
          chips.appendChild(chip);
        });
        item.appendChild(chips);
      }
      list.appendChild(item);
    });
  }

  function jump(name, address) {
    CopOffice.workbook.select(name, address).catch(function (e) { status("That cell could not be selected: " + plain(e), true); });
  }

  // ---- check ----

  async function check() {
    status("Checking your answers…");
    const answers = await refresh();
    const report = await CopOffice.service.validateAnswers({
      kind: state.template.kind,
      version: state.template.version,
      file: CopOffice.workbook.fileName(state.template.kind + ".xlsx"),
      answers: answers,
    });
    renderFindings(report, answers);
    status("");
    // The findings in sight, and the keyboard's focus on them, whatever the pane's height.
    $("findings").scrollIntoView({ block: "start" });
    $("findings-title").focus();
  }

  // The verdict counts the blanks the progress bar counts: it never says "Ready" while one is left.
  function renderFindings(report, answers) {
    const box = $("findings");
    const findings = report.findings || [];
    const missing = missingOf(answers || state.answers);
    box.hidden = false;
    $("findings-title").textContent = findings.length === 0 ? "No findings" : findings.length === 1 ? "1 finding" : findings.length + " findings";
    const list = $("findings-list");
    list.replaceChildren();

    const verdict = element("li");
    const errors = report.errors || 0, warnings = report.warnings || 0;
    const blank = missing.length > 0 ? blanks(missing.length) : null;
    if (report.status === "rejected") {
      verdict.appendChild(element("p", "verdict bad", (errors === 1 ? "1 problem" : errors + " problems") + " to fix before you submit" + (blank ? "; " + blank + "." : ".")));
    } else if (blank) {
      verdict.appendChild(element("p", "verdict warn", "Not complete: " + blank + ". Fill them in, or submit it incomplete."));
    } else if (warnings > 0) {
      verdict.appendChild(element("p", "verdict warn", "Ready to submit, with " + (warnings === 1 ? "1 note" : warnings + " notes") + " you may want to look at."));
    } else {
      verdict.appendChild(element("p", "verdict ok", "Ready to submit: no problems found."));
    }
    list.appendChild(verdict);

    // Every blank, each one a way to its cell.
    missing.forEach(function (question) {
      const item = element("li");
      const button = element("button", "finding blank");
      button.type = "button";
      button.dataset.name = question.name;
      button.appendChild(element("span", "mark", "○"));
      const text = element("span", "text", question.label + ": blank");
      const answer = (answers || state.answers)[question.name];
      if (answer && answer.address) text.appendChild(element("span", "where", answer.address));
      button.appendChild(text);
      button.addEventListener("click", function () { jump(question.name, answer ? answer.address : null); });
      item.appendChild(button);
      list.appendChild(item);
    });

    findings.forEach(function (finding) {
      const item = element("li");
      const button = element("button", "finding " + finding.severity);
      button.type = "button";
      button.dataset.name = finding.name || "";
      button.appendChild(element("span", "mark", finding.severity === "error" ? "✕" : "!"));
      const text = element("span", "text", finding.message);
      const where = [finding.sheet && finding.cell ? finding.sheet + "!" + finding.cell : null, finding.name].filter(Boolean).join(" · ");
      if (where) text.appendChild(element("span", "where", where));
      button.appendChild(text);
      const address = finding.sheet && finding.cell ? finding.sheet + "!" + finding.cell : null;
      if (finding.name || address) button.addEventListener("click", function () { jump(finding.name, address); });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  // ---- submit ----

  // Submitting with blanks asks first: the member confirms, and the receipt and the ledger then say what is missing.
  async function submit() {
    $("receipt").hidden = true;
    const missing = missingOf(await refresh());
    if (missing.length > 0 && !state.confirming) {
      $("confirm-text").textContent = blanks(missing.length) + " (" + labels(missing) + "). Submit anyway? Your community's figures count them as not answered.";
      $("confirm").hidden = false;
      $("confirm").scrollIntoView({ block: "nearest" });
      $("confirm-submit").focus();
      return;
    }
    state.confirming = false;
    $("confirm").hidden = true;
    let receipt;
    try {
      if (CopOffice.workbook.canReadFile()) {
        status("Reading the workbook from Excel…");
        const bytes = await CopOffice.workbook.file();
        status("Sending the workbook (" + Math.max(1, Math.round(bytes.length / 1024)) + " KB)…");
        receipt = await CopOffice.service.submitFile(bytes, CopOffice.workbook.fileName(state.template.kind + ".xlsx"));
      } else {
        const url = CopOffice.workbook.url();
        if (!/^https:\/\//i.test(url))
          throw new Error("This Excel cannot hand over the workbook file, and the workbook is not saved in SharePoint or OneDrive. Save it there, or submit it from Excel on the desktop.");
        status("Asking the service to fetch the workbook from SharePoint…");
        receipt = await CopOffice.service.submitByUrl(url);
      }
    } catch (e) {
      if (e.problem && e.problem.findings) {
        renderFindings(e.problem);
        status("Not submitted: " + e.message, true);
        return;
      }
      throw e;
    }
    renderReceipt(receipt, missing);
    if (receipt.findings) renderFindings(receipt);
    status("");
  }

  function confirmIncomplete() {
    state.confirming = true;
    return submit();
  }

  function keepFilling() {
    state.confirming = false;
    $("confirm").hidden = true;
    $("submit").focus();
  }

  function renderReceipt(receipt, missing) {
    const details = $("receipt-details");
    details.replaceChildren();
    const rows = [
      ["Receipt", receipt.id],
      ["Community", receipt.community],
      ["Period", receipt.period],
      ["Stored as", receipt.file],
      ["Received", new Date(receipt.storedAt).toLocaleString()],
    ];
    if (receipt.replaced) rows.push(["Note", "This replaces your earlier submission for the same period."]);
    if (missing && missing.length > 0) rows.push(["Incomplete", blanks(missing.length) + ": " + labels(missing) + "."]);
    rows.forEach(function (row) {
      details.appendChild(element("dt", null, row[0]));
      details.appendChild(element("dd", null, row[1]));
    });
    $("receipt").hidden = false;
    $("receipt").scrollIntoView({ block: "nearest" });
  }

  // ---- follow-up of earlier stories (members) ----

  // A member who opens a blank value survey is offered the stories they told earlier whose value is not yet
  // realised (the service gives the signed-in member their own, never anyone else's). A personal template
  // already carries them; without sign-in (development mode) or without open stories nothing is offered.
  async function offerFollowUps(answers) {
    if (!state.followUp || answers[state.followUp.questions[0].name]) return;
    let mine;
    try {
      mine = await CopOffice.service.aspirations();
    } catch (e) {
      return;
    }
    const community = state.template.madeFor || (answers["about.community"] ? String(answers["about.community"].value || "").trim() : "");
    const same = function (a, b) { return a.toLowerCase() === b.toLowerCase(); };
    state.open = (mine.open || []).filter(function (o) { return !community || same(o.community, community); }).slice(0, state.followUp.slots);
    if (state.open.length === 0) return;
    const list = $("followup-list");
    list.replaceChildren();
    state.open.forEach(function (story) {
      const item = element("li");
      item.appendChild(element("span", "told", story.told + " · " + story.community));
      item.appendChild(element("span", "words", story.words.join(" / ")));
      list.appendChild(item);
    });
    $("followup-text").textContent = (state.open.length === 1 ? "A story you told earlier promised value" : state.open.length + " stories you told earlier promised value")
      + " not yet realised. Add " + (state.open.length === 1 ? "it" : "them") + " to this survey and say what came of " + (state.open.length === 1 ? "it" : "each") + ".";
    $("followup").hidden = false;
  }

  // The block as a personal template has it, on a sheet of its own: each story's key and words, then the
  // member's three answers, every cell under its followup.* name so that the intake links it to its story.
  async function addFollowUps() {
    const block = state.followUp;
    const rows = [[block.title, ""], [block.intro || "", ""], ["What came of it? Answer with one of: " + block.outcomes.join(", ") + ".", ""]];
    const names = {};
    state.open.forEach(function (story, index) {
      rows.push(["", ""]);
      block.questions.filter(function (q) { return q.name.indexOf("followup." + (index + 1) + ".") === 0; }).forEach(function (question) {
        const field = question.name.substring(question.name.lastIndexOf(".") + 1);
        const value = field === "story" ? story.key : field === "quote" ? story.told + ": " + story.words.join(" / ") : "";
        rows.push([question.label, value]);
        names[question.name] = "B" + rows.length;
      });
    });
    status("Adding your earlier stories…");
    const sheet = await CopOffice.workbook.writeSheet("Follow-up", rows, { names: names, widths: [190, 320] });
    $("followup").hidden = true;
    await refresh();
    status("Your earlier stories are on the sheet \"" + sheet + "\": say what came of each there, then check and submit.");
  }

  // ---- community summary (coordinators, sponsors) ----

  function communityId(name) {
    let id = "";
    for (const c of name.trim().toLowerCase()) {
      if (/[\p{L}\p{N}]/u.test(c)) id += c;
      else if (id.length > 0 && id[id.length - 1] !== "-") id += "-";
    }
    id = id.replace(/^-+|-+$/g, "");
    return id || "community";
  }

  async function insertSummary() {
    const answers = await readAnswers();
    const community = answers["about.community"] && String(answers["about.community"].value || "").trim();
    if (!community) throw new Error("Fill in the community first: the summary is of the community this workbook is about.");
    // The period the workbook is about, when it is written as text (2026-Q4); otherwise the latest one.
    const period = answers["about.period"] && typeof answers["about.period"].value === "string" ? answers["about.period"].value.trim() : "";
    status("Fetching the summary of " + community + "…");
    const summary = await CopOffice.service.summary(communityId(community), period);
    const sheet = await CopOffice.workbook.writeSheet("Community summary", summary.rows);
    status(summary.shown
      ? "The summary of " + summary.group + " for " + summary.period + " is on the sheet \"" + sheet + "\"."
      : "The sheet \"" + sheet + "\" says why " + summary.group + "'s figures are not shown: " + summary.reason + ".");
  }

  // ---- wiring ----

  function wire() {
    $("refresh").addEventListener("click", function () { guarded("Refresh failed", refresh); });
    $("check").addEventListener("click", function () { guarded("Check failed", check); });
    $("submit").addEventListener("click", function () { guarded("Not submitted", submit); });
    $("insert-summary").addEventListener("click", function () { guarded("No summary", insertSummary); });
    $("add-followup").addEventListener("click", function () { guarded("Not added", addFollowUps); });
    $("confirm-submit").addEventListener("click", function () { guarded("Not submitted", confirmIncomplete); });
    $("confirm-cancel").addEventListener("click", keepFilling);
  }

  // Office's theme where the host gives one (Office.context.officeTheme), dark included; the light theme otherwise.
  function theme() {
    let office = null;
    try { office = Office.context && Office.context.officeTheme; } catch (e) { office = null; }
    if (!office || !office.bodyBackgroundColor) return;
    const root = document.documentElement.style;
    root.setProperty("--colorNeutralBackground1", office.bodyBackgroundColor);
    root.setProperty("--colorNeutralForeground1", office.bodyForegroundColor || "");
    const hex = office.bodyBackgroundColor.replace("#", "");
    const rgb = [0, 2, 4].map(function (i) { return parseInt(hex.substring(i, i + 2), 16) || 0; });
    document.body.classList.toggle("dark", 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 128);
  }

  function outside(detail) {
    show("outside");
    status(detail || "");
  }

  document.addEventListener("DOMContentLoaded", function () {
    wire();
    if (typeof Office === "undefined") {
      outside("Office.js could not be loaded, so this page cannot reach Excel.");
      return;
    }
    Office.onReady(function (info) {
      if (!info || !info.host) {
        outside("");
        return;
      }
      if (info.host !== Office.HostType.Excel) {
        outside("CopOffice works in Excel; this is " + info.host + ".");
        return;
      }
      theme();
      start().catch(function (e) { status("CopOffice could not start: " + plain(e), true); });
    });
  });
})();
