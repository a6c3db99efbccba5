// An internal unit (HR, IT, løn, økonomi) serves its colleagues: when a statement's activity is for the staff and it
// names no citizen group, the staff are its target group, as if the workplace had written them in its ordliste.
import { STAFF_NOUNS } from '../data/maalgrupper';
import { isGroupWord } from './effect';
import { activityOf, emptyOrdliste, type Ordliste } from './lexicon';
import { statementSentences } from '../statements/units';
import { OUTCOME_VERBS } from '../data/effekt';
import type { KerneopgaveUnit, Word } from '../types';

/** The staff nouns an internal unit's users go by, as ordliste entries (each finds its inflected forms). */
const STAFF_USERS = ['medarbejder', 'leder', 'kollega', 'kolleger', 'ansatte', 'personale'];

const BREAK = /[,;:()–]/;

/**
 * The staff as those the unit's activity is for: its object (»HR rådgiver ledere og medarbejdere«, »vi giver lederne
 * et overblik«) or after »til« with the activity before it (»rådgivning om … til ledere«); not its partners (»i
 * samarbejde med medarbejderne«).
 */
export function staffServed(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!STAFF_NOUNS.has(words[i].lower)) continue;
    let k = i - 1;
    // Over determiners and staff coordinated before it (»ledere og medarbejdere«, »de nye medarbejdere«).
    while (k >= 0 && i - k < 5 && !BREAK.test(words[k + 1].before) && (/^(de|alle|vores|kommunens|nye|og|samt)$/.test(words[k].lower) || STAFF_NOUNS.has(words[k].lower))) k--;
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

/** Does the unit serve the staff: its activity is for them, and it names no citizen group? */
export function servesStaff(unit: KerneopgaveUnit): boolean {
  // The staff first: most statements name none, and then no word needs looking up as a group.
  const sentences = statementSentences(unit);
  return sentences.some((s) => staffServed(s.words)) && !sentences.some((s) => s.words.some((w) => isGroupWord(w)));
}

/** The workplace's ordliste with the staff added as target groups. */
export function withStaffUsers(own: Ordliste | undefined): Ordliste {
  const base = own ?? emptyOrdliste();
  return { ...base, maalgrupper: [...base.maalgrupper, ...STAFF_USERS.filter((s) => !base.maalgrupper.includes(s))] };
}
