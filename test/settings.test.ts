// Settings validation and inline control comments.
import { describe, expect, it } from 'vitest';
import { parseConfigText, validateSettings } from '../server/src/core/config';
import { lint } from '../server/src/core/lint';

const V1 = 'Vores kerneopgave er at undervise eleverne.';
const ids = (md: string, settings?: ReturnType<typeof validateSettings>['settings']) =>
  lint(md, { settings }).findings.map((f) => f.ruleId);

describe('settings', () => {
  it('per-rule severity, including off', () => {
    const { settings, problems } = validateSettings({ rules: { 'aktivitet-uden-effekt': 'error', 'dimension-ambition': 'off' } });
    expect(problems).toEqual([]);
    const findings = lint(V1, { settings }).findings;
    expect(findings.find((f) => f.ruleId === 'aktivitet-uden-effekt')?.severity).toBe('error');
    expect(findings.some((f) => f.ruleId === 'dimension-ambition')).toBe(false);
  });

  it('enable: false silences everything', () => {
    expect(ids(V1, validateSettings({ enable: false }).settings)).toEqual([]);
  });

  it('reports what is wrong and keeps the defaults for it', () => {
    const { settings, problems } = validateSettings({ rules: { 'aktivitet-uden-effekt': 'loud', 'ukendt-regel': 'hint' }, enable: 'ja' });
    expect(problems.map((p) => p.path).sort()).toEqual(['enable', 'rules.aktivitet-uden-effekt', 'rules.ukendt-regel']);
    expect(settings.enable).toBe(true);
    expect(lint(V1, { settings }).findings.find((f) => f.ruleId === 'aktivitet-uden-effekt')?.severity).toBe('warning');
  });

  it('invalid JSON gives one problem and the defaults', () => {
    const { settings, problems } = parseConfigText('{ "rules": ');
    expect(problems).toHaveLength(1);
    expect(problems[0].message.da).toMatch(/ugyldig JSON/);
    expect(problems[0].message.en).toMatch(/invalid JSON/);
    expect(settings.enable).toBe(true);
  });

  it('English messages when the language is en', () => {
    const { settings } = validateSettings({ language: 'en' });
    const f = lint(V1, { settings }).findings.find((x) => x.ruleId === 'aktivitet-uden-effekt');
    expect(f?.message).toMatch(/describes what you do/);
  });
});

describe('control comments', () => {
  it('disable-next-line silences one line', () => {
    const md = `<!-- kerneopgave-disable-next-line aktivitet-uden-effekt -->\n${V1}\n\n${V1}\n`;
    expect(ids(md).filter((i) => i === 'aktivitet-uden-effekt')).toHaveLength(1);
  });

  it('disable … enable silences a stretch, for the listed rules only', () => {
    const md = `<!-- kerneopgave-disable aktivitet-uden-effekt -->\n\n${V1}\n\n<!-- kerneopgave-enable aktivitet-uden-effekt -->\n\n${V1}\n`;
    const found = lint(md).findings;
    expect(found.filter((f) => f.ruleId === 'aktivitet-uden-effekt')).toHaveLength(1);
    expect(found.filter((f) => f.ruleId === 'dimension-ambition')).toHaveLength(2);
  });

  it('disable without ids silences every rule', () => {
    expect(ids(`<!-- kerneopgave-disable -->\n\n${V1}\n`)).toEqual([]);
  });
});

describe('inline control comments', () => {
  it('an inline disable comment inside a statement silences that rule for the whole statement', () => {
    const md = `- ${V1} <!-- kerneopgave-disable aktivitet-uden-effekt -->\n- ${V1}\n`;
    const found = lint(md).findings;
    expect(found.filter((f) => f.ruleId === 'aktivitet-uden-effekt')).toHaveLength(1);
    expect(found.filter((f) => f.ruleId === 'dimension-ambition')).toHaveLength(2);
  });

  it('an inline disable comment in a section heading silences the section', () => {
    const md = `## Vores kerneopgave <!-- kerneopgave-disable -->\n\nVi underviser eleverne.\n`;
    expect(ids(md)).toEqual([]);
  });

  it('text after » -- « is a description, not rule ids', () => {
    const md = `<!-- kerneopgave-disable aktivitet-uden-effekt -- vi tager den på næste møde -->\n\n${V1}\n`;
    const found = lint(md).findings.map((f) => f.ruleId);
    expect(found).not.toContain('aktivitet-uden-effekt');
    expect(found).toContain('dimension-ambition');
  });
});

describe('switched-off units', () => {
  it('a disable comment for every rule above a unit removes it from the checklist and outline too', () => {
    const md = `<!-- kerneopgave-disable -- citat fra en rapport -->\n\n> ${V1}\n`;
    const result = lint(md);
    expect(result.units).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('enable: false finds no units', () => {
    expect(lint(V1, { settings: validateSettings({ enable: false }).settings }).units).toEqual([]);
  });
});
