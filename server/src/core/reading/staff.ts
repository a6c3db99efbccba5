// An internal unit (HR, IT, løn, økonomi) serves its colleagues: when a statement names such a unit as its owner
// (»HR's formål: …«, »Økonomiafdelingen rådgiver …«), or its activity is for the staff and it names no citizen
// group, the staff are its target group, as if the workplace had written them in its ordliste.
import { INTERNAL_FIELDS, INTERNAL_UNIT_NOUNS, INTERNAL_USERS, ORGANISATION_USERS, STAFF_NOUNS } from '../data/maalgrupper';
import { isGroupWord } from './effect';
import { activityOf, emptyOrdliste, type Ordliste } from './lexicon';
import { ordbog } from './ordbog';
import { statementSentences } from '../statements/units';
import { OUTCOME_VERBS } from '../data/effekt';
import type { KerneopgaveUnit, Word } from '../types';


const BREAK = /[,;:()–]/;
/** Words that may stand before a staff noun in its noun phrase (»de nye medarbejdere«, »alle vores ledere«). */
const STAFF_DETERMINERS = new Set(['de', 'alle', 'vores', 'kommunens', 'nye']);

/**
 * The staff as those the unit's activity is for: its object (»HR rådgiver ledere og medarbejdere«, »vi giver lederne
 * et overblik«) or after »til« with the activity before it (»rådgivning om … til ledere«); not its partners (»i
 * samarbejde med medarbejderne«).
 */
export function staffServed(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    // Not the leader compounds here: »vejleder« before »ledere« is the activity, not a leader.
    if (!listedUser(words[i].lower)) continue;
    let k = i - 1;
    // Over determiners and staff coordinated before it (»ledere og medarbejdere«, »de nye medarbejdere«, »byrådet,
    // udvalgene og borgmesteren«).
    while (k >= 0 && i - k < 6 && !/[;:()–]/.test(words[k + 1].before) && (STAFF_DETERMINERS.has(words[k].lower) || /^(og|samt)$/.test(words[k].lower) || listedUser(words[k].lower))) k--;
    if (k < 0 || BREAK.test(words[k + 1].before)) continue;
    const before = words[k].lower;
    if (activityOf(before) && !OUTCOME_VERBS.has(before)) return true;
    if (before === 'til') {
      for (let m = k - 1; m >= Math.max(0, k - 8); m--) {
        if (/[.;:()–]/.test(words[m + 1].before)) break;
        if (activityOf(words[m].lower)) return true;
      }
    }
  }
  return false;
}

const FIELD = `(?:${INTERNAL_FIELDS.join('|')})s?`;
/** »HR-afdelingen«, »lønkontorets«, »ledelsessekretariatet«, »Sekretariatet«, »Staben«. */
const UNIT_NAME = new RegExp(`^(?:${FIELD}-?(?:${INTERNAL_UNIT_NOUNS.join('|')})(?:en|et|s|ens|ets|n|ns)?|sekretariat(?:et|ets)?|staben?s?)$`, 'u');
/** A field on its own (»HR«, »HR's«, »Økonomis«, »Kommunikation«). */
const FIELD_NAME = new RegExp(`^${FIELD}(?:['’]s)?$`, 'u');
const LABEL_NOUN = /^(formål|formålet|opgave|opgaven|kerneopgave|kerneopgaven|mission|vision)$/;

/**
 * Is `words[i]` the name of an internal unit as the one the statement is about: a unit noun with its field
 * (»Økonomiafdelingen«, »Sekretariatets«), an acronym (»HR«, »IT's«), or a field in capitals as the subject of an
 * activity or before its label (»Kommunikation hjælper …«, »Løn og Personale«, »Økonomis formål«).
 */
function internalUnitAt(words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (UNIT_NAME.test(w.lower)) return true;
  if (!FIELD_NAME.test(w.lower) || !/^\p{Lu}/u.test(w.text)) return false;
  if (/^\p{Lu}{2,3}(['’]s)?$/u.test(w.text)) return true;
  const next = words[i + 1];
  if (!next || /[,;:.]/.test(next.before)) return false;
  if (next.lower === 'og') return !!words[i + 2] && /^\p{Lu}/u.test(words[i + 2].text) && FIELD_NAME.test(words[i + 2].lower);
  return LABEL_NOUN.test(next.lower) || (!!activityOf(next.lower) && !OUTCOME_VERBS.has(next.lower));
}

/** Does the statement name an internal unit as its owner: in its label, its heading or its first words? */
export function namesInternalUnit(unit: KerneopgaveUnit): boolean {
  const [first] = statementSentences(unit);
  if (first && first.words.slice(0, 3).some((_, i) => internalUnitAt(first.words, i))) return true;
  for (const text of [unit.label, unit.heading?.text]) {
    if (!text) continue;
    const words = wordsOfLabel(text);
    if (words.some((_, i) => internalUnitAt(words, i))) return true;
  }
  return false;
}

/** The words of a label or heading, enough for internalUnitAt (offsets are not needed). */
function wordsOfLabel(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), index: out.length, before: text.slice(last, m.index), start: m.index!, end: m.index! + m[0].length });
    last = m.index! + m[0].length;
  }
  return out;
}

/** The staff, also leaders named by what they lead (»skolelederne«, »afdelingsledere«, »dagtilbudslederen«). */
function isStaffNoun(lower: string): boolean {
  return STAFF_NOUNS.has(lower) || (/.{3}leder(e|ne|en)?$/.test(lower) && !/(forældre|borger|frivillig)s?leder/.test(lower));
}

/** The staff and politicians by the listed words only (»ledere«, »byrådet«), not the leader compounds. */
function listedUser(lower: string): boolean {
  return STAFF_NOUNS.has(lower) || ORGANISATION_USERS.has(lower);
}

/** Those an internal unit may serve: its staff, also leaders named by what they lead, and its politicians. */
function servedNoun(lower: string): boolean {
  return isStaffNoun(lower) || ORGANISATION_USERS.has(lower);
}

/** »budgetansvarlige«, »nyansatte«: an adjective, or a participle used as one, that is no activity (»støtte«). */
function staffAdjective(lower: string): boolean {
  const classes = ordbog().classesOf(lower);
  return classes.includes('A') || (classes.includes('V') && /(ede|te|de|ne)$/.test(lower) && !activityOf(lower));
}

/**
 * The staff as the subject the statement opens with (»Lederne føler sig klædt på …«, »Ledere og sagsbehandlere
 * træffer afgørelser, der holder«, after a label: »Formål: Medarbejderne har …«). Not the staff further in (»et
 * akutteam, hvor medarbejderne trives«, »et arbejdsmiljø, hvor medarbejderne …«): that describes the workplace, not
 * whom it is for.
 */
export function staffOpens(words: readonly Word[], label?: string): boolean {
  let i = 0;
  // »Vores kerneopgave er, at lederne …«: past the label and its »er« when the statement's words hold them.
  const own = label ? wordsOfLabel(label) : [];
  if (own.length > 0 && own.every((w, k) => words[k]?.lower === w.lower)) i = words[own.length]?.lower === 'er' ? own.length + 1 : own.length;
  const colon = words.slice(0, 4).findIndex((w, k) => k > 0 && /[:\n]/.test(w.before));
  if (colon > i) i = colon;
  // The label's »at« opens the statement's clause.
  if (words[i]?.lower === 'at') i++;
  while (i < words.length && i < 6 && STAFF_DETERMINERS.has(words[i].lower)) i++;
  // »At budgetansvarlige ledere …«, »nyansatte medarbejdere«: an adjective of the staff's own before them.
  if (words[i] && words[i + 1] && isStaffNoun(words[i + 1].lower) && /e$/.test(words[i].lower) && !/[,;:()–]/.test(words[i + 1].before) && staffAdjective(words[i].lower)) i++;
  return !!words[i] && servedNoun(words[i].lower);
}

/**
 * The staff as the subject of a clause of purpose (»Vi sørger for stabil drift, så medarbejderne kan koncentrere sig
 * om …«, »…, så direktionen og politikerne har et solidt grundlag«): what the unit does is for them.
 */
export function staffInPurpose(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i].lower !== 'så' || !/,|–/.test(words[i].before)) continue;
    let k = i + 1;
    if (words[k]?.lower === 'at') k++;
    while (k < words.length && k < i + 5 && (STAFF_DETERMINERS.has(words[k].lower) || words[k].lower === 'også')) k++;
    if (words[k] && servedNoun(words[k].lower)) return true;
  }
  return false;
}

/**
 * A citizen group named as what the staff give their time to (»bruge deres tid på borgerne«, »mere tid til
 * borgerne«, »gøre en forskel for borgerne«): the staff's work, not whom the unit is for.
 */
function staffsWorkAt(words: readonly Word[], i: number): boolean {
  if (!/^(på|til|med|sammen|for)$/.test(words[i - 1]?.lower ?? '') && !/^(de|den)$/.test(words[i - 1]?.lower ?? '')) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (/^(tid|tiden|nærvær|kerneopgaven|arbejde|arbejdet)$/.test(words[k].lower)) return true;
    // »(medarbejdere, der) kan gøre en forskel for borgerne«: the difference the staff make is their work.
    if (words[k].lower === 'forskel' && words[k + 1]?.lower === 'for') return true;
    if (BREAK.test(words[k + 1].before) && k + 1 !== i) return false;
  }
  return false;
}

/**
 * Does the unit serve the staff: it names an internal unit as its owner, or it names no citizen group (other than
 * the one the staff give their time to) and its activity is for the staff, it opens with them as its subject, or
 * they are the subject of its purpose?
 */
export function servesStaff(unit: KerneopgaveUnit): boolean {
  if (namesInternalUnit(unit)) return true;
  // The staff first: most statements name none, and then no word needs looking up as a group.
  const sentences = statementSentences(unit);
  const staff = (sentences[0] && staffOpens(sentences[0].words, unit.label)) || sentences.some((s) => staffServed(s.words) || staffInPurpose(s.words));
  return staff && !sentences.some((s) => s.words.some((w, i) => isGroupWord(w) && !staffsWorkAt(s.words, i)));
}

const staffUnits = new WeakSet<object>();

/** Notes what lint found: does this unit serve the staff (and read them as its target group)? */
export function markServesStaff(unit: object, serves: boolean): void {
  if (serves) staffUnits.add(unit);
  else staffUnits.delete(unit);
}

/** Was the unit read as serving the staff when it was linted? */
export function readAsServingStaff(unit: object): boolean {
  return staffUnits.has(unit);
}

/** The workplace's ordliste with the staff added as target groups. */
export function withStaffUsers(own: Ordliste | undefined): Ordliste {
  const base = own ?? emptyOrdliste();
  return { ...base, maalgrupper: [...base.maalgrupper, ...INTERNAL_USERS.filter((s) => !base.maalgrupper.includes(s))] };
}
