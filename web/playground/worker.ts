// The playground's worker: the same pure core as the language server and the CLI, run on the page's text. It
// receives the text and the language, and answers with the findings and a checklist per unit. It has no network
// code; the page's Content-Security-Policy forbids any request besides.
import { DocumentLinter, type LintResult } from '../../server/src/core/lint';
import { DIMENSIONS } from '../../server/src/core/data/dimensioner';
import { checklistOf, statementVersion } from '../../server/src/core/reading/checklist';
import { ruleById } from '../../server/src/core/rules/index';
import { lixBand } from '../../server/src/core/rules/lix';
import { pick } from '../../server/src/core/rules/rule';
import { plainTextAsMarkdown } from '../../server/src/core/sources/plaintext';
import type { Locale } from '../../server/src/core/types';
import type { LintRequest, LintResponse, PlaygroundUnit } from './protocol';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: LintRequest }) => void): void;
}
declare const self: WorkerScope;

const SHORT = {
  vaerdi: { da: 'Værdi', en: 'Value' },
  ambition: { da: 'Ambition', en: 'Ambition' },
  tilgang: { da: 'Tilgang', en: 'Approach' },
  maalgruppe: { da: 'Målgruppe', en: 'Target group' },
} as const;

// One incremental linter per way of reading the text (each keeps the previous version of its own reading).
const asDocument = new DocumentLinter();
const asFile = new DocumentLinter();

/**
 * A pasted medarbejdergrundlag is read as a document (its labelled statements are the units); a text without any
 * label is read as a *.kerneopgave.md file, so that a bare statement (»Vi underviser eleverne.«) is one unit.
 */
function read(text: string, locale: Locale): { result: LintResult; mode: LintResponse['mode'] } {
  const result = asDocument.lint(text, { fileName: 'playground.md', locale });
  if (result.units.length > 0) return { result, mode: 'document' };
  return { result: asFile.lint(text, { fileName: 'playground.kerneopgave.md', locale }), mode: 'file' };
}

function answer({ id, text, locale }: LintRequest): LintResponse {
  const t0 = performance.now();
  // Word's bullets become Markdown list markers, one character for one: the offsets stay those of the page's text.
  const { result, mode } = read(plainTextAsMarkdown(text), locale);
  const findings = result.findings.map((f) => {
    const rule = ruleById(f.ruleId);
    return {
      from: f.start, to: f.end, severity: f.severity, ruleId: f.ruleId,
      title: rule ? pick(rule.title, locale) : f.ruleId, message: f.message, note: f.note,
    };
  });
  const units: PlaygroundUnit[] = result.units.map((u) => {
    const c = checklistOf(u, locale);
    return {
      from: u.body.start, to: u.body.end, title: u.title, version: statementVersion(u), dimensions: c.dimensions,
      dimensionNames: DIMENSIONS.map((d) => ({ key: d.key, name: pick(SHORT[d.key], locale) })),
      lix: c.lix, lixBand: lixBand(c.lix, locale), questions: c.questions, complete: c.complete,
    };
  });
  return { id, findings, units, mode, ms: Math.round(performance.now() - t0) };
}

self.addEventListener('message', (event) => {
  const request = event.data;
  try {
    self.postMessage(answer(request));
  } catch (e) {
    self.postMessage({ id: request.id, findings: [], units: [], mode: 'file', ms: 0, error: String(e) } satisfies LintResponse);
  }
});
