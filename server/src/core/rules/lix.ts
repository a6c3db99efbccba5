// lix: the statement's LIX readability above a configurable threshold (a hint, never a gate).
import { pick, type Rule } from './rule';
import { statementSentences } from '../statements/units';
import type { Sentence } from '../types';

/** LIX = words/sentences + 100 · long words/words; long = 7 or more letters; a sentence needs a word. */
// »kerneopgave« itself is not counted: the statement opener would otherwise push every short statement up.
export function lixOf(sentences: readonly Sentence[]): { lix: number; words: number; sentences: number; long: number } {
  let words = 0;
  let long = 0;
  let periods = 0;
  for (const s of sentences) {
    let counted = 0;
    for (const w of s.words) {
      const letters = w.text.match(/\p{L}/gu)?.length ?? 0;
      // The term of art itself (»kerneopgave«, »kerneopgaven«) is known to every reader: it does not count.
      if (letters === 0 || w.lower.startsWith('kerneopgave')) continue;
      counted++;
      if (letters >= 7) long++;
    }
    if (counted > 0) periods++;
    words += counted;
  }
  const lix = words === 0 ? 0 : Math.round(words / Math.max(1, periods) + (100 * long) / words);
  return { lix, words, sentences: periods, long };
}

/** The LIX band in words: »meget let« (up to 24) … »meget svær« (55 and above). */
export function lixBand(lix: number, locale: 'da' | 'en'): string {
  const bands: [number, string, string][] = [
    [24, 'meget let', 'very easy'],
    [34, 'let', 'easy'],
    [44, 'middel', 'medium'],
    [54, 'svær', 'hard'],
    [Infinity, 'meget svær', 'very hard'],
  ];
  const b = bands.find(([max]) => lix <= max)!;
  return locale === 'en' ? b[2] : b[1];
}

export const lix: Rule = {
  id: 'lix',
  title: { da: 'Læsbarhed (LIX)', en: 'Readability (LIX)' },
  description: {
    da: 'Formuleringens LIX ligger over grænsen (standard 45): kan den siges med kortere ord og sætninger?',
    en: "The statement's LIX is above the threshold (default 45): can it be said with shorter words and sentences?",
  },
  tags: ['laesbarhed'],
  defaultSeverity: 'hint',
  check({ unit, locale, settings, report }) {
    const result = lixOf(statementSentences(unit));
    if (result.words < 8 || result.lix <= settings.lixThreshold) return;
    report({
      start: unit.anchor.start,
      end: unit.anchor.end,
      message: pick(
        {
          da: `LIX ${result.lix} (${lixBand(result.lix, 'da')}): kan det siges med kortere ord og sætninger?`,
          en: `LIX ${result.lix} (${lixBand(result.lix, 'en')}): can it be said with shorter words and sentences?`,
        },
        locale,
      ),
      note: pick(
        {
          da: `LIX er ord pr. sætning plus andelen af lange ord (7 bogstaver eller flere) i procent: ${result.words} ord, ${result.sentences} sætning(er), ${result.long} lange ord. Under 35 er let, 35–44 middel, 45–54 svær, 55 og derover meget svær. En kerneopgave skal kunne huskes og siges højt af alle, også borgerne. Grænsen kan ændres med indstillingen lixThreshold.`,
          en: `LIX is words per sentence plus the percentage of long words (7 letters or more): ${result.words} words, ${result.sentences} sentence(s), ${result.long} long words. Below 35 is easy, 35–44 medium, 45–54 hard, 55 and above very hard. A kerneopgave should be easy to remember and say out loud, for citizens too. Change the threshold with the lixThreshold setting.`,
        },
        locale,
      ),
    });
  },
};
