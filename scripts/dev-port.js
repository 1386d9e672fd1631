/*
 * The dev server's port, for `npm start`, `npm stop` and the webpack dev server alike: the
 * environment's SPILLSPLIT_PORT where it is set, else `config.dev_server_port` of package.json (npm
 * hands it to its scripts as npm_package_config_dev_server_port, and npm 7 and later set that from
 * package.json whatever the environment says, so it cannot be the way to choose a port), else 3000.
 * The manifest's addresses say 3000: Excel sideloads from there, so another port serves the browser
 * workbench and the task pane page, not a sideloaded add-in.
 */
function devPort(env = process.env) {
  const chosen = env.SPILLSPLIT_PORT || env.npm_package_config_dev_server_port || "3000";
  const port = Number(chosen);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`SPILLSPLIT_PORT: ${chosen} is not a port (a whole number from 1 to 65535)`);
  return port;
}

module.exports = { devPort };
