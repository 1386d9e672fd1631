/* The dev server's origin rules (scripts/dev-origins.js); the browser suite checks the running server. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { corsHeaders, isOwnOrigin, isOfficeOrigin } = require("../../scripts/dev-origins.js");

describe("dev server origins", () => {
  it("answers CORS for its own origin and Office on the web, never with *", () => {
    expect(corsHeaders("https://localhost:3000", 3000)).toEqual({ "Access-Control-Allow-Origin": "https://localhost:3000", Vary: "Origin" });
    expect(corsHeaders("https://excel.officeapps.live.com", 3000)["Access-Control-Allow-Origin"]).toBe("https://excel.officeapps.live.com");
    for (const origin of [undefined, "", "null", "*", "https://evil.example", "https://localhost:3001", "http://localhost:3000", "https://officeapps.live.com.evil.example", "http://excel.officeapps.live.com", "https://excel.officeapps.live.com:8443"]) {
      expect(corsHeaders(origin, 3000)).toEqual({ Vary: "Origin" });
    }
  });

  it("takes websockets only from its own pages, port included", () => {
    expect(isOwnOrigin("https://localhost:3000", 3000)).toBe(true);
    expect(isOwnOrigin("https://127.0.0.1:3000", 3000)).toBe(true);
    for (const origin of [undefined, "null", "https://localhost:3001", "https://evil.example", "https://excel.officeapps.live.com", "https://localhost:3000.evil.example"]) {
      expect(isOwnOrigin(origin, 3000)).toBe(false);
    }
    expect(isOfficeOrigin("not a url")).toBe(false);
  });
});
