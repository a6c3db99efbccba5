// The playground page: a CodeMirror editor whose text is linted by the core in a Web Worker (worker.ts, started from a
// blob: URL so that the page also works from file://). The questions are underlined in the text (hover for the why)
// and listed beside it, with the checklist of each statement. Nothing leaves the page.
import { minimalSetup } from 'codemirror';
import { Compartment, EditorState, StateEffect } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, placeholder } from '@codemirror/view';
import { linter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import type { Locale } from '../../server/src/core/types';
import type { LintRequest, LintResponse, PlaygroundFinding, PlaygroundUnit } from './protocol';

declare const PLAYGROUND_WORKER_SOURCE: string;

/** A version-1 draft: it says what the employees do, not what it leads to, so the first view has a question. */
const EXAMPLE = 'Vores kerneopgave er at tilbyde undervisning og aktiviteter til børn og unge i kommunen.';

const TEXT = {
  da: {
    title: 'Kerneopgave – prøv en formulering',
    intro: 'Skriv eller indsæt jeres kerneopgave. Spørgsmålene vises i teksten og i listen, mens du skriver. Hold musen over en understregning for at se hvorfor.',
    privacy: 'Alt sker i din browser: teksten sendes ingen steder hen.',
    editorLabel: 'Jeres formulering',
    placeholder: 'Vores kerneopgave er, at …',
    example: 'Indsæt eksemplet',
    clear: 'Ryd teksten',
    language: 'Sprog',
    questions: 'Spørgsmål',
    noQuestions: 'Ingen spørgsmål til teksten.',
    checklist: 'Tjekliste',
    noUnits: 'Skriv en formulering, så vises dens tjekliste her.',
    count: (n: number) => (n === 1 ? '1 spørgsmål' : `${n} spørgsmål`),
    mode: { document: 'Læst som et dokument med mærkede formuleringer.', file: 'Hele teksten er læst som én kerneopgave.' },
    severity: { error: 'Fejl', warning: 'Advarsel', information: 'Spørgsmål', hint: 'Tip' },
    version: {
      1: 'Version 1: siger hvad I gør, ikke hvad det fører til',
      2: 'Version 2: siger hvilken effekt det har for borgeren',
      mixed: 'Blandet: både jeres indsats og effekten for borgeren',
      unclear: 'Uafklaret: formuleringen handler om borgeren, men effekten kan ikke læses entydigt',
      none: 'Endnu intet at vurdere',
    },
    present: 'med',
    missing: 'mangler',
    lix: (lix: number, band: string) => `LIX ${lix} (${band})`,
    remaining: 'Det mangler',
    complete: 'Version 2 med alle fire dimensioner.',
    workerFailed: 'Tjekket kunne ikke starte i denne browser (Web Worker fra en blob:-adresse).',
    readMore: 'Hvorfor?',
    goTo: 'Gå til stedet i teksten',
  },
  en: {
    title: 'Kerneopgave – try a statement',
    intro: 'Type or paste your kerneopgave (core task) statement. The questions appear in the text and in the list as you type. Hover over an underline to see why.',
    privacy: 'Everything happens in your browser: the text is not sent anywhere.',
    editorLabel: 'Your statement',
    placeholder: 'Vores kerneopgave er, at …',
    example: 'Insert the example',
    clear: 'Clear the text',
    language: 'Language',
    questions: 'Questions',
    noQuestions: 'No questions about the text.',
    checklist: 'Checklist',
    noUnits: 'Write a statement and its checklist appears here.',
    count: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
    mode: { document: 'Read as a document with labelled statements.', file: 'The whole text is read as one kerneopgave.' },
    severity: { error: 'Error', warning: 'Warning', information: 'Question', hint: 'Tip' },
    version: {
      1: 'Version 1: says what you do, not what it leads to',
      2: 'Version 2: says what effect it has for the citizen',
      mixed: 'Mixed: both what you do and the effect for the citizen',
      unclear: 'Unclear: the statement is about the citizen, but its effect cannot be read clearly',
      none: 'Nothing to judge yet',
    },
    present: 'present',
    missing: 'missing',
    lix: (lix: number, band: string) => `LIX ${lix} (${band})`,
    remaining: 'What is missing',
    complete: 'Version 2 with all four dimensions.',
    workerFailed: 'The check could not start in this browser (a Web Worker from a blob: URL).',
    readMore: 'Why?',
    goTo: 'Go to the place in the text',
  },
} as const;

const STORAGE_KEY = 'kerneopgave-playground-language';

function initialLocale(): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'da' || asked === 'en') return asked;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'da' || stored === 'en') return stored;
  } catch {
    // no storage (file:// in some browsers, privacy settings): Danish
  }
  return 'da';
}

let locale: Locale = initialLocale();
const t = () => TEXT[locale];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

// ---- the worker
let worker: Worker | undefined;
let workerError: string | undefined;
let nextId = 1;
const pending = new Map<number, (r: LintResponse) => void>();

function startWorker(): void {
  try {
    const url = URL.createObjectURL(new Blob([PLAYGROUND_WORKER_SOURCE], { type: 'text/javascript' }));
    worker = new Worker(url);
    worker.addEventListener('message', (e: MessageEvent<LintResponse>) => {
      const resolve = pending.get(e.data.id);
      pending.delete(e.data.id);
      resolve?.(e.data);
    });
    worker.addEventListener('error', (e) => {
      workerError = e.message || 'error';
      showStatus();
    });
  } catch (e) {
    workerError = String(e);
  }
}

function lintText(text: string): Promise<LintResponse> {
  if (!worker) return Promise.resolve({ id: 0, findings: [], units: [], mode: 'file', ms: 0, error: workerError });
  const id = nextId++;
  const request: LintRequest = { id, text, locale };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage(request);
  });
}

// ---- the editor
const SEVERITY: Record<PlaygroundFinding['severity'], Diagnostic['severity']> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
let last: { text: string; response: LintResponse } | undefined;

function tooltip(f: PlaygroundFinding): HTMLElement {
  return el('div', { className: 'ko-tooltip' },
    el('p', { className: 'ko-tooltip-message' }, f.message),
    el('p', { className: 'ko-tooltip-title' }, el('strong', {}, f.title), ` (${f.ruleId})`),
    el('p', { className: 'ko-tooltip-note' }, f.note));
}

/** Dispatched when the language is switched. */
const languageChanged = StateEffect.define<Locale>();

const kerneopgaveLinter = linter(async (view) => {
  const text = view.state.doc.toString();
  const response = await lintText(text);
  // A newer text has been typed meanwhile: CodeMirror drops these diagnostics, and so does the side list.
  if (view.state.doc.toString() === text) {
    last = { text, response };
    render();
  }
  const length = view.state.doc.length;
  return response.findings.map((f) => ({
    from: Math.min(f.from, length), to: Math.min(f.to, length), severity: SEVERITY[f.severity],
    message: f.message, renderMessage: () => tooltip(f),
  }));
}, {
  delay: 250,
  // the messages come from the core in the chosen language: a switch lints again
  needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(languageChanged))),
});

/** Wavy underlines darker and thicker than CodeMirror's defaults (orange and #999 on white are below 3:1). */
function underline(color: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="6" height="3"><path d="m0 2.5 l2 -1.5 l1 0 l2 1.5 l1 0" stroke="${color}" fill="none" stroke-width="1.1"/></svg>`;
  return `url('data:image/svg+xml,${encodeURIComponent(svg)}')`;
}
const underlines = EditorView.theme({
  '.cm-lintRange': { paddingBottom: '1.5px' },
  '.cm-lintRange-error': { backgroundImage: underline('#c00020') },
  '.cm-lintRange-warning': { backgroundImage: underline('#b35900') },
  '.cm-lintRange-info': { backgroundImage: underline('#1f4e9e') },
  '.cm-lintRange-hint': { backgroundImage: underline('#5a5a5a') },
});

const labels = new Compartment();
const labelAttributes = () => [
  EditorView.contentAttributes.of({ 'aria-labelledby': 'editor-label', 'aria-describedby': 'intro privacy', spellcheck: 'true', lang: 'da' }),
  placeholder(t().placeholder),
];

const view = new EditorView({
  parent: $('editor'),
  state: EditorState.create({
    doc: EXAMPLE,
    extensions: [
      minimalSetup,
      highlightActiveLine(),
      EditorView.lineWrapping,
      keymap.of(lintKeymap),
      underlines,
      labels.of(labelAttributes()),
      kerneopgaveLinter,
    ],
  }),
});

// ---- the side: questions, checklists, status
function goTo(from: number, to: number): void {
  view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
  view.focus();
}

function showStatus(): void {
  const status = $('status');
  if (workerError) {
    status.textContent = `${t().workerFailed} ${workerError}`;
    status.classList.add('error');
    return;
  }
  status.classList.remove('error');
  if (!last) return;
  const { response } = last;
  status.textContent = response.error ? response.error : `${t().count(response.findings.length)}. ${response.units.length ? t().mode[response.mode] : ''}`.trim();
}

const RANK: Record<PlaygroundFinding['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

function renderQuestions(findings: PlaygroundFinding[], text: string): void {
  const list = $('questions-list');
  list.replaceChildren();
  if (findings.length === 0) {
    list.append(el('li', { className: 'empty' }, t().noQuestions));
    return;
  }
  // Warnings (a version-1 statement) before questions and tips; in the order of the text within each.
  const ordered = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.from - b.from);
  for (const f of ordered) {
    const quoted = text.slice(f.from, f.to);
    const button = el('button', { type: 'button', className: 'question', title: t().goTo },
      el('span', { className: `severity severity-${f.severity}` }, t().severity[f.severity]),
      el('span', { className: 'question-message' }, f.message));
    button.addEventListener('click', () => goTo(f.from, f.to));
    const item = el('li', {}, button, el('details', {}, el('summary', {}, t().readMore), el('p', {}, el('strong', {}, f.title), ` (${f.ruleId}): ${f.note}`)));
    item.dataset.rule = f.ruleId;
    item.dataset.words = quoted.length <= 80 ? quoted : '';
    list.append(item);
  }
}

function versionText(v: PlaygroundUnit['version']): string {
  return v === null ? t().version.none : t().version[v];
}

function renderChecklists(units: PlaygroundUnit[]): void {
  const box = $('checklist-units');
  box.replaceChildren();
  if (units.length === 0) {
    box.append(el('p', { className: 'empty' }, t().noUnits));
    return;
  }
  for (const u of units) {
    const title = el('button', { type: 'button', className: 'unit-title', title: t().goTo }, `»${u.title}«`);
    title.addEventListener('click', () => goTo(u.from, u.to));
    const dims = el('ul', { className: 'dimensions' });
    for (const { key, name } of u.dimensionNames) {
      const ok = u.dimensions[key];
      const item = el('li', { className: ok ? 'present' : 'missing' },
        el('span', { className: 'mark' }, ok ? '✓' : '✗'), ` ${name} `, el('span', { className: 'state' }, `(${ok ? t().present : t().missing})`));
      item.dataset.dimension = key;
      dims.append(item);
    }
    const version = el('p', { className: `version version-${u.version ?? 'none'}` }, versionText(u.version));
    const lix = el('p', { className: 'lix' }, t().lix(u.lix, u.lixBand));
    const article = el('article', { className: 'unit' }, el('h3', {}, title), version, dims, lix);
    if (u.complete) article.append(el('p', { className: 'complete' }, t().complete));
    else if (u.questions.length) {
      article.append(el('h4', {}, t().remaining),
        el('ul', { className: 'remaining' }, ...u.questions.map((q) => el('li', {}, el('strong', {}, q.label), el('br'), el('span', {}, q.detail)))));
    }
    article.dataset.version = String(u.version);
    box.append(article);
  }
}

function render(): void {
  if (last) {
    renderQuestions(last.response.findings, last.text);
    renderChecklists(last.response.units);
    document.body.dataset.linted = String(last.response.findings.length);
  }
  showStatus();
}

// ---- static texts and the language switch
function applyLanguage(): void {
  document.documentElement.lang = locale;
  document.title = t().title;
  $('title').textContent = t().title;
  $('intro').textContent = t().intro;
  $('privacy').textContent = t().privacy;
  $('editor-label').textContent = t().editorLabel;
  $('example').textContent = t().example;
  $('clear').textContent = t().clear;
  $('language-label').textContent = t().language;
  $('questions-heading').textContent = t().questions;
  $('checklist-heading').textContent = t().checklist;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) b.setAttribute('aria-pressed', String(b.dataset.locale === locale));
  view.dispatch({ effects: [labels.reconfigure(labelAttributes()), languageChanged.of(locale)] });
}

function setLocale(next: Locale): void {
  if (next === locale) return;
  locale = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered
  }
  applyLanguage();
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-locale]')) b.addEventListener('click', () => setLocale(b.dataset.locale as Locale));
$('example').addEventListener('click', () => {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: EXAMPLE } });
  view.focus();
});
$('clear').addEventListener('click', () => {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: '' } });
  view.focus();
});

startWorker();
applyLanguage();
showStatus();
