// The custom messages between this client and the language server. Only shapes: the server decides every text.

/** Server → client after every diagnostics publish: how many units the document has and how many are complete. */
export const STATUS_NOTIFICATION = 'kerneopgave/status';
export interface StatusParams {
  uri: string;
  units: number;
  /** Units that are version 2 with all four dimensions present. */
  complete: number;
}

/** Client → server: a Markdown report over every Markdown file in a folder. */
export const REPORT_REQUEST = 'kerneopgave/report';
export interface ReportParams {
  folderUri: string;
  /** Also write the report as a standalone HTML page (»Gem som HTML«), in `ReportResult.html`. */
  html?: boolean;
}
export interface ReportResult {
  markdown: string;
  /** The same report as one HTML page (core/reportHtml.ts), when `ReportParams.html` asked for it. */
  html?: string;
  files: number;
  units: number;
  /** Set when the report stopped early (file count or time budget): what it says, for a person. */
  notice?: string;
}

/** The command of the checklist code lens; its one argument comes from the server, already localized. */
export const SHOW_CHECKLIST_COMMAND = 'kerneopgave.showChecklist';
export interface ChecklistArgs {
  title: string;
  questions: { label: string; detail: string }[];
}

/** Narrows the code lens argument; anything else is ignored rather than shown half. */
export function isChecklistArgs(value: unknown): value is ChecklistArgs {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ChecklistArgs>;
  return (
    typeof v.title === 'string' &&
    Array.isArray(v.questions) &&
    v.questions.every((q) => typeof q === 'object' && q !== null && typeof q.label === 'string' && typeof q.detail === 'string')
  );
}

/** The server's »read the guidance« command (its one argument is the rule id); VS Code shows a rendered preview. */
export const OPEN_GUIDANCE_COMMAND = 'kerneopgave.openGuidance';

/** Client → server: lint a piece of text from any document as one kerneopgave text. */
export const CHECK_TEXT_REQUEST = 'kerneopgave/checkText';
export interface CheckTextParams {
  text: string;
  /** The document the text is from: its settings apply. */
  uri?: string;
}
export interface CheckTextResult {
  /** LSP diagnostics with ranges in the text (line 0 = the text's first line). */
  diagnostics: import('vscode-languageclient').Diagnostic[];
  /** How many kerneopgave statements the text held. */
  units: number;
}

/** Client → server: convert a Word document's bytes (base64) into the Markdown the server lints. */
export const CONVERT_DOCX_REQUEST = 'kerneopgave/convertDocx';
export interface ConvertDocxParams {
  /** The file's name, for messages. */
  name: string;
  data: string;
}
export interface ConvertDocxResult {
  markdown: string;
  /** Per paragraph of the Word document: its number, the line it starts on in `markdown`, its first words. */
  paragraphs: { number: number; line: number; firstWords: string }[];
}
