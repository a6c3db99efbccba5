// Danish abbreviations that decide where a sentence ends (see research on parse-latin's English defaults).

/** Abbreviations that never end a sentence: a capital or a digit after them does not start a new one. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'bl.a.', 'f.eks.', 'fx.', 'ift.', 'i.f.t.', 'kl.', 'nr.', 'jf.', 'jvf.', 'pga.', 'p.g.a.', 'dvs.', 'd.v.s.', 'ca.',
  'inkl.', 'ekskl.', 'hhv.', 'vedr.', 'iht.', 'i.h.t.', 'mht.', 'm.h.t.', 'evt.', 'tlf.', 'stk.', 'pkt.', 'kap.',
  'pr.', 'st.', 'ang.', 'iflg.', 'ifm.', 'i.f.m.', 'mfl.', 'sml.', 'cand.mag.', 'cand.scient.', 'cand.pæd.',
  'mag.', 'dr.', 'hr.', 'fr.', 'prof.', 'gl.', 'ndf.', 'ovf.', 'vha.', 'v.h.a.', 'bla.', 'el.', 'resp.', 'ibid.',
  'ff.', 'f.', 's.', 'jan.', 'feb.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dec.', 'f.x.',
]);

/** Abbreviations that may end a sentence: they end it when a capital follows. */
export const MAY_END_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'm.m.', 'mm.', 'osv.', 'o.s.v.', 'mv.', 'm.v.', 'o.l.', 'ol.', 'etc.', 'm.fl.', 'o.lign.',
]);
