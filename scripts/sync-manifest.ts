// Writes the rule settings into package.json and schemas/kerneopgave.schema.json from the rule registry,
// so every rule has a setting whose default matches it. Run: node scripts/run-ts.mjs scripts/sync-manifest.ts
import * as fs from 'node:fs';
import { DEFAULT_LIX_THRESHOLD, SEVERITY_SETTINGS } from '../server/src/core/config';
import { RULES, ruleDocsUrl } from '../server/src/core/rules/index';

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const properties: Record<string, unknown> = {
  'kerneopgave.enable': { type: 'boolean', default: true, scope: 'resource', description: 'Slå kerneopgave-vejledningen til eller fra.' },
  'kerneopgave.language': {
    type: 'string',
    enum: ['auto', 'da', 'en'],
    default: 'auto',
    scope: 'resource',
    enumDescriptions: ['Som VS Code (dansk, medmindre VS Code er på engelsk)', 'Dansk', 'English'],
    description: 'Sprog for beskeder og hjælpetekster.',
  },
  'kerneopgave.lixThreshold': {
    type: 'number',
    default: DEFAULT_LIX_THRESHOLD,
    minimum: 0,
    maximum: 100,
    scope: 'resource',
    description: 'Reglen lix giver et tip, når en formulerings LIX er over denne grænse.',
  },
};
for (const rule of RULES) {
  properties[`kerneopgave.rules.${rule.id}`] = {
    type: 'string',
    enum: [...SEVERITY_SETTINGS],
    default: rule.defaultSeverity,
    scope: 'resource',
    markdownDescription: `${rule.description.da} [Regel: \`${rule.id}\`](${ruleDocsUrl(rule.id)})`,
  };
}
manifest.contributes.configuration.properties = properties;
fs.writeFileSync('package.json', JSON.stringify(manifest, null, 2) + '\n');

const schemaFile = 'schemas/kerneopgave.schema.json';
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
schema.properties.lixThreshold = {
  type: 'number',
  minimum: 0,
  maximum: 100,
  default: DEFAULT_LIX_THRESHOLD,
  description: 'Reglen lix giver et tip, når en formulerings LIX er over denne grænse.',
};
schema.properties.rules.properties = Object.fromEntries(
  RULES.map((r) => [r.id, { type: 'string', enum: [...SEVERITY_SETTINGS], default: r.defaultSeverity, description: r.description.da }]),
);
fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + '\n');
console.log(`${RULES.length} rules written to package.json and ${schemaFile}`);
