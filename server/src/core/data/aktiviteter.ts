// What the staff do: the activity verbs of version-1 formulations, every inflected form listed (no stemming).
//
// Each entry lists the verb's forms (infinitive, present, past, participles, passive in -s) and its nouns.
// `homograph` marks forms that are also another word and need context (see effect.ts / isActivityUse).

export interface ActivityEntry {
  lemma: string;
  forms: readonly string[];
  note: string;
}

export const ACTIVITY_VERBS: readonly ActivityEntry[] = [
  {
    lemma: 'undervise',
    forms: ['undervise', 'underviser', 'underviste', 'undervist', 'undervises', 'undervistes', 'undervisende', 'undervisning', 'undervisningen'],
    note: 'Undervisning er det, lærerne gør; læringen er det, eleven får ud af det.',
  },
  {
    lemma: 'aktivere',
    forms: ['aktivere', 'aktiverer', 'aktiverede', 'aktiveret', 'aktiveres', 'aktivering', 'aktiveringen'],
    note: 'Aktivering er det, jobcentret gør ved den ledige; det siger ikke, hvad den ledige får ud af det.',
  },
  {
    lemma: 'sikre',
    forms: ['sikre', 'sikrer', 'sikrede', 'sikret', 'sikres', 'sikredes', 'sikring', 'sikringen'],
    note: 'At sikre noget siger, hvad enheden garanterer, ikke hvad borgeren får ud af det.',
  },
  {
    lemma: 'tilbyde',
    forms: ['tilbyde', 'tilbyder', 'tilbød', 'tilbudt', 'tilbudte', 'tilbydes', 'tilbødes', 'tilbud', 'tilbuddet', 'tilbuddene'],
    note: 'Et tilbud er en ydelse; det siger ikke, hvad den skal føre til.',
  },
  {
    lemma: 'understøtte',
    forms: ['understøtte', 'understøtter', 'understøttede', 'understøttet', 'understøttes', 'understøttende', 'understøttelse', 'understøttelsen'],
    note: 'Understøtte hvad, og med hvilken virkning for borgeren?',
  },
  {
    lemma: 'støtte',
    forms: ['støtte', 'støtter', 'støttede', 'støttet', 'støttes', 'støttende', 'støtten'],
    note: 'Støtte er en indsats; effekten er det, borgeren kan bagefter.',
  },
  {
    lemma: 'levere',
    forms: ['levere', 'leverer', 'leverede', 'leveret', 'leveres', 'levering', 'leveringen'],
    note: 'At levere en ydelse beskriver produktionen, ikke værdien.',
  },
  {
    lemma: 'betjene',
    forms: ['betjene', 'betjener', 'betjente', 'betjenes', 'betjening', 'betjeningen'],
    note: 'At betjene siger, hvad enheden gør for sine brugere, ikke hvad de får ud af det.',
  },
  {
    lemma: 'yde',
    forms: ['yde', 'yder', 'ydede', 'ydet', 'ydes', 'ydelse', 'ydelsen', 'ydelser', 'ydelserne'],
    note: 'Ydelser er midlet; kerneopgaven handler om effekten.',
  },
  {
    lemma: 'varetage',
    forms: ['varetage', 'varetager', 'varetog', 'varetaget', 'varetages', 'varetagelse', 'varetagelsen'],
    note: 'At varetage en opgave siger, at den bliver løst, ikke hvad den gør godt for.',
  },
  {
    lemma: 'give',
    forms: ['give', 'giver', 'gav', 'givet', 'gives'],
    note: 'Hvad der gives, er ydelsen; hvad borgeren får ud af det, er effekten.',
  },
  {
    lemma: 'hjælpe',
    forms: ['hjælpe', 'hjælper', 'hjalp', 'hjulpet', 'hjælpes', 'hjælpen'],
    note: 'Hjælp er en aktivitet; hvad skal hjælpen føre til?',
  },
  {
    lemma: 'rådgive',
    forms: ['rådgive', 'rådgiver', 'rådgav', 'rådgivet', 'rådgives', 'rådgivning', 'rådgivningen'],
    note: 'Rådgivning er medarbejdernes arbejde; effekten er borgerens.',
  },
  {
    lemma: 'vejlede',
    forms: ['vejlede', 'vejleder', 'vejledte', 'vejledt', 'vejledes', 'vejledning', 'vejledningen'],
    note: 'Vejledning er en indsats; hvad kan borgeren bagefter?',
  },
  {
    lemma: 'behandle',
    forms: ['behandle', 'behandler', 'behandlede', 'behandlet', 'behandles', 'behandling', 'behandlingen', 'behandlinger'],
    note: 'Behandling er det, fagpersonerne gør; helbredelse eller et bedre liv er det, patienten får.',
  },
  {
    lemma: 'pleje',
    forms: ['pleje', 'plejer', 'plejede', 'plejet', 'plejes', 'plejen'],
    note: 'Pleje er en ydelse; hvordan mærker borgeren den i sin hverdag?',
  },
  {
    lemma: 'drive',
    forms: ['drive', 'driver', 'drev', 'drevet', 'drives', 'drift', 'driften'],
    note: 'At drive en institution er en ramme, ikke en værdi for borgeren.',
  },
  {
    lemma: 'servicere',
    forms: ['servicere', 'servicerer', 'servicerede', 'serviceret', 'serviceres', 'servicering'],
    note: 'Service beskriver ydelsen; hvad skal den gøre for borgeren?',
  },
  {
    lemma: 'administrere',
    forms: ['administrere', 'administrerer', 'administrerede', 'administreret', 'administreres', 'administration', 'administrationen'],
    note: 'Administration er en intern aktivitet.',
  },
  {
    lemma: 'udføre',
    forms: ['udføre', 'udfører', 'udførte', 'udført', 'udføres', 'udførelse', 'udførelsen'],
    note: 'At udføre opgaver beskriver arbejdsdagen, ikke effekten.',
  },
  {
    lemma: 'stille til rådighed',
    forms: ['stille', 'stiller', 'stillede', 'stillet', 'stilles'],
    note: 'At stille noget til rådighed er en ydelse; hvad bruger borgeren det til?',
  },
  {
    lemma: 'diagnosticere',
    forms: ['diagnosticere', 'diagnosticerer', 'diagnosticerede', 'diagnosticeret', 'diagnosticeres', 'diagnosticering'],
    note: 'Diagnosen er fagpersonernes arbejde; hvad betyder den for patienten?',
  },
  {
    lemma: 'iværksætte',
    forms: ['iværksætte', 'iværksætter', 'iværksatte', 'iværksat', 'iværksættes', 'iværksættelse'],
    note: 'At iværksætte indsatser siger, hvad enheden gør, ikke hvad det skal føre til.',
  },
  {
    lemma: 'facilitere',
    forms: ['facilitere', 'faciliterer', 'faciliterede', 'faciliteret', 'faciliteres', 'facilitering'],
    note: 'Facilitering er en arbejdsform; hvad er virkningen for borgeren?',
  },
  {
    lemma: 'visitere',
    forms: ['visitere', 'visiterer', 'visiterede', 'visiteret', 'visiteres', 'visitation', 'visitationen'],
    note: 'Visitation er myndighedens arbejde; hvad skal det føre til for borgeren?',
  },
  {
    lemma: 'sagsbehandle',
    forms: ['sagsbehandle', 'sagsbehandler', 'sagsbehandlede', 'sagsbehandlet', 'sagsbehandles', 'sagsbehandling', 'sagsbehandlingen'],
    note: 'Sagsbehandling er en proces; borgerens udbytte er noget andet.',
  },
  {
    lemma: 'sørge for',
    forms: ['sørge', 'sørger', 'sørgede', 'sørget', 'sørges'],
    note: 'At sørge for noget siger, at det bliver gjort, ikke hvad borgeren får ud af det.',
  },
  {
    lemma: 'passe',
    forms: ['passe', 'passer', 'passede', 'passet', 'passes', 'pasning', 'pasningen'],
    note: 'Pasning er en ydelse; hvad skal barnet få ud af dagen?',
  },
];

/** Forms that are the activity only in some contexts (the adjective »sikre«, »stille« = quiet, »passer« = fits). */
export const CONTEXT_DEPENDENT_FORMS: ReadonlySet<string> = new Set([
  'sikre', 'stille', 'stiller', 'stillede', 'stillet', 'stilles', 'passe', 'passer', 'passet', 'passes', 'plejer',
  'give', 'giver', 'gav', 'givet', 'gives', 'sørge', 'sørger', 'sørgede', 'sørget', 'sørges',
]);
