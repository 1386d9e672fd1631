/*
 * Who may talk to the dev server from a browser. It serves the add-in to Office on this machine,
 * so its own origin may do anything; Office on the web may read its files (the manifest's icons,
 * functions.json) across origins; the live-reload websocket takes only its own pages. Nothing else:
 * a page on another site (or another localhost port) can neither read what it serves nor drive it.
 */

/** Office on the web, which loads an add-in's files from the dev server (https, Microsoft's hosts). */
const OFFICE_HOSTS = [/\.officeapps\.live\.com$/, /\.office\.com$/, /^office\.com$/, /\.office365\.com$/, /\.microsoft365\.com$/];

/** The server's own origins: https on its port, by name or loopback address. */
function ownOrigins(port) {
  return [`https://localhost:${port}`, `https://127.0.0.1:${port}`, `https://[::1]:${port}`];
}

const { URL } = require("url");

function isOfficeOrigin(origin) {
  try {
    const url = new URL(origin);
    return url.protocol === "https:" && url.port === "" && OFFICE_HOSTS.some((host) => host.test(url.hostname));
  } catch {
    return false;
  }
}

/** The CORS headers for a request with this Origin: the origin itself when allowed, else none. */
function corsHeaders(origin, port) {
  if (typeof origin !== "string" || !(ownOrigins(port).includes(origin) || isOfficeOrigin(origin))) return { Vary: "Origin" };
  return { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
}

/** Whether a websocket handshake comes from one of the server's own pages. */
function isOwnOrigin(origin, port) {
  return typeof origin === "string" && ownOrigins(port).includes(origin);
}

module.exports = { corsHeaders, isOwnOrigin, isOfficeOrigin, ownOrigins };
