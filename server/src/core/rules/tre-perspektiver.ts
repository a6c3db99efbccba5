// tre-perspektiver: a kerneopgave section or medarbejdergrundlag does not address the formelle, udførte and
// oplevede kerneopgave (Fremfærd).
import { PERSPECTIVES } from '../data/signaler';
import { pick, type Rule } from './rule';
import { originOfBlock } from '../text/parse';
import type { ProseBlock } from '../types';

type Perspective = keyof typeof PERSPECTIVES;

const NAMES: Record<Perspective, { da: string; en: string }> = {
  formelle: { da: 'den formelle', en: 'the formal' },
  udfoerte: { da: 'den udførte', en: 'the performed' },
  oplevede: { da: 'den oplevede', en: 'the experienced' },
};

const patterns = Object.fromEntries(
  (Object.keys(PERSPECTIVES) as Perspective[]).map((key) => [
    key,
    new RegExp(
      `(?<![\\p{L}])(?:${PERSPECTIVES[key].map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*$/, '\\p{L}*')).join('|')})(?![\\p{L}])`,
      'iu',
    ),
  ]),
) as Record<Perspective, RegExp>;

/** True when the document presents itself as a medarbejdergrundlag (in its first heading or first lines). */
function isMedarbejdergrundlag(blocks: ProseBlock[]): boolean {
  return blocks.slice(0, 3).some((b) => /medarbejdergrundlag/i.test(b.text));
}

const KEYS = Object.keys(patterns) as Perspective[];
const perDocument = new WeakMap<readonly ProseBlock[], Perspective[]>();
/** Which perspectives a block's text mentions, one bit each; kept on the block's first version across edits. */
const perBlock = new WeakMap<ProseBlock, number>();

function mentions(block: ProseBlock): number {
  const origin = originOfBlock(block);
  let mask = perBlock.get(origin);
  if (mask === undefined) {
    mask = 0;
    KEYS.forEach((key, i) => {
      if (patterns[key].test(block.text)) mask! |= 1 << i;
    });
    perBlock.set(origin, mask);
  }
  return mask;
}

/** The perspectives not mentioned in any of the blocks (cached per document: every unit asks the same). */
function missingIn(blocks: readonly ProseBlock[]): Perspective[] {
  let missing = perDocument.get(blocks);
  if (!missing) {
    const all = (1 << KEYS.length) - 1;
    let seen = 0;
    for (let i = 0; i < blocks.length && seen !== all; i++) seen |= mentions(blocks[i]);
    missing = KEYS.filter((_, i) => !(seen & (1 << i)));
    perDocument.set(blocks, missing);
  }
  return missing;
}

export const trePerspektiver: Rule = {
  id: 'tre-perspektiver',
  title: { da: 'Tre perspektiver', en: 'Three perspectives' },
  description: {
    da: 'Den formelle, den udførte og den oplevede kerneopgave er ikke alle med (kun i afsnit og medarbejdergrundlag).',
    en: 'The formal, performed and experienced kerneopgave are not all addressed (sections and medarbejdergrundlag only).',
  },
  tags: ['perspektiv'],
  defaultSeverity: 'hint',
  // In a medarbejdergrundlag the perspectives may stand anywhere in the document.
  documentScoped: true,
  check({ unit, doc, locale, report }) {
    const grundlag = isMedarbejdergrundlag(doc.blocks);
    if (unit.kind !== 'section' && !(unit.kind === 'file' && grundlag)) return;
    // In a medarbejdergrundlag the perspectives may stand anywhere in the document.
    const missing = missingIn(grundlag ? doc.blocks : unit.all);
    if (missing.length === 0) return;
    const list = missing.map((m) => pick(NAMES[m], locale));
    const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} ${locale === 'en' ? 'and' : 'og'} ${list[list.length - 1]}` : list[0];
    report({
      start: unit.anchor.start,
      end: unit.anchor.end,
      message: pick({ da: `Hvor kommer ${joined} kerneopgave med?`, en: `Where do ${joined} kerneopgave come in?` }, locale),
      note: pick(
        {
          da: 'Fremfærd skelner mellem tre perspektiver: den formelle kerneopgave (love og politiske beslutninger), den udførte (det, ledere og medarbejdere gør i praksis) og den oplevede (det, borgerne oplever, at enheden gør). De falder aldrig helt sammen; en god proces tager alle tre med.',
          en: 'Fremfærd distinguishes three perspectives: the formal kerneopgave (laws and political decisions), the performed one (what managers and staff do in practice) and the experienced one (what citizens experience the unit doing). They never fully coincide; a good process covers all three.',
        },
        locale,
      ),
    });
  },
};
