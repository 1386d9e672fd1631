/* CPMFIT, HOTNOTES and STAGEPLAN through the entry points Excel calls. */
import { setLanguage } from "../../src/functions/boundary";
import { RED } from "../support/functions";
import { codes, expectClose, thrown } from "../support/cells";

afterEach(() => setLanguage(undefined));

describe("CPMFIT", () => {
  const e = Math.log(1.4) / Math.log(2.5);
  const model = (spend: number, base: number, elasticity: number) => base * Math.pow(spend / 200_000, elasticity);

  it("recovers the model's elasticity and base exactly from points the model generated", () => {
    const spends = [50_000, 120_000, 200_000, 350_000, 500_000, 900_000];
    const [[elasticity, base, r2]] = RED.CPMFIT(spends.map((s) => [s]), spends.map((s) => [model(s, 80, e)])) as number[][];
    expectClose(elasticity, e);
    expectClose(base, 80);
    expectClose(r2, 1);
  });

  it("states the base at another reference spend when asked", () => {
    const spends = [100_000, 300_000, 600_000];
    const [[elasticity, base]] = RED.CPMFIT([spends], [spends.map((s) => model(s, 50, 0.25))], 400_000) as number[][];
    expectClose(elasticity, 0.25);
    expectClose(base, model(400_000, 50, 0.25));
  });

  it("matches a least-squares fit of noisy data computed independently", () => {
    // ln CPM on ln(spend/200000) by the textbook formulas (Python, double precision):
    // slope 0.42877123795494515, exp(intercept) 79.3956342034563, R² 0.9854622923361752.
    const [[elasticity, base, r2]] = RED.CPMFIT([[100_000], [200_000], [400_000], [800_000]], [[60], [80], [100], [150]]) as number[][];
    expectClose(elasticity, 0.42877123795494515);
    expectClose(base, 79.3956342034563);
    expectClose(r2, 0.9854622923361752);
  });

  it("adds a header row with labels TRUE, whose first key plugs into the assumptions", () => {
    const result = RED.CPMFIT([[1e5], [2e5], [4e5]], [[60], [80], [100]], undefined, true);
    expect(result[0]).toEqual(["cpm_elasticity", "base_cpm", "r_squared"]);
    expect(result).toHaveLength(2);
  });

  it("skips blank pairs and months with 0 spend or CPM", () => {
    const withGaps = RED.CPMFIT([[1e5], [""], [2e5], [0], [4e5], [3e5]], [[60], [70], [80], [55], [100], [""]]);
    expect(withGaps).toEqual(RED.CPMFIT([[1e5], [2e5], [4e5]], [[60], [80], [100]]));
  });

  it("needs 3 usable pairs and two distinct spends: #NUM! saying so", () => {
    expect(thrown(() => RED.CPMFIT([[1e5], [2e5]], [[60], [80]])).code).toBe("#NUM!");
    expect(thrown(() => RED.CPMFIT([[1e5], [1e5], [1e5]], [[60], [70], [80]])).code).toBe("#NUM!");
    expect(thrown(() => RED.CPMFIT([[1e5], [2e5], [0]], [[60], [80], [90]])).code).toBe("#NUM!");
  });

  it("text is #VALUE! naming the range; a negative value is #NUM!", () => {
    const error = thrown(() => RED.CPMFIT([[1e5], ["n/a"], [4e5]], [[60], [80], [100]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^spends: "n\/a" is not a number/);
    expect(thrown(() => RED.CPMFIT([[1e5], [2e5], [4e5]], [[60], [-80], [100]])).code).toBe("#NUM!");
  });

  it("ranges of different lengths are #N/A", () => {
    expect(thrown(() => RED.CPMFIT([[1e5], [2e5], [4e5]], [[60], [80]])).code).toBe("#N/A");
  });
});

describe("HOTNOTES", () => {
  // Five notes, 1,000 reads each, so rates are engagements/1000 and jumps/1000.
  // Engagement rates 0.30, 0.25, 0.02, 0.01, 0.05 → 75th percentile (PERCENTILE.INC) = 0.25.
  // Jump rates 0.040, 0.002, 0.030, 0.001, 0.010 → median = 0.010.
  const reads = [[1000], [1000], [1000], [1000], [1000]];
  const engagements = [[300], [250], [20], [10], [50]];
  const jumps = [[40], [2], [30], [1], [10]];

  it("labels each note against thresholds from the portfolio itself, ties meeting the threshold", () => {
    expect(RED.HOTNOTES(reads, engagements, jumps)).toEqual([
      ["effective hot"], // 0.30 ≥ 0.25, 0.040 ≥ 0.010
      ["hollow hot"], // 0.25 = threshold: hot; 0.002 weak
      ["hidden converter"], // 0.02 not hot; 0.030 strong
      ["ordinary"], // neither
      ["hidden converter"], // jump rate 0.010 = the median: strong
    ]);
  });

  it("labels in Chinese with lang zh, or when Office is Chinese", () => {
    expect(RED.HOTNOTES(reads, engagements, jumps, undefined, undefined, false, "zh").flat()).toEqual([
      "有效爆文", "无效爆文", "潜力转化", "普通", "潜力转化",
    ]);
    setLanguage("zh");
    expect(RED.HOTNOTES(reads, engagements, jumps)[0][0]).toBe("有效爆文");
  });

  it("takes custom thresholds", () => {
    expect(RED.HOTNOTES(reads, engagements, jumps, 0.01, 0.05).flat()).toEqual(["hollow hot", "hollow hot", "hollow hot", "hollow hot", "hollow hot"]);
    expect(RED.HOTNOTES(reads, engagements, jumps, 0.5, 0).flat()).toEqual(Array(5).fill("hidden converter"));
  });

  it("with detail spills label, engagement rate and jump rate", () => {
    const result = RED.HOTNOTES(reads, engagements, jumps, undefined, undefined, true);
    expect(result[0][0]).toBe("effective hot");
    expectClose(result[0][1], 0.3);
    expectClose(result[0][2], 0.04);
    expect(result.every((row) => row.length === 3)).toBe(true);
  });

  it("a blank row stays blank and takes no part in the thresholds", () => {
    const result = RED.HOTNOTES([[""], ...reads], [[""], ...engagements], [[""], ...jumps]);
    expect(result.slice(1)).toEqual(RED.HOTNOTES(reads, engagements, jumps));
    expect(result[0]).toEqual([""]);
  });

  it("trailing blank rows (a whole column passed) end the result where the notes end", () => {
    const pad = (column: number[][]) => [...column, ...Array.from({ length: 1000 }, () => [null])];
    expect(RED.HOTNOTES(pad(reads), pad(engagements), pad(jumps))).toEqual(RED.HOTNOTES(reads, engagements, jumps));
  });

  it("a row with zero reads is #DIV/0! in that row only", () => {
    const result = codes(RED.HOTNOTES([...reads, [0]], [...engagements, [0]], [...jumps, [0]], undefined, undefined, true));
    expect(result[5]).toEqual(["#DIV/0!", "#DIV/0!", "#DIV/0!"]);
    expect(result[0][0]).toBe("effective hot");
  });

  it("a single note with zero reads is #DIV/0!", () => {
    expect(thrown(() => RED.HOTNOTES([[0]], [[0]], [[0]])).code).toBe("#DIV/0!");
  });

  it("text in a row is #VALUE! in that row; a bad threshold fails the call", () => {
    expect(codes(RED.HOTNOTES([[1000], ["many"]], [[10], [10]], [[1], [1]]))[1]).toEqual(["#VALUE!"]);
    expect(thrown(() => RED.HOTNOTES(reads, engagements, jumps, -1)).code).toBe("#NUM!");
  });
});

describe("STAGEPLAN", () => {
  const aliases: [unknown, string, string][] = [
    ["cold-start", "cold start", "冷启动期"], ["cold start", "cold start", "冷启动期"], ["coldstart", "cold start", "冷启动期"],
    ["cold", "cold start", "冷启动期"], ["冷启动", "cold start", "冷启动期"], ["冷启动期", "cold start", "冷启动期"], [1, "cold start", "冷启动期"],
    ["growth", "growth", "成长期"], ["grow", "growth", "成长期"], ["成长", "growth", "成长期"], ["成长期", "growth", "成长期"], [2, "growth", "成长期"],
    ["mature", "mature", "成熟期"], ["maturity", "mature", "成熟期"], ["成熟", "mature", "成熟期"], ["成熟期", "mature", "成熟期"], [3, "mature", "成熟期"],
  ];

  it.each(aliases)("%p in English and Chinese", (stage, en, zh) => {
    const english = RED.STAGEPLAN(stage, "en").flat() as string[];
    expect(english[0]).toBe(`Stage: ${en}`);
    expect(english.length).toBeGreaterThanOrEqual(5);
    const chinese = RED.STAGEPLAN(stage, "zh").flat() as string[];
    expect(chinese[0]).toBe(`阶段：${zh}`);
    expect(chinese.slice(2).every((line) => /[\u4e00-\u9fff]/.test(line))).toBe(true);
    expect(chinese).toHaveLength(english.length);
  });

  it("states the split, edited presets included", () => {
    expect(RED.STAGEPLAN("growth", "en")[1][0]).toBe("Budget split: spillover 50% | closed loop 50%");
    expect(RED.STAGEPLAN("cold", "zh")[1][0]).toBe("预算分配：外溢 70% | 闭环 30%");
    expect(RED.STAGEPLAN("growth", "en", [["spill_growth", 0.55]])[1][0]).toBe("Budget split: spillover 55% | closed loop 45%");
  });

  it("describes a brand between stages", () => {
    const plan = RED.STAGEPLAN(1.5, "en").flat();
    expect(plan[0]).toBe("Stage: between cold start → growth (1.5)");
    expect(plan[1]).toBe("Budget split: spillover 60% | closed loop 40%");
  });

  it("is blank for a blank stage, #VALUE! for an unknown one or a range", () => {
    expect(RED.STAGEPLAN("", "en")).toEqual([[""]]);
    expect(thrown(() => RED.STAGEPLAN("launch")).code).toBe("#VALUE!");
    expect(thrown(() => RED.STAGEPLAN([["growth"], ["mature"]])).code).toBe("#VALUE!");
  });
});
