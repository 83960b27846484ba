// The bearer token for CopOffice's API. Inside Office, MSAL.js nested app authentication (NAA): the
// add-in borrows the Office user's sign-in, as the Office add-in documentation recommends over the older
// Office SSO getAccessToken. The service's /api/addin/config is the one configuration point: the add-in's
// client id, the authority and the API scopes. In development mode there is no sign-in and no token.
"use strict";
window.CopOffice = window.CopOffice || {};

CopOffice.signin = (function () {
  let settings = null;
  let application = null;
  let pending = null;

  function configure(auth) {
    settings = auth || null;
  }

  function loadMsal() {
    if (window.msal) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      const script = document.createElement("script");
      script.src = "lib/msal-browser.min.js";
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error("The sign-in library (MSAL.js) could not be loaded from the CopOffice service.")); };
      document.head.appendChild(script);
    });
  }

  // One sign-in at a time: MSAL refuses a second interaction while one is in progress.
  function token() {
    if (!settings) return Promise.resolve(null);
    if (!pending) pending = acquire().finally(function () { pending = null; });
    return pending;
  }

  async function acquire() {
    await loadMsal();
    if (!application) {
      const auth = { clientId: settings.clientId };
      if (settings.authority) auth.authority = settings.authority;
      application = await window.msal.createNestablePublicClientApplication({ auth: auth });
    }
    const request = { scopes: settings.scopes };
    try {
      return (await application.acquireTokenSilent(request)).accessToken;
    } catch (silentError) {
      // First use or new consent: Office shows its own sign-in window.
      try {
        return (await application.acquireTokenPopup(request)).accessToken;
      } catch (popupError) {
        throw new Error("You could not be signed in to CopOffice (" + (popupError.errorMessage || popupError.message || popupError) + "). Close the pane, make sure you are signed in to Office, and open CopOffice again.");
      }
    }
  }

  return { configure: configure, token: token, get enabled() { return settings !== null; } };
})();
