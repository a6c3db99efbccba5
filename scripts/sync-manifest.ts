// Writes the settings into package.json, their texts into package.nls.json (English) and package.nls.da.json
// (Danish), and the rule entries into schemas/kerneopgave.schema.json, all from the rule registry, so every rule
// has a setting whose default matches it and a description in both languages.
// Run: node scripts/run-ts.mjs scripts/sync-manifest.ts
//
// The manifest itself holds only %key% placeholders; VS Code's display language picks the nls file. This script
// owns the nls keys that start with `config.` and `rule.` (stale ones are removed); every other key (commands,
// description, …) is edited by hand in both nls files and kept as it is.
import * as fs from 'node:fs';
import { DEFAULT_LIX_THRESHOLD, ORDLISTE_KEYS, SEVERITY_SETTINGS } from '../server/src/core/config';
import { RULES, ruleDocsUrl } from '../server/src/core/rules/index';

type Texts = { en: string; da: string };

/** The texts of the settings that are not rule settings, keyed by nls key. */
const SETTING_TEXTS: Record<string, Texts> = {
  'config.enable.description': {
    en: 'Turn the kerneopgave guidance on or off.',
    da: 'Slå kerneopgave-vejledningen til eller fra.',
  },
  'config.language.description': {
    en: "Language of the questions, hovers and help texts from the language server. Menus, commands and settings follow VS Code's display language.",
    da: 'Sprog for spørgsmål, hover-tekster og hjælpetekster fra sproghjælperen. Menuer, kommandoer og indstillinger følger VS Codes visningssprog.',
  },
  'config.language.enum.auto': {
    en: "Like VS Code: English when VS Code's display language is English, otherwise Danish",
    da: 'Som VS Code: engelsk, når VS Code vises på engelsk, ellers dansk',
  },
  'config.language.enum.da': { en: 'Danish', da: 'Dansk' },
  'config.language.enum.en': { en: 'English', da: 'Engelsk' },
  'config.lixThreshold.description': {
    en: "The lix rule gives a hint when a statement's LIX is above this limit.",
    da: 'Reglen lix giver et tip, når en formulerings LIX er over denne grænse.',
  },
  'config.codeLens.description': {
    en: 'Show a checklist above each kerneopgave: its version, the four dimensions and the questions that remain.',
    da: 'Vis en tjekliste lige over hver kerneopgave: version, de fire dimensioner og de spørgsmål, der står tilbage.',
  },
  'config.focusMode.description': {
    en: 'Hold back questions about the paragraph or list item you are typing in until you pause.',
    da: 'Vent med spørgsmål til det afsnit eller punkt, du skriver i, til du holder en pause.',
  },
  'config.labels.description': {
    en: 'Other names your workplace uses for its kerneopgave (for example "mission", "formål", "vision", "vores opgave"): statements introduced by them are checked too. In *.kerneopgave.md files these four are always read.',
    da: 'Andre navne, jeres arbejdsplads bruger om kerneopgaven (fx "mission", "formål", "vision", "vores opgave"): udsagn, de indleder, bliver også tjekket. I *.kerneopgave.md-filer læses de fire altid.',
  },
  'config.ordliste.maalgrupper.description': {
    en: 'Your workplace\'s own target groups (for example "lejere", "de unge i klubben"), besides the built-in ones. Inflected forms count too (»lejer« also finds »lejeren«, »lejerne«, »lejernes«). A built-in general group named here (»borgerne«) counts as concrete.',
    da: 'Jeres arbejdsplads\' egne målgrupper (fx "lejere", "de unge i klubben") ud over de indbyggede. Bøjede former tæller også (»lejer« finder også »lejeren«, »lejerne«, »lejernes«). En indbygget bred gruppe, der står her (»borgerne«), regnes for konkret.',
  },
  'config.ordliste.effekter.description': {
    en: 'Words or phrases that state an effect for the citizen at your workplace (for example "tryg hverdag"), besides the built-in reading. A statement that contains one is not version 1.',
    da: 'Ord eller udtryk, der hos jer siger en effekt for borgeren (fx "tryg hverdag"), ud over den indbyggede læsning. En formulering, der indeholder et af dem, er ikke version 1.',
  },
  'config.ordliste.aktiviteter.description': {
    en: 'Activity verbs of your workplace, one word each, in the infinitive (for example "guide"), besides the built-in ones; their forms (guider, guidede, guidning …) count too.',
    da: 'Jeres arbejdsplads\' egne aktivitetsverber, ét ord hver, i navneform (fx "guide"), ud over de indbyggede; deres former (guider, guidede, guidning …) tæller også.',
  },
};

/** Danish texts for the .kerneopgave.json schema (a JSON schema cannot be localized). */
const SCHEMA_TEXTS = {
  lixThreshold: SETTING_TEXTS['config.lixThreshold.description'].da,
  codeLens: SETTING_TEXTS['config.codeLens.description'].da,
  focusMode: SETTING_TEXTS['config.focusMode.description'].da,
  labels: SETTING_TEXTS['config.labels.description'].da,
};

const nls = (key: string): string => {
  if (!(key in SETTING_TEXTS) && !key.startsWith('rule.')) throw new Error(`no text for ${key}`);
  return `%${key}%`;
};

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const properties: Record<string, unknown> = {
  'kerneopgave.enable': { type: 'boolean', default: true, scope: 'resource', description: nls('config.enable.description') },
  'kerneopgave.language': {
    type: 'string',
    enum: ['auto', 'da', 'en'],
    default: 'auto',
    scope: 'resource',
    enumDescriptions: [nls('config.language.enum.auto'), nls('config.language.enum.da'), nls('config.language.enum.en')],
    description: nls('config.language.description'),
  },
  'kerneopgave.lixThreshold': {
    type: 'number',
    default: DEFAULT_LIX_THRESHOLD,
    minimum: 0,
    maximum: 100,
    scope: 'resource',
    description: nls('config.lixThreshold.description'),
  },
  'kerneopgave.codeLens': { type: 'boolean', default: true, scope: 'resource', description: nls('config.codeLens.description') },
  'kerneopgave.focusMode': { type: 'boolean', default: false, scope: 'resource', description: nls('config.focusMode.description') },
  'kerneopgave.labels': { type: 'array', items: { type: 'string' }, default: [], scope: 'resource', description: nls('config.labels.description') },
};
for (const list of ORDLISTE_KEYS) {
  properties[`kerneopgave.ordliste.${list}`] = { type: 'array', items: { type: 'string' }, default: [], scope: 'resource', description: nls(`config.ordliste.${list}.description`) };
}
const ruleTexts: Record<string, Texts> = {};
for (const rule of RULES) {
  const key = `rule.${rule.id}.description`;
  properties[`kerneopgave.rules.${rule.id}`] = {
    type: 'string',
    enum: [...SEVERITY_SETTINGS],
    default: rule.defaultSeverity,
    scope: 'resource',
    markdownDescription: nls(key),
  };
  ruleTexts[key] = {
    en: `${rule.description.en} [Rule: \`${rule.id}\`](${ruleDocsUrl(rule.id)})`,
    da: `${rule.description.da} [Regel: \`${rule.id}\`](${ruleDocsUrl(rule.id)})`,
  };
}
manifest.contributes.configuration.properties = properties;
fs.writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');

const generated: Record<string, Texts> = { ...SETTING_TEXTS, ...ruleTexts };
const owned = (key: string) => key.startsWith('config.') || key.startsWith('rule.');
for (const [file, locale] of [['package.nls.json', 'en'], ['package.nls.da.json', 'da']] as const) {
  const existing: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
  const kept = Object.fromEntries(Object.entries(existing).filter(([key]) => !owned(key)));
  const written = { ...kept, ...Object.fromEntries(Object.entries(generated).map(([key, t]) => [key, t[locale]])) };
  fs.writeFileSync(file, JSON.stringify(written, null, 2) + '\n');
}

const schemaFile = 'schemas/kerneopgave.schema.json';
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
schema.properties.lixThreshold = {
  type: 'number',
  minimum: 0,
  maximum: 100,
  default: DEFAULT_LIX_THRESHOLD,
  description: SCHEMA_TEXTS.lixThreshold,
};
schema.properties.codeLens = { type: 'boolean', default: true, description: SCHEMA_TEXTS.codeLens };
schema.properties.focusMode = { type: 'boolean', default: false, description: SCHEMA_TEXTS.focusMode };
schema.properties.labels = { type: 'array', items: { type: 'string', minLength: 1, maxLength: 60 }, default: [], description: SCHEMA_TEXTS.labels };
schema.properties.ordliste = {
  type: 'object',
  additionalProperties: false,
  description: 'Arbejdspladsens egne ord: de udvider de indbyggede lister.',
  properties: Object.fromEntries(
    ORDLISTE_KEYS.map((list) => [
      list,
      {
        type: 'array',
        items: list === 'aktiviteter' ? { type: 'string', minLength: 1, maxLength: 80, pattern: '^\\S+$' } : { type: 'string', minLength: 1, maxLength: 80 },
        default: [],
        description: SETTING_TEXTS[`config.ordliste.${list}.description`].da,
      },
    ]),
  ),
};
schema.properties.rules.properties = Object.fromEntries(
  RULES.map((r) => [r.id, { type: 'string', enum: [...SEVERITY_SETTINGS], default: r.defaultSeverity, description: r.description.da }]),
);
fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + '\n');
console.log(`${RULES.length} rules written to package.json, package.nls.json, package.nls.da.json and ${schemaFile}`);
