/*
 * The minefields task pane: a card per minefield with its trap, the live check on this workbook's
 * numbers where inputs allow, a status and a note; answers saved in the document as they change.
 * All workbook access goes through the WorkbookHost it is given. User text is rendered by React,
 * as text.
 */
import * as React from "react";
import { Body1, Button, FluentProvider, MessageBar, MessageBarBody, Title3 } from "@fluentui/react-components";
import { Answer, checkLabelledNotes, isDomainError, Language, LANGUAGE_TAGS, languageOf, Minefield, MINEFIELDS, nextLanguage, Status } from "../core";
import { budgetStep, stepEvidence } from "./budget-step";
import { LINES_SHEET } from "../template/planner";
import { HostError, SheetRef, WorkbookHost } from "./host";
import { sameSheetName } from "../spreadsheet/sheet-names";
import { MinefieldCard } from "./MinefieldCard";
import { ownedUsersEvidence } from "./owned-users";
import { insertCharts, insertScenarioSheet, selectedBinding, today, writeScenarioReport } from "./pane-actions";
import type { Capability } from "./requirements";
import { isScenario } from "./scenario";
import { ScenarioSection } from "./ScenarioSection";
import { BindingKey, sheetStateOf, SheetState, withSheetState } from "./state";
import { OfficeThemeColors, paneTheme } from "./theme";
import { UI, UiStrings } from "./ui-strings";
import { useScenario } from "./useScenario";
import { useSavedState } from "./useSavedState";

function guarded<T>(check: () => T | null): T | null {
  try {
    return check();
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

/** A failure in the planner's words; whatever else failed (Office busy, a lost connection) is "failed". */
function explain(error: unknown, u: UiStrings): string {
  if (error instanceof HostError) {
    if (error.code === "SHEET_MISSING") return u.sheetMissing(error.detail);
    if (error.code === "SHEET_EXISTS") return u.sheetExists(error.detail);
    if (error.code === "BAD_ADDRESS") return u.badAddress(error.detail);
    if (error.code === "CODE_MISSING") return u.codeMissing;
    return u.saveFailed;
  }
  return u.failed;
}

export interface AppProps {
  host: WorkbookHost;
  /** Called when the pane subscribes to workbook changes (the host calls it back). */
  subscribe?: (listener: () => void) => () => void;
  /** What this Office lacks (requirements.ts), said at the top of the pane. */
  unavailable?: readonly Capability[];
  /** Office's theme (Office.context.officeTheme) where the host has one: the pane follows it, dark included. */
  officeTheme?: OfficeThemeColors;
}

export function App({ host, subscribe, unavailable = [], officeTheme }: AppProps): React.ReactElement {
  const [language, setLanguage] = React.useState<Language>(() => languageOf(host.displayLanguage()));
  // Problems and notices are kept as what happened, and worded in the language shown now.
  const [problem, setProblem] = React.useState<unknown>(null);
  // A notice names the sheet the pane wrote, under the name it has now, and goes with it (an undo that takes the sheet away).
  const [notice, setNotice] = React.useState<{ say: (u: UiStrings, name: string) => string; sheet: SheetRef } | null>(null);
  const fail = React.useCallback((error: unknown) => {
    // The technical text goes to the console for whoever debugs it, never into the pane.
    if (error !== null && !(error instanceof HostError)) console.error(error);
    setProblem(error);
  }, []);
  const saveFailed = React.useCallback(() => setProblem(new HostError("SAVE_FAILED", "")), []);
  const store = useSavedState(host, saveFailed);
  const { sheet, scenario, onReport, sheetState, sheets, ownedUsers, refresh } = useScenario(host, store, fail, subscribe);
  const noticeSheet = notice && (sheets ? sheets.find((s) => s.id === notice.sheet.id) : notice.sheet);
  const theme = React.useMemo(() => paneTheme(officeTheme), [officeTheme]);
  const u = UI[language];
  // The page around the pane (the browser workbench) speaks the pane's language.
  React.useEffect(() => host.languageShown?.(language), [host, language]);
  // A sheet that is no scenario says so; the planner may make one of their own sheets a scenario by binding its cells.
  const [bindingOn, setBindingOn] = React.useState<SheetRef | null>(null);
  const scenarioHere = isScenario(scenario, sheetState) || (!!scenario && !!sheet && !!bindingOn && bindingOn.id === sheet.id && bindingOn.name === sheet.name);

  const update = (change: (state: SheetState) => SheetState) => {
    if (sheet) store.edit((previous) => withSheetState(previous, sheet, change(sheetStateOf(previous, sheet))));
  };
  const answer = (id: number, patch: Partial<Answer>) =>
    update((state) => {
      const previous = state.answers[id] ?? { status: "unanswered" as Status, note: "" };
      return { ...state, answers: { ...state.answers, [id]: { ...previous, ...patch, checkedOn: today() } } };
    });

  // A check the scenario's figures cannot feed (past the functions' limits) is no check, never a blank pane.
  const step = guarded(() => (scenario ? budgetStep(scenario) : null));
  const notesCheck = scenario && scenario.notes.length ? checkLabelledNotes(scenario.notes) : null;

  const statusOf = (m: Minefield): { status: Status; computed: boolean } => {
    // A check held up by a missing or refused input decides too: no verdict, and no Clear to pick by hand.
    if (m.kind === "budgetStep" && step) return { status: step.check?.status ?? "unanswered", computed: true };
    if (m.kind === "notes" && notesCheck && notesCheck.status !== "unanswered") return { status: notesCheck.status, computed: true };
    // The NPL sheet decides minefield 6 where the workbook has one: its verdict, or none while a cell keeps it from one.
    if (m.kind === "ownedUsers" && ownedUsers) return { status: ownedUsers.check?.status ?? "unanswered", computed: true };
    return { status: sheetState.answers[m.id]?.status ?? "unanswered", computed: false };
  };

  const evidence = (): Record<number, string> => {
    const result: Record<number, string> = {};
    if (step) result[2] = stepEvidence(step, u, language);
    if (ownedUsers) result[6] = ownedUsersEvidence(ownedUsers, u, language);
    if (notesCheck) result[3] = u.notesEvidence(notesCheck.summary[language], u.list(notesCheck.hollowHot) || u.none, u.list(notesCheck.hiddenConverters) || u.none);
    return result;
  };

  const writeReport = async () => {
    if (!sheet) return;
    try {
      const written = await writeScenarioReport(host, sheet, sheetState, (m) => statusOf(m).status, evidence(), language);
      update((state) => ({ ...state, report: written }));
      setNotice({ say: (w, name) => w.reportWritten(name), sheet: written });
      setProblem(null);
    } catch (error) {
      fail(error);
    }
  };

  const insertScenario = async () => {
    try {
      const added = await insertScenarioSheet(host);
      setNotice({ say: (w, name) => w.scenarioInserted(name), sheet: added });
      await refresh();
    } catch (error) {
      fail(error);
    }
  };

  const addCharts = async () => {
    if (!sheet) return;
    try {
      const count = await insertCharts(host, sheet);
      setNotice({ say: (w, name) => w.chartsInserted(count, name), sheet });
      setProblem(null);
    } catch (error) {
      fail(error);
    }
  };
  // The template's charts fit a sheet with the template's layout: a template scenario, or Lines.
  const chartsFit = !!host.addCharts && !!sheet && (!!scenario?.template || sameSheetName(sheet.name, LINES_SHEET));

  const bind = async (key: BindingKey) => {
    try {
      const binding = await selectedBinding(host);
      update((state) => ({ ...state, bindings: { ...state.bindings, [key]: binding } }));
    } catch (error) {
      fail(error);
    }
  };

  return (
    <FluentProvider theme={theme} lang={LANGUAGE_TAGS[language]} className="pane-provider">
      <div className="pane-root">
        <header className="pane-header">
          <img src="assets/icon-32.png" alt="" width={32} height={32} />
          <Title3 as="h1" id="title">
            {u.checklist}
          </Title3>
          <span className="spacer" />
          <Button id="language" size="small" aria-label={u.switchLanguageLabel} onClick={() => setLanguage(nextLanguage(language))}>
            {u.switchLanguage}
          </Button>
        </header>
        <main className="pane-main">
          <Body1 as="p" block>{u.checklistIntro}</Body1>
          {unavailable.length > 0 && (
            <MessageBar intent="warning" id="requirements" layout="multiline">
              <MessageBarBody>
                {u.unavailableTitle}
                <ul>
                  {unavailable.map((capability) => (
                    <li key={capability}>{u.unavailable[capability]}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <div role="status" aria-live="polite">
            {problem !== null && (
              <MessageBar intent="error" id="problem">
                <MessageBarBody>{explain(problem, u)}</MessageBarBody>
              </MessageBar>
            )}
            {notice && noticeSheet && problem === null && (
              <MessageBar intent="success" id="notice">
                <MessageBarBody>{notice.say(u, noticeSheet.name)}</MessageBarBody>
              </MessageBar>
            )}
          </div>

          <ScenarioSection
            language={language}
            sheet={sheet}
            scenario={scenario}
            sheetState={sheetState}
            onReport={onReport}
            isScenario={scenarioHere}
            onBindThisSheet={() => setBindingOn(sheet)}
            onMonth={(month) => update((state) => ({ ...state, month }))}
            onBind={(key) => void bind(key)}
            onRefresh={() => void refresh()}
            onWriteReport={() => void writeReport()}
            onInsertScenario={() => void insertScenario()}
            onInsertCharts={chartsFit ? () => void addCharts() : undefined}
          />

          {/* Only a scenario has minefields to check: not the Summary, Assumptions, Notes or a report. */}
          {!onReport &&
            scenarioHere &&
            MINEFIELDS.map((m) => (
              <MinefieldCard
                key={m.id}
                minefield={m}
                {...statusOf(m)}
                given={sheetState.answers[m.id]}
                onAnswer={(patch) => answer(m.id, patch)}
                language={language}
                scenario={scenario}
                budgetStep={step}
                notesCheck={notesCheck}
                ownedUsers={ownedUsers}
                target={sheetState.target}
                onTarget={(target) => update((state) => ({ ...state, target }))}
              />
            ))}
        </main>
      </div>
    </FluentProvider>
  );
}
