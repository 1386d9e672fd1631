/* Everything the workbench page says, one entry per language of the same shape ({@link WorkbenchWords}). */
import type { Language } from "../core";
import { RESERVED_SHEET_NAME, SHEET_NAME_FORBIDDEN, SHEET_NAME_LIMIT, SheetNameProblem } from "../spreadsheet/sheet-names";
import { MAX_COLUMNS, MAX_ROWS } from "../spreadsheet/limits";
import { ENTRY_LIMIT, UNPACKED_LIMIT } from "./zip-size";

const en = {
  title: "Spillsplit workbench",
  open: "Open .xlsx or .csv…",
  download: "Download .xlsx",
  reloadPane: "Reload task pane",
  startOver: "Start over",
  startOverTitle: "Forget the workbook this browser keeps and open the template again",
  startOverChanged: (open: string) => `Start over with the template? Your changes to ${open} (edits and the pane's answers) are lost; Download keeps the edits.`,
  startedOver: "Started over: the template is open, and the workbook this browser kept is gone.",
  reopened: (name: string) => `Reopened ${name} as you left it (this browser keeps the open workbook; Start over opens the template).`,
  cannotReopen: (name: string, why: string) => `Could not reopen ${name}, which this browser kept: ${why} The template is open instead.`,
  cell: "Name Box",
  formula: "Formula Bar",
  formulaTitle: "Type a value or a formula, then Enter (Alt+Enter: a new line in the cell)",
  notAReference: (typed: string) => `“${typed}” is not a cell or range here: type one such as B7, A1:C3, C:C or Growth!B7.`,
  sheets: "Sheets",
  opened: (name: string) => `Opened ${name}.`,
  unpacking: (name: string) => `Opening ${name}: unpacking the file…`,
  readingCells: (name: string) => `Opening ${name}: reading the cells…`,
  computing: (name: string, rows: number) => `Opening ${name}: computing ${rows.toLocaleString("en")} rows…`,
  cannotOpen: (name: string, why: string) => `Could not open ${name}: ${why} The workbook you had open is unchanged.`,
  notXlsx: "it is not an .xlsx workbook (Excel 2007 or later).",
  noSheets: "it has no worksheet.",
  tooBig: (mb: string) =>
    `it unpacks to ${mb} MB, and the workbench opens workbooks of up to ${UNPACKED_LIMIT / 1024 / 1024} MB unpacked (and ${ENTRY_LIMIT.toLocaleString("en")} parts). Excel opens it.`,
  tooManyParts: `it has more than ${ENTRY_LIMIT.toLocaleString("en")} parts; the workbench opens workbooks of up to ${UNPACKED_LIMIT / 1024 / 1024} MB unpacked and ${ENTRY_LIMIT.toLocaleString("en")} parts. Excel opens it.`,
  sheetTooBig: (sheet: string, rows: number, columns: number) =>
    `the sheet “${sheet}” has ${rows.toLocaleString("en")} rows and ${columns.toLocaleString("en")} columns; the workbench's engine holds up to ${MAX_ROWS.toLocaleString("en")} rows and ${MAX_COLUMNS.toLocaleString("en")} columns a sheet. Excel opens it.`,
  unreadable: "the file is damaged or is not a workbook the workbench can read.",
  cannotEnter: (why: string) => `Could not enter that: ${why}`,
  replaceEdited: (open: string, next: string) => `Open ${next}? Your edits to ${open} are lost unless you download it first.`,
  writing: (name: string) => `Writing ${name} for Download…`,
  anotherTab: "This workbook changed in another tab of this browser: this tab no longer keeps its changes here (Download keeps them; a reload shows the other tab's).",
  renameTab: "Double-click to rename",
  renamePrompt: (sheet: string) => `New name for the sheet “${sheet}”:`,
  cannotRename: (name: string, problem: SheetNameProblem) =>
    `“${name}” cannot be a sheet name: ${
      {
        blank: "a sheet needs a name.",
        tooLong: `it has ${name.length} characters, and a sheet name has at most ${SHEET_NAME_LIMIT}.`,
        forbidden: `it has one of ${SHEET_NAME_FORBIDDEN.join(" ")}, which a sheet name cannot have.`,
        apostrophe: "a sheet name cannot begin or end with an apostrophe (').",
        reserved: `Excel keeps the name ${RESERVED_SHEET_NAME} for itself.`,
        taken: "another sheet has that name (in any case). Type a different name.",
      }[problem]
    }`,
  notAFormula: (typed: string) =>
    `There's a problem with “${typed}”: it begins with = but is not a formula. To enter it as text, type an apostrophe (') first: '${typed}. Escape drops the entry.`,
  cannotStart: (why: string) => `The workbench could not start: ${why}`,
  uncomputed:
    "The workbench cannot compute this cell: its formula, or a formula it reads, is one only Excel computes (a range of sheets such as Data:Other!B1, an intersection of ranges, or other syntax the workbench's engine lacks). Download keeps the formula, and Excel computes it when it opens the file.",
};

export type WorkbenchWords = typeof en;

const zh: WorkbenchWords = {
  title: "Spillsplit 工作台",
  open: "打开 .xlsx 或 .csv…",
  download: "下载 .xlsx",
  reloadPane: "重新加载任务窗格",
  startOver: "重新开始",
  startOverTitle: "清除此浏览器保存的工作簿，重新打开模板",
  startOverChanged: (open: string) => `重新从模板开始？对 ${open} 的更改（编辑和任务窗格中的回答）将丢失；下载可保留编辑。`,
  startedOver: "已重新开始：模板已打开，此浏览器保存的工作簿已清除。",
  reopened: (name: string) => `已按上次离开时的样子重新打开 ${name}（此浏览器会保存打开的工作簿；“重新开始”会打开模板）。`,
  cannotReopen: (name: string, why: string) => `无法重新打开此浏览器保存的 ${name}：${why}已改为打开模板。`,
  cell: "名称框",
  formula: "编辑栏",
  formulaTitle: "输入数值或公式，然后按 Enter（Alt+Enter：在单元格内换行）",
  notAReference: (typed: string) => `“${typed}”不是本工作簿中的单元格或区域：请输入如 B7、A1:C3、C:C 或 Growth!B7 的引用。`,
  sheets: "工作表",
  opened: (name: string) => `已打开 ${name}。`,
  unpacking: (name: string) => `正在打开 ${name}：解压文件…`,
  readingCells: (name: string) => `正在打开 ${name}：读取单元格…`,
  computing: (name: string, rows: number) => `正在打开 ${name}：计算 ${rows.toLocaleString("zh-CN")} 行…`,
  cannotOpen: (name: string, why: string) => `无法打开 ${name}：${why}原来打开的工作簿保持不变。`,
  notXlsx: "它不是 .xlsx 工作簿（Excel 2007 或更高版本）。",
  noSheets: "它没有工作表。",
  tooBig: (mb: string) =>
    `它解压后为 ${mb} MB，工作台只能打开解压后不超过 ${UNPACKED_LIMIT / 1024 / 1024} MB（且不超过 ${ENTRY_LIMIT.toLocaleString("zh-CN")} 个部件）的工作簿。Excel 可以打开它。`,
  tooManyParts: `它的部件超过 ${ENTRY_LIMIT.toLocaleString("zh-CN")} 个；工作台只能打开解压后不超过 ${UNPACKED_LIMIT / 1024 / 1024} MB、不超过 ${ENTRY_LIMIT.toLocaleString("zh-CN")} 个部件的工作簿。Excel 可以打开它。`,
  sheetTooBig: (sheet: string, rows: number, columns: number) =>
    `工作表“${sheet}”有 ${rows.toLocaleString("zh-CN")} 行、${columns.toLocaleString("zh-CN")} 列；工作台的计算引擎每张表最多 ${MAX_ROWS.toLocaleString("zh-CN")} 行、${MAX_COLUMNS.toLocaleString("zh-CN")} 列。Excel 可以打开它。`,
  unreadable: "文件已损坏，或不是工作台能读取的工作簿。",
  cannotEnter: (why: string) => `无法输入：${why}`,
  replaceEdited: (open: string, next: string) => `打开 ${next}？除非先下载，否则对 ${open} 的修改将丢失。`,
  writing: (name: string) => `正在写出 ${name} 以供下载…`,
  anotherTab: "此工作簿已在本浏览器的另一个标签页中更改：本标签页的更改不再保存在浏览器中（下载可保留；刷新将显示另一个标签页的版本）。",
  renameTab: "双击可重命名",
  renamePrompt: (sheet: string) => `工作表“${sheet}”的新名称：`,
  cannotRename: (name: string, problem: SheetNameProblem) =>
    `“${name}”不能用作工作表名称：${
      {
        blank: "工作表必须有名称。",
        tooLong: `它有 ${name.length} 个字符，工作表名称最多 ${SHEET_NAME_LIMIT} 个字符。`,
        forbidden: `它含有 ${SHEET_NAME_FORBIDDEN.join(" ")} 中的字符，工作表名称不能含有这些字符。`,
        apostrophe: "工作表名称不能以撇号（'）开头或结尾。",
        reserved: `${RESERVED_SHEET_NAME} 是 Excel 保留的名称。`,
        taken: "已有工作表使用该名称（不区分大小写）。请输入其他名称。",
      }[problem]
    }`,
  notAFormula: (typed: string) => `“${typed}”有问题：它以 = 开头，但不是公式。要作为文本输入，请先输入撇号（'）：'${typed}。按 Esc 放弃输入。`,
  cannotStart: (why: string) => `工作台无法启动：${why}`,
  uncomputed: "工作台无法计算此单元格：它的公式（或它引用的公式）只有 Excel 能计算（跨工作表的范围，如 Data:Other!B1；区域的交集；或工作台引擎不支持的其他语法）。下载会保留该公式，Excel 打开文件时会计算它。",
};

export const WORKBENCH_WORDS: Record<Language, WorkbenchWords> = { en, zh };
