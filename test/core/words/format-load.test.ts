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
