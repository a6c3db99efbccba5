// Word lists for the structural effect patterns (reading/structures.ts). Each entry is a word class the sentence
// analysis needs, not an answer: the patterns decide from where the words stand.

/**
 * Nouns that name what the staff deliver, not what the citizen gains: never the head of a nominal effect
 * (»tilbud til borgerne«, »hjælp til de ældre«) and, as a subject, not the citizen (»Hjælpen ydes …«).
 */
export const SERVICE_NOUNS: ReadonlySet<string> = new Set([
  'tilbud', 'tilbuddet', 'tilbuddene', 'hjælp', 'hjælpen', 'støtte', 'støtten', 'undervisning', 'undervisningen', 'pleje',
  'plejen', 'service', 'servicen', 'indsats', 'indsatsen', 'indsatser', 'indsatserne', 'ydelse', 'ydelsen', 'ydelser',
  'ydelserne', 'rådgivning', 'rådgivningen', 'vejledning', 'vejledningen', 'behandling', 'behandlingen', 'rammer',
  'rammerne', 'aktiviteter', 'aktiviteterne', 'aktivitet', 'forløb', 'forløbet', 'forløbene', 'sagsbehandling',
  'sagsbehandlingen', 'pasning', 'pasningen', 'levering', 'leveringen', 'madservice', 'træning', 'træningen', 'hjemmehjælp',
  'hjemmehjælpen', 'tandpleje', 'tandplejen', 'opgave', 'opgaven', 'opgaver', 'opgaverne', 'kvalitet', 'kvaliteten',
  'sammenhæng', 'samarbejde', 'samarbejdet', 'faciliteter', 'tilbuddenes', 'kerneopgave', 'kerneopgaven',
]);

/**
 * Places and organisations: a phrase about them describes the unit, not a state of the citizen (»et attraktivt
 * sted for borgere«, »en god arbejdsplads for alle«).
 */
/**
 * Places everyone lives in or moves through, and their heads in compounds (»lokal|samfundet«, »skole|vejene«,
 * »pleje|hjem«): a group in one is not narrowed by it, a count of the group in one is no state of the group, and
 * a slogan that calls one safe is about the place.
 */
export const EVERYONES_PLACES: readonly string[] = [
  'by', 'byen', 'kommune', 'kommunen', 'område', 'området', 'samfund', 'samfundet', 'kvarter', 'kvarteret', 'land', 'landet',
  'region', 'regionen', 'nabolag', 'nabolaget', 'vej', 'veje', 'vejen', 'vejene', 'sted', 'stedet', 'steder', 'hjem',
  'hjemmet', 'miljø', 'miljøet',
];

export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'sted', 'stedet', 'steder', 'kommune', 'kommunen', 'by', 'byen', 'område', 'området', 'arbejdsplads', 'arbejdspladsen',
  'institution', 'institutionen', 'skole', 'skolen', 'plejecenter', 'plejecentret', 'organisation', 'organisationen',
  'hus', 'huset', 'center', 'centret', 'afdeling', 'afdelingen', 'enhed', 'enheden', 'klub', 'klubben',
  // the setting the unit provides (»et trygt miljø for børnene«), not a state of the group
  'miljø', 'miljøet', 'miljøer', 'læringsmiljø', 'læringsmiljøet', 'læringsmiljøer', 'omgivelser', 'omgivelserne',
]);

/**
 * Process verbs of a service (what is done to a case): after »mulighed for at« they name the staff's process, not
 * something the citizen gains (»mulighed for at afdække kompetencer«).
 */
export const PROCESS_VERBS: ReadonlySet<string> = new Set([
  'afdække', 'afklare', 'optræne', 'udrede', 'vurdere', 'visitere', 'screene', 'kortlægge', 'teste', 'registrere',
  'dokumentere', 'modtage', 'søge', 'henvende', 'ansøge', 'bestille',
]);

/**
 * What a citizen may »opleve« that is the quality of the service, not a state of their own life (»oplever en høj
 * faglighed«, »oplever korte ventetider«).
 */
export const SERVICE_QUALITIES: ReadonlySet<string> = new Set([
  'faglighed', 'fagligheden', 'kvalitet', 'kvaliteten', 'service', 'servicen', 'professionalisme', 'kompetence',
  'kompetencer', 'ventetid', 'ventetider', 'ventetiden', 'svartid', 'svartider', 'sagsbehandlingstid',
  'sagsbehandlingstider', 'åbningstid', 'åbningstider', 'tilgængelighed', 'tilgængeligheden', 'information',
  'informationen', 'sagsbehandling', 'sagsbehandlingen', 'betjening', 'betjeningen', 'personale', 'personalet',
]);

/**
 * Verbs of watching or assessing, in all their forms: what they take as object is watched, not brought about (»vi
 * følger barnets trivsel«, »måler borgernes tilfredshed«).
 */
export const MONITOR_VERBS: ReadonlySet<string> = new Set(
  ['følge', 'vurdere', 'måle', 'observere', 'screene', 'registrere', 'dokumentere', 'undersøge', 'kortlægge', 'afdække', 'udrede', 'teste', 'overvåge', 'evaluere']
    .flatMap((v) => [v, v + 'r', v + 's', v.replace(/e$/, '') + (v.endsWith('e') ? 'ede' : 'te')]),
);

/** Verbs of contributing to a state: »bidrager til et oplyst samfund«, »medvirker til større tryghed«. */
export const CONTRIBUTE_VERBS: ReadonlySet<string> = new Set([
  'bidrage', 'bidrager', 'bidrog', 'medvirke', 'medvirker', 'medvirkede', 'føre', 'fører', 'førte',
]);

/** Verbs that raise an outcome: »fremme sundhed og trivsel«, »styrke livskvaliteten«, »øge trygheden«. */
export const RAISING_VERBS: ReadonlySet<string> = new Set([
  'fremme', 'fremmer', 'fremmes', 'styrke', 'styrker', 'styrkes', 'øge', 'øger', 'øges', 'forbedre', 'forbedrer',
  'forbedres', 'højne', 'højner', 'bevare', 'bevarer', 'genvinde', 'genvinder', 'maksimere', 'maksimerer',
  'berige', 'beriger', 'beriges', 'lette', 'letter', 'forlænge', 'forlænger',
]);

/** Endings that mark an adjective where no word class is known (»meningsfuld«, »positiv«, »værdig«, »tryg«). */
export const ADJECTIVE_ENDINGS: readonly string[] = [
  'fuld', 'fuldt', 'fulde', 'ig', 'igt', 'ige', 'lig', 'ligt', 'lige', 'iv', 'ivt', 'ive', 'som', 'somt', 'somme', 'isk',
  'iske', 'bar', 'bart', 'bare', 'rig', 'rigt', 'rige', 'tryg', 'trygt', 'trygge', 'god', 'godt', 'gode', 'sund', 'sundt',
  'sunde', 'aktiv', 'aktivt', 'aktive', 'oplyst', 'oplyste', 'demokratisk', 'bedste', 'bedre', 'mulige',
];

/**
 * Adjectives that judge a state as good for the one who has it (all forms): they make a noun phrase an effect
 * (»meningsfuld fritid«, »en positiv holdning«, »de bedst mulige levevilkår«). Descriptive adjectives
 * (»lovpligtige hjemmebesøg«) do not.
 */
export const EVALUATIVE_ADJECTIVES: ReadonlySet<string> = new Set([
  'meningsfuld', 'meningsfuldt', 'meningsfulde', 'god', 'godt', 'gode', 'bedre', 'bedste', 'bedst', 'tryg', 'trygt', 'trygge',
  'sund', 'sundt', 'sunde', 'aktiv', 'aktivt', 'aktive', 'værdig', 'værdigt', 'værdige', 'positiv', 'positivt', 'positive',
  'selvstændig', 'selvstændigt', 'selvstændige', 'stærk', 'stærkt', 'stærke', 'glad', 'glade', 'harmonisk', 'harmoniske',
  'oplyst', 'oplyste', 'demokratisk', 'demokratiske', 'inkluderende', 'rig', 'rigt', 'rige', 'indholdsrig', 'indholdsrigt',
  'indholdsrige', 'varieret', 'varierede', 'sikker', 'sikkert', 'sikre', 'lykkelig', 'lykkeligt', 'lykkelige', 'rask', 'raske',
  'livsduelig', 'livsduelige', 'robust', 'robuste', 'lige', 'ligeværdig', 'ligeværdigt', 'ligeværdige', 'mulige',
  'sammenhængende', 'tillidsfuld', 'tillidsfulde', 'nærværende', 'udviklende', 'berigende', 'styrket', 'styrkede',
]);

/** Last parts of compounds that name a service (»hjemmebesøg«, »sundhedssamtaler«, »forældregrupper«). */
export const SERVICE_COMPOUND_TAILS: readonly string[] = [
  'besøg', 'samtale', 'samtaler', 'tilbud', 'forløb', 'indsats', 'indsatser', 'ydelse', 'ydelser', 'møde', 'møder',
  'gruppe', 'grupper', 'kursus', 'kurser', 'plan', 'planer', 'service', 'behandling', 'undervisning', 'vejledning',
];
