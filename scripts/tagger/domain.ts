// The domain's own words with their word class, from the product's lexicons: the treebank (news and fiction) lacks
// most of them (»trives«, »trivsel«, »tilbyder«, »pleje«). A word that is two classes gets both (»sikre« ADJ/VERB).
import { ACTIVITY_VERBS } from '../../server/src/core/data/aktiviteter';
import { LIFE_NOUNS, OUTCOME_NOUNS, OUTCOME_VERBS } from '../../server/src/core/data/effekt';
import { TARGET_GROUPS } from '../../server/src/core/data/maalgrupper';
import { EVALUATIVE_ADJECTIVES, SERVICE_NOUNS } from '../../server/src/core/data/struktur';
import { ordbog } from '../../server/src/core/reading/ordbog';
import { UPOS } from '../../server/src/core/reading/perceptron';

const tag = (t: (typeof UPOS)[number]) => UPOS.indexOf(t);

/** Ambiguous forms read with both classes. */
const BOTH: Record<string, (typeof UPOS)[number][]> = {
  sikre: ['ADJ', 'VERB'], pleje: ['NOUN', 'VERB'], start: ['NOUN', 'VERB'], støtte: ['NOUN', 'VERB'], hjælp: ['NOUN'],
  træning: ['NOUN'], ældre: ['ADJ', 'NOUN'], unge: ['ADJ', 'NOUN'], voksne: ['ADJ', 'NOUN'], syge: ['ADJ', 'NOUN'],
  lære: ['VERB'], lærer: ['NOUN', 'VERB'], tryg: ['ADJ'], trygge: ['ADJ'],
};

export function domainLexicon(): Map<string, number[]> {
  const lex = new Map<string, Set<number>>();
  const add = (w: string, t: number) => {
    if (w.includes(' ')) return;
    let s = lex.get(w);
    if (!s) lex.set(w, (s = new Set()));
    s.add(t);
  };
  for (const e of ACTIVITY_VERBS) for (const f of e.forms) add(f, /(?:ning|ningen|else|elsen|ing|ingen|tilbud|tilbuddet|tilbuddene)$/.test(f) ? tag('NOUN') : tag('VERB'));
  for (const w of OUTCOME_VERBS) if (!/^(er|var|har|havde|kan|kunne|være|have)$/.test(w)) add(w, tag('VERB'));
  for (const w of [...OUTCOME_NOUNS, ...LIFE_NOUNS, ...SERVICE_NOUNS]) add(w, tag('NOUN'));
  // A lemma that is no form of the group counts only when the spelling dictionary does not know it as a verb or an
  // adjective (»ledig«, »efterladt« and »iværksætter« are not nouns).
  for (const g of TARGET_GROUPS) for (const f of g.forms.includes(g.lemma) || ordbog().classesOf(g.lemma) !== '' ? g.forms : [g.lemma, ...g.forms]) add(f, tag('NOUN'));
  for (const w of EVALUATIVE_ADJECTIVES) add(w, tag('ADJ'));
  const out = new Map<string, number[]>();
  for (const [w, s] of lex) out.set(w, [...s].sort((a, b) => a - b));
  for (const [w, ts] of Object.entries(BOTH)) out.set(w, ts.map(tag).sort((a, b) => a - b));
  return out;
}
