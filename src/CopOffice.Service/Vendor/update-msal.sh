#!/usr/bin/env bash
# Refreshes the vendored MSAL.js browser bundle the task pane loads for nested app authentication
# (wwwroot/lib/msal-browser.min.js, MIT licence, header kept). The pane has no build step, so the
# bundle is committed; bump VERSION, run this, commit.
set -euo pipefail
VERSION=5.30.0
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@azure/msal-browser@$VERSION" >/dev/null && tar xzf azure-msal-browser-*.tgz)
cp "$work/package/lib/msal-browser.min.js" "$here/../wwwroot/lib/msal-browser.min.js"
cp "$work/package/LICENSE" "$here/../wwwroot/lib/msal-browser.LICENSE.txt" 2>/dev/null || true
head -c 80 "$here/../wwwroot/lib/msal-browser.min.js"; echo
