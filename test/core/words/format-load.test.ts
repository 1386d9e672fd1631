/* Issue 27: loading the functions makes no number format — each is made on first use (about 20 ms for the first). */
describe("loading the functions", () => {
  it("constructs no Intl.NumberFormat until a message or verdict needs one", () => {
    const made = jest.spyOn(Intl, "NumberFormat");
    jest.isolateModules(() => {
      // A fresh load of the module, as Excel's runtime loads the bundle.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../../src/functions/functions");
    });
    expect(made).not.toHaveBeenCalled();
    let formatPrice: (x: number) => string = () => "";
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      ({ formatPrice } = require("../../../src/core/words/format"));
    });
    expect(formatPrice(1234.5)).toBe("1,234.50");
    expect(made).toHaveBeenCalledTimes(1);
    formatPrice(2);
    expect(made).toHaveBeenCalledTimes(1);
    made.mockRestore();
  });
});

/* Loading the functions builds no table a first call does not need. */
describe("loading the functions, and a first call", () => {
  it("builds neither language's words nor error catalogue until something is worded in that language", () => {
    const built = (table: object) => Object.entries(Object.getOwnPropertyDescriptors(table)).filter(([, d]) => !d.get).map(([language]) => language);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../../src/functions/functions");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { CATALOG } = require("../../../src/functions/catalog");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { CORE_WORDS, ERROR_WORDS, describe: word, DomainError } = require("../../../src/core");
      expect([built(CORE_WORDS), built(ERROR_WORDS)]).toEqual([[], []]);
      const split = CATALOG.find((f: { id: string }) => f.id === "SPILLSPLIT");
      expect(split.entry([["growth"]], [[500000]])).toEqual([[250000, 250000]]);
      expect([built(CORE_WORDS), built(ERROR_WORDS)]).toEqual([[], []]);
      // Built on first use, once: the Chinese wording of an error builds the Chinese catalogue only.
      expect(word(new DomainError("NOT_A_NUMBER", { value: "x" }), "zh")).toContain("不是数字");
      expect(built(ERROR_WORDS)).toEqual(["zh"]);
      expect(ERROR_WORDS.zh).toBe(ERROR_WORDS.zh);
    });
  });
});
