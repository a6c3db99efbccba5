// Target groups: who the unit must succeed together with. Surface forms only (no stemming: »borger« ≠ »borg«).

export interface TargetGroupEntry {
  lemma: string;
  forms: readonly string[];
  /** Combining forms used as the first part of compounds (»børne|have«, »ældre|området«). */
  combining: readonly string[];
  /** Generic groups (»borgere«, »brugere«) name everyone; they become concrete only when qualified. */
  generic: boolean;
  /**
   * Named as a target group, but not read as the subject of an effect: »voksne« in a day-care text are as often the
   * staff (»nærværende voksne, der ser barnet«) as the adults the unit serves (»voksne med udviklingshandicap«).
   */
  notSubject?: boolean;
  /** Concrete alone, but everyone beside a generic group (»borgere og virksomheder«). */
  broadBeside?: boolean;
  note: string;
}

export const TARGET_GROUPS: readonly TargetGroupEntry[] = [
  { lemma: 'barn', forms: ['barn', 'barnet', 'barns', 'barnets', 'børn', 'børnene', 'børns', 'børnenes'], combining: ['børne', 'barne'], generic: false, note: 'Børn er en konkret målgruppe.' },
  { lemma: 'elev', forms: ['elev', 'eleven', 'elever', 'eleverne', 'elevs', 'elevens', 'elevers', 'elevernes'], combining: ['elev'], generic: false, note: 'Elever er en konkret målgruppe.' },
  { lemma: 'ældre', forms: ['ældre', 'ældres'], combining: ['ældre'], generic: false, note: 'De ældre; men »ældre end« er en sammenligning.' },
  { lemma: 'ung', forms: ['unge', 'unges', 'ungdommen', 'ungdommens'], combining: ['unge', 'ungdoms'], generic: false, note: 'De unge er en konkret målgruppe.' },
  { lemma: 'familie', forms: ['familie', 'familien', 'familier', 'familierne', 'families', 'familiens', 'familiers', 'familiernes'], combining: ['familie'], generic: false, note: 'Familier er en konkret målgruppe.' },
  { lemma: 'forælder', forms: ['forælder', 'forælderen', 'forældre', 'forældrene', 'forældres', 'forældrenes'], combining: ['forældre'], generic: false, note: 'Forældre er en konkret målgruppe.' },
  { lemma: 'pårørende', forms: ['pårørende', 'pårørendes'], combining: ['pårørende'], generic: false, note: 'Pårørende er en konkret målgruppe.' },
  { lemma: 'beboer', forms: ['beboer', 'beboeren', 'beboere', 'beboerne', 'beboers', 'beboerens', 'beboeres', 'beboernes'], combining: ['beboer'], generic: false, note: 'Beboere er en konkret målgruppe.' },
  { lemma: 'ledig', forms: ['ledige', 'lediges'], combining: ['ledigheds'], generic: false, note: 'Ledige er en konkret målgruppe.' },
  { lemma: 'senior', forms: ['senior', 'seniorer', 'seniorerne', 'seniorers'], combining: ['senior'], generic: false, note: 'Seniorer er en konkret målgruppe.' },
  { lemma: 'pensionist', forms: ['pensionist', 'pensionisten', 'pensionister', 'pensionisterne', 'pensionisters'], combining: [], generic: false, note: 'Pensionister er en konkret målgruppe.' },
  { lemma: 'flygtning', forms: ['flygtning', 'flygtningen', 'flygtninge', 'flygtningene', 'flygtninges', 'flygtningenes'], combining: ['flygtninge'], generic: false, note: 'Flygtninge er en konkret målgruppe.' },
  { lemma: 'nyankommen', forms: ['nyankomne', 'nyankomnes'], combining: [], generic: false, note: 'Nyankomne er en konkret målgruppe.' },
  { lemma: 'hjemløs', forms: ['hjemløse', 'hjemløses'], combining: [], generic: false, note: 'Hjemløse er en konkret målgruppe.' },
  { lemma: 'sygemeldt', forms: ['sygemeldte', 'sygemeldtes'], combining: [], generic: false, note: 'Sygemeldte er en konkret målgruppe.' },
  { lemma: 'handicappet', forms: ['handicappede', 'handicappedes'], combining: [], generic: false, note: 'Mennesker med handicap er en konkret målgruppe.' },
  { lemma: 'familiesammenført', forms: ['familiesammenførte'], combining: [], generic: false, note: 'Familiesammenførte er en konkret målgruppe.' },
  { lemma: 'udlænding', forms: ['udlænding', 'udlændingen', 'udlændinge', 'udlændingene', 'udlændinges', 'udlændingenes'], combining: [], generic: false, note: 'Udlændinge er en konkret målgruppe.' },
  { lemma: 'tilflytter', forms: ['tilflytter', 'tilflytteren', 'tilflyttere', 'tilflytterne', 'tilflytteres', 'tilflytternes'], combining: ['tilflytter'], generic: false, note: 'Tilflyttere er en konkret målgruppe.' },
  { lemma: 'lærling', forms: ['lærling', 'lærlingen', 'lærlinge', 'lærlingene', 'lærlings', 'lærlingens', 'lærlinges', 'lærlingenes'], combining: ['lærlinge'], generic: false, note: 'Lærlinge er en konkret målgruppe.' },
  { lemma: 'student', forms: ['student', 'studenten', 'studenter', 'studenterne', 'studenters', 'studenternes'], combining: [], generic: false, note: 'Studenter er en konkret målgruppe.' },
  { lemma: 'studerende', forms: ['studerende', 'studerendes'], combining: [], generic: false, note: 'Studerende er en konkret målgruppe.' },
  { lemma: 'kursist', forms: ['kursist', 'kursisten', 'kursister', 'kursisterne', 'kursisters'], combining: ['kursist'], generic: false, note: 'Kursister er en konkret målgruppe.' },
  { lemma: 'pige', forms: ['pige', 'pigen', 'piger', 'pigerne', 'pigers'], combining: [], generic: false, note: 'Piger er en konkret målgruppe.' },
  { lemma: 'dreng', forms: ['dreng', 'drengen', 'drenge', 'drengene', 'drenges'], combining: [], generic: false, note: 'Drenge er en konkret målgruppe.' },
  { lemma: 'kvinde', forms: ['kvinde', 'kvinden', 'kvinder', 'kvinderne', 'kvindes', 'kvindens', 'kvinders', 'kvindernes'], combining: [], generic: false, note: 'Kvinder er en konkret målgruppe.' },
  { lemma: 'mand', forms: ['mænd', 'mændene', 'mænds', 'mændenes'], combining: [], generic: false, note: 'Mænd er en konkret målgruppe.' },
  { lemma: 'voldsramt', forms: ['voldsramte', 'voldsramtes'], combining: [], generic: false, note: 'Voldsramte er en konkret målgruppe.' },
  { lemma: 'døende', forms: ['døende', 'døendes'], combining: [], generic: false, note: 'Døende er en konkret målgruppe.' },
  { lemma: 'syg', forms: ['syge', 'syges'], combining: [], generic: false, note: 'De syge er en konkret målgruppe; hvilke syge, siger resten af sætningen.' },
  { lemma: 'nyfødt', forms: ['nyfødte', 'nyfødtes'], combining: [], generic: false, note: 'De nyfødte er en konkret målgruppe.' },
  { lemma: 'besøgende', forms: ['besøgende', 'besøgendes'], combining: [], generic: false, note: 'De besøgende er en konkret målgruppe.' },
  { lemma: 'gravid', forms: ['gravide', 'gravides'], combining: [], generic: false, note: 'Gravide er en konkret målgruppe.' },
  // not »låner«: the present tense of »låne« (»Biblioteket låner bøger ud«)
  { lemma: 'låner', forms: ['låneren', 'lånere', 'lånerne', 'låneres', 'lånernes'], combining: [], generic: false, note: 'Lånerne er en konkret målgruppe.' },
  { lemma: 'indbygger', forms: ['indbygger', 'indbyggeren', 'indbyggere', 'indbyggerne', 'indbyggeres', 'indbyggernes'], combining: [], generic: true, note: 'Hvilke indbyggere?' },
  { lemma: 'borger', forms: ['borger', 'borgeren', 'borgere', 'borgerne', 'borgers', 'borgerens', 'borgeres', 'borgernes'], combining: ['borger'], generic: true, note: '»Borgerne« er alle; hvilke borgere?' },
  { lemma: 'modtager', forms: ['modtagere', 'modtagerne', 'modtageres', 'modtagernes'], combining: [], generic: true, note: '»Modtagerne« siger ikke, hvem de er: hvem modtager jeres ydelse?' },
  { lemma: 'husstand', forms: ['husstand', 'husstanden', 'husstande', 'husstandene', 'husstands', 'husstandens', 'husstandes', 'husstandenes'], combining: [], generic: true, note: 'Hvilke husstande?' },
  { lemma: 'forening', forms: ['foreninger', 'foreningerne', 'foreningers', 'foreningernes'], combining: [], generic: true, note: 'Hvilke foreninger?' },
  { lemma: 'bruger', forms: ['bruger', 'brugeren', 'brugere', 'brugerne', 'brugers', 'brugerens', 'brugeres', 'brugernes'], combining: ['bruger'], generic: true, note: '»Brugerne« siger ikke, hvem de er.' },
  { lemma: 'patient', forms: ['patient', 'patienten', 'patienter', 'patienterne', 'patients', 'patientens', 'patienters', 'patienternes', 'pt'], combining: ['patient'], generic: true, note: 'Hvilke patienter?' },
  { lemma: 'menneske', forms: ['menneske', 'mennesket', 'mennesker', 'menneskene', 'menneskes', 'menneskets', 'menneskers', 'menneskenes'], combining: [], generic: true, note: 'Hvilke mennesker?' },
  { lemma: 'befolkning', forms: ['befolkning', 'befolkningen', 'befolkningens'], combining: [], generic: true, note: 'Hele befolkningen er ikke en konkret målgruppe.' },
  { lemma: 'kunde', forms: ['kunde', 'kunden', 'kunder', 'kunderne', 'kundes', 'kundens', 'kunders', 'kundernes'], combining: [], generic: true, note: 'Hvilke kunder?' },
  { lemma: 'klient', forms: ['klient', 'klienten', 'klienter', 'klienterne', 'klients', 'klientens', 'klienters'], combining: [], generic: true, note: 'Hvilke klienter?' },
  { lemma: 'deltager', forms: ['deltagere', 'deltagerne', 'deltageres', 'deltagernes'], combining: [], generic: true, note: 'Hvilke deltagere?' },
  { lemma: 'gæst', forms: ['gæst', 'gæsten', 'gæster', 'gæsterne', 'gæsters'], combining: [], generic: true, note: 'Hvilke gæster?' },
  { lemma: 'forbruger', forms: ['forbrugeren', 'forbrugere', 'forbrugerne', 'forbrugeres', 'forbrugernes'], combining: [], generic: true, note: 'Hvilke forbrugere? (»forbruger« alene er også verbet.)' },
  { lemma: 'generation', forms: ['generationer', 'generationerne', 'generationers', 'generationernes'], combining: [], generic: true, note: 'Hvilke generationer? »Kommende generationer« er alle.' },
  { lemma: 'kandidat', forms: ['kandidater', 'kandidaterne', 'kandidaters', 'kandidaternes'], combining: [], generic: false, note: 'Kandidaterne er en konkret målgruppe.' },
  { lemma: 'dimittend', forms: ['dimittend', 'dimittenden', 'dimittender', 'dimittenderne', 'dimittenders'], combining: [], generic: false, note: 'Dimittenderne er en konkret målgruppe.' },
  // not »iværksætter«: the present tense of »iværksætte« (»iværksætter en undersøgelse«)
  { lemma: 'iværksætter', forms: ['iværksætteren', 'iværksættere', 'iværksætterne', 'iværksætteres', 'iværksætternes'], combining: ['iværksætter'], generic: false, note: 'Iværksættere er en konkret målgruppe.' },
  { lemma: 'efterladt', forms: ['efterladte', 'efterladtes'], combining: [], generic: false, note: 'De efterladte er en konkret målgruppe.' },
  { lemma: 'bygherre', forms: ['bygherre', 'bygherren', 'bygherrer', 'bygherrerne', 'bygherres', 'bygherrens'], combining: [], generic: false, note: 'Bygherrer er en konkret målgruppe.' },
  { lemma: 'person', forms: ['personer', 'personerne', 'personers', 'personernes'], combining: [], generic: true, note: 'Hvilke personer?' },
  { lemma: 'voksen', forms: ['voksne', 'voksnes'], combining: [], generic: true, notSubject: true, note: 'Hvilke voksne? (»De voksne« er i et dagtilbud ofte personalet.)' },
  { lemma: 'boligejer', forms: ['boligejer', 'boligejeren', 'boligejere', 'boligejerne', 'boligejers', 'boligejeres', 'boligejernes'], combining: [], generic: false, note: 'Boligejere er en konkret målgruppe.' },
  { lemma: 'grundejer', forms: ['grundejer', 'grundejeren', 'grundejere', 'grundejerne', 'grundejers', 'grundejeres', 'grundejernes'], combining: [], generic: false, note: 'Grundejere er en konkret målgruppe.' },
  // Concrete for a unit that serves businesses (»Virksomhederne kan finde den arbejdskraft, de har brug for«); beside
  // the citizens (»borgere og virksomheder«) everyone (see concreteGroup).
  { lemma: 'virksomhed', forms: ['virksomheder', 'virksomhederne', 'virksomheders', 'virksomhedernes'], combining: [], generic: false, broadBeside: true, note: 'Virksomheder er en konkret målgruppe; »borgere og virksomheder« er alle.' },
  { lemma: 'indsat', forms: ['indsatte', 'indsattes'], combining: [], generic: false, note: 'De indsatte er en konkret målgruppe.' },
  { lemma: 'cyklist', forms: ['cyklist', 'cyklisten', 'cyklister', 'cyklisterne', 'cyklisters'], combining: [], generic: false, note: 'Cyklister er en konkret målgruppe.' },
  { lemma: 'fodgænger', forms: ['fodgænger', 'fodgængeren', 'fodgængere', 'fodgængerne', 'fodgængeres'], combining: [], generic: false, note: 'Fodgængere er en konkret målgruppe.' },
  { lemma: 'bilist', forms: ['bilist', 'bilisten', 'bilister', 'bilisterne', 'bilisters'], combining: [], generic: false, note: 'Bilister er en konkret målgruppe.' },
  { lemma: 'trafikant', forms: ['trafikant', 'trafikanten', 'trafikanter', 'trafikanterne', 'trafikanters'], combining: [], generic: false, note: 'Trafikanter er en konkret målgruppe.' },
];

/** Words that end like a target form but are something else (»tunge«, »kældre«, »forældreskab«). */
export const TARGET_STOP_WORDS: ReadonlySet<string> = new Set([
  'tunge', 'lunge', 'lunger', 'tungere', 'fungere', 'tvunget', 'relevant', 'relevante', 'elevator', 'elevatoren', 'elevere',
  'kældre', 'kulkældre', 'borgerlig', 'borgerlige', 'borgerligt', 'borgerskab', 'barnlig', 'barnlige', 'forældreskab',
  'forældreskabet', 'brugerflade', 'brugerfladen', 'brugernavn', 'brugerkonto', 'ungdommelig', 'ungdommelige', 'pung',
  'serviceleverandør', 'gamborg', 'aalborg', 'storebarn', 'misbruger', 'forbruger', 'plejeforældre',
  'bedsteforældre', 'svigerforældre', 'stedforældre', 'kerneopgave', 'kerneopgaven',
  // the staff's own persons: »kontaktpersoner«, »fagpersoner«
  'kontaktpersoner', 'kontaktpersonerne', 'fagpersoner', 'fagpersonerne', 'nøglepersoner', 'ressourcepersoner', 'tillidspersoner', 'støttepersoner', 'støttepersonerne',
]);

/** Derivational tails that make a compound something other than the group (»borger|lig«, »forældre|skab«). */
export const DERIVATIONAL_TAILS: readonly string[] = ['lig', 'lige', 'ligt', 'skab', 'skabet', 'hed', 'heden', 'dom', 'isk', 'iske'];

/** The workplace's own staff: not a target group, so their wishes and wellbeing are no effect for the citizen. */
export const STAFF_NOUNS: ReadonlySet<string> = new Set([
  'medarbejder', 'medarbejderen', 'medarbejdere', 'medarbejderne', 'personale', 'personalet', 'ansatte',
  'kolleger', 'kollegerne', 'kollegaer', 'kollegaerne', 'ledere', 'lederne', 'lederen',
  'chefer', 'cheferne', 'chefen', 'direktionen', 'direktører', 'direktørerne', 'sagsbehandlere', 'sagsbehandlerne',
]);

/**
 * The organisation's politicians, when a unit serves them (»Sekretariatet betjener byrådet, udvalgene og borgmesteren«,
 * »leverer beslutningsgrundlag til direktion og regionsråd«): the users of a secretariat, as the staff are HR's. Not
 * the organisation's own units (»rådgive fagområderne«, »bistand til forvaltningerne«): labellers do not read those
 * as a target group, and »afdeling« would find the unit's own name (»IT-afdelingen«).
 */
export const ORGANISATION_USERS: ReadonlySet<string> = new Set([
  'byråd', 'byrådet', 'regionsråd', 'regionsrådet', 'kommunalbestyrelsen', 'udvalg', 'udvalgene', 'med-udvalg', 'med-udvalget',
  'med-udvalgene', 'borgmesteren', 'politikere', 'politikerne',
]);

/**
 * The users of an internal unit, as ordliste entries (each finds its inflected forms): the organisation's staff and
 * its leaders up to the direktion, and its politicians (ORGANISATION_USERS). Not »personale« (»Løn og
 * Personale« is the unit's own name).
 */
export const INTERNAL_USERS: readonly string[] = [
  'medarbejder', 'leder', 'kollega', 'kolleger', 'ansatte', 'chef', 'direktion', 'direktør', 'sagsbehandler', 'byråd',
  'regionsråd', 'kommunalbestyrelse', 'udvalg', 'borgmester', 'politiker',
];

/**
 * The fields internal units are named after (»HR«, »Løn og Personale«, »Økonomiafdelingen«, »Kommunikation«): a
 * statement that names one as its owner speaks of the organisation's own people as its users.
 */
export const INTERNAL_FIELDS: readonly string[] = [
  'hr', 'it', 'ikt', 'løn', 'personale', 'økonomi', 'kommunikation', 'digitalisering', 'indkøb', 'jura', 'juridisk', 'ledelse', 'direktion', 'administration',
];
/** The nouns an internal unit's name ends in (»HR-afdelingen«, »lønkontoret«, »ledelsessekretariatet«, »IT-supporten«, »Lønservice«). */
export const INTERNAL_UNIT_NOUNS: readonly string[] = ['afdeling', 'kontor', 'sekretariat', 'stab', 'enhed', 'funktion', 'team', 'support', 'service', 'helpdesk', 'servicedesk'];
