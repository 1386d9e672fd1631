/*
 * README: "Set SPILLSPLIT_PORT to serve on another port" — through npm itself, which sets
 * npm_package_config_dev_server_port from package.json whatever the environment says.
 */
import { execFileSync } from "child_process";
import path from "path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the scripts are CommonJS, as webpack.config.js loads them
const { devPort } = require("../../scripts/dev-port");

const root = path.resolve(__dirname, "..", "..");
const npmStop = (env: Record<string, string>) =>
  execFileSync("npm", ["stop", "--silent"], { cwd: root, env: { ...process.env, SPILLSPLIT_PORT: "", ...env }, encoding: "utf8" });

describe("the dev server's port (scripts/dev-port.js)", () => {
  it("SPILLSPLIT_PORT reaches `npm stop` (and `npm start`, which reads it the same way) through npm", () => {
    // (A port nothing started: no dev server of anyone's is stopped by the test.)
    expect(npmStop({ SPILLSPLIT_PORT: "3987", npm_package_config_dev_server_port: "3988" })).toContain("port 3987");
  });

  it("prefers SPILLSPLIT_PORT, then package.json's config, then 3000; refuses what is not a port", () => {
    expect(devPort({ SPILLSPLIT_PORT: "3100", npm_package_config_dev_server_port: "3000" })).toBe(3100);
    expect(devPort({ npm_package_config_dev_server_port: "3200" })).toBe(3200);
    expect(devPort({})).toBe(3000);
    for (const bad of ["abc", "0", "70000", "30.5"]) expect(() => devPort({ SPILLSPLIT_PORT: bad })).toThrow(/SPILLSPLIT_PORT/);
  });
});
