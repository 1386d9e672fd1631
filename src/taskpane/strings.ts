/** Everything the task pane says, in English and Simplified Chinese. */
export const STRINGS = {
  en: {
    title: "Spillsplit",
    switchLanguage: "中文",
    intro:
      "Split Xiaohongshu (RED) budgets between spillover (sales on Tmall/JD) and closed loop (sales inside RED) by lifecycle stage, and see what the next thousand impressions cost as spend rises.",
    ready: "The RED functions are loaded in this workbook. Type =RED. in a cell to see them.",
    functionsHeading: "Functions",
    workbench: "Workbench: the RED functions run in this page's spreadsheet, as they do in Excel.",
    activeSheet: "Active sheet",
    switchLanguageLabel: "Show in Chinese",
  },
  zh: {
    title: "Spillsplit",
    switchLanguage: "English",
    intro: "按品牌生命周期，把小红书预算分配给外溢（天猫/京东成交）与闭环（站内成交），并查看预算上升时下一千次曝光的成本。",
    ready: "本工作簿已加载 RED 函数。在单元格中输入 =RED. 即可查看。",
    functionsHeading: "函数",
    workbench: "工作台：RED 函数在本页的表格中运行，与在 Excel 中相同。",
    activeSheet: "当前工作表",
    switchLanguageLabel: "切换为英文",
  },
} as const;

/** One example per function, with what it returns. */
export const FUNCTION_EXAMPLES: { formula: string; zhFormula?: string; en: string; zh: string }[] = [
  { formula: '=RED.SPILLSPLIT("growth", 500000)', zhFormula: '=RED.SPILLSPLIT("成长期", 500000)', en: "250000 | 250000: spillover and closed loop.", zh: "250000 | 250000：外溢与闭环。" },
  { formula: "=RED.AVGCPM(500000)", en: "1.4: average CPM as an index of the CPM at 200,000.", zh: "1.4：平均 CPM，以 200,000 时的 CPM 为 1。" },
  { formula: "=RED.MARGINALCPM(500000, 80)", en: "176.99: what the next 1,000 impressions cost.", zh: "176.99：下一千次曝光的成本。" },
  { formula: "=RED.INCREMENTALCPM(200000, 500000)", en: "1.9091: the extra 300,000 buys at 1.91× the old price.", zh: "1.9091：新增的 300,000 以 1.91 倍的原价购买曝光。" },
  { formula: "=RED.IMPRESSIONS(200000, 80)", en: "2,500,000 impressions.", zh: "2,500,000 次曝光。" },
  { formula: "=RED.MARGINALCPA(500000, 30)", en: "58.30: what the next conversion costs.", zh: "58.30：下一次转化的成本。" },
  { formula: "=RED.BUDGETCAP(60, 30)", en: "≈ 547,756: the largest spend whose next conversion costs ≤ 60.", zh: "≈ 547,756：下一次转化成本不超过 60 的最大预算。" },
  {
    formula: "=RED.CPMFIT(B2:B13, C2:C13)",
    en: "elasticity | base CPM | R² fitted to your own months; use the elasticity as cpm_elasticity.",
    zh: "用你自己的月度数据拟合出 弹性 | 基准 CPM | R²；把弹性作为 cpm_elasticity 使用。",
  },
  {
    formula: "=RED.HOTNOTES(B2:B50, C2:C50, D2:D50)",
    en: "effective hot, hollow hot, hidden converter or ordinary, per note.",
    zh: "逐篇标出 有效爆文、无效爆文、潜力转化 或 普通。",
  },
  {
    formula: "=RED.ALLOCATE(1000000, A2:A4, B2:B4)",
    en: "Splits a budget across lines so the next conversion costs the same on each.",
    zh: "把预算分配到各投放线，使每条线下一次转化的成本相同。",
  },
  { formula: '=RED.STAGEPLAN("growth")', zhFormula: '=RED.STAGEPLAN("成长期", "zh")', en: "The stage's split and key actions, one line per cell.", zh: "该阶段的预算分配和关键动作，每行一条。" },
  { formula: "=RED.REDDEFAULTS()", zhFormula: '=RED.REDDEFAULTS("zh")', en: "The assumptions table to paste, edit and pass as assumptions.", zh: "可粘贴、修改并作为 assumptions 参数传入的假设表。" },
];
