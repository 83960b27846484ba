// Calls to the CopOffice service, relative to the page (the pane and the API share one origin).
// Errors come back as RFC 7807 problem details; their "detail" is written for the person reading it.
"use strict";
window.CopOffice = window.CopOffice || {};

CopOffice.service = (function () {
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  async function call(method, path, body, contentType, anonymous) {
    // The custom header is what development mode asks of every request: another site's form cannot send it.
    const headers = { Accept: "application/json", "X-CopOffice-Client": "taskpane" };
    if (!anonymous) {
      const token = await CopOffice.signin.token();
      if (token) headers.Authorization = "Bearer " + token;
    }
    if (contentType) headers["Content-Type"] = contentType;
    let response;
    try {
      response = await fetch(path, { method: method, headers: headers, body: body, credentials: "omit" });
    } catch (e) {
      throw new Error("The CopOffice service could not be reached. Check your connection and try again.");
    }
    const type = response.headers.get("content-type") || "";
    const data = type.indexOf("json") >= 0 ? await response.json() : null;
    if (!response.ok) {
      const error = new Error((data && (data.detail || data.title)) || ("The CopOffice service answered " + response.status + "."));
      error.status = response.status;
      error.problem = data;
      throw error;
    }
    return data;
  }

  return {
    config: function () { return call("GET", "api/addin/config", undefined, undefined, true); },
    framework: function () { return call("GET", "api/framework", undefined, undefined, true); },
    me: function () { return call("GET", "api/me"); },
    aspirations: function () { return call("GET", "api/me/aspirations"); },
    validateAnswers: function (payload) { return call("POST", "api/answers/validate", JSON.stringify(payload), "application/json"); },
    submitFile: function (bytes, name) { return call("POST", "api/submissions?name=" + encodeURIComponent(name), bytes, XLSX); },
    submitByUrl: function (url) { return call("POST", "api/submissions/by-url", JSON.stringify({ url: url }), "application/json"); },
    summary: function (communityId, period) {
      return call("GET", "api/communities/" + encodeURIComponent(communityId) + "/summary" + (period ? "?period=" + encodeURIComponent(period) : ""));
    },
  };
})();
